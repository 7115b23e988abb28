package io.github.hanex.io.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.TypeSystemUtil;
import org.xml.sax.SAXException;

/** Reads and writes XMI (XML 1.0) and the type system file that goes with it. */
public final class XmiFiles {

    /** Bytes gathered before each write: a typical document's XMI (~60 KB) goes out in one or two writes. */
    private static final int BUFFER_BYTES = 1 << 16;

    private XmiFiles() {
    }

    /** The XMI file of a document id: {@code <dir>/<doc_id>.xmi} (doc ids keep their sub-folders). */
    public static Path xmiPath(Path dir, String docId) {
        return dir.resolve(docId + ".xmi");
    }

    /** Serializes a CAS (all views) as XML 1.0 XMI, atomically. */
    public static void write(CAS cas, Path target) throws IOException {
        AtomicFiles.write(target, out -> serialize(cas, out));
    }

    /** The XMI (all views, XML 1.0, UTF-8) of a CAS as bytes. */
    public static byte[] bytes(CAS cas) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        serialize(cas, out);
        return out.toByteArray();
    }

    /**
     * Serializes a CAS (all views) as XML 1.0 XMI in UTF-8. The bytes are those of UIMA's {@code XMLSerializer}
     * without indentation, written by {@link Utf8XmlWriter} without a JAXP transformer per document.
     */
    public static void serialize(CAS cas, OutputStream out) throws IOException {
        try {
            new XmiCasSerializer(cas.getTypeSystem()).serialize(cas, new Utf8XmlWriter(out, BUFFER_BYTES));
        } catch (SAXException e) {
            throw new IOException("cannot serialize the CAS as XMI: " + e.getMessage(), e);
        }
    }

    /** Loads XMI into an empty CAS with a compatible type system. */
    public static void read(Path xmi, CAS cas) throws IOException {
        try (InputStream in = Files.newInputStream(xmi)) {
            XmiCasDeserializer.deserialize(in, cas, false);
        } catch (SAXException e) {
            throw new IOException(xmi + ": not valid XMI: " + e.getMessage(), e);
        }
    }

    /** Writes the type system of {@code cas} (what the XMI files use), atomically. */
    public static void writeTypeSystem(CAS cas, Path target) throws IOException {
        AtomicFiles.write(target, out -> writeTypeSystem(cas, out));
    }

    /** Writes the type system of {@code cas} (what the XMI files use) as a UIMA type system description. */
    public static void writeTypeSystem(CAS cas, OutputStream out) throws IOException {
        TypeSystemDescription tsd = TypeSystemUtil.typeSystem2TypeSystemDescription(cas.getTypeSystem());
        try {
            tsd.toXML(out);
        } catch (SAXException e) {
            throw new IOException(e);
        }
    }
}
