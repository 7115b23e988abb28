package io.github.hanex.io.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /** The longest file or folder name written, in UTF-8 bytes, leaving room for a temporary file's additions. */
    static final int MAX_NAME_BYTES = 200;

    /**
     * The XMI file of a document id: {@code <dir>/<doc_id>.xmi}, doc ids keeping their sub-folders, with names
     * made safe where they would not be: a folder name ending in {@code .xmi} or {@code ~} gets a {@code ~} (so
     * the XMI file of a document {@code foo.html} never meets the folder of documents {@code foo.html.xmi/...});
     * a name too long for the file system keeps its first {@value #MAX_NAME_BYTES} bytes or so and a hash of the
     * whole; {@code .}, {@code ..} and empty names become {@code .~}, {@code ..~}, {@code ~}. Different ids always
     * get different files.
     */
    public static Path xmiPath(Path dir, String docId) {
        String[] names = docId.split("/", -1);
        Path path = dir;
        for (int i = 0; i < names.length; i++) {
            boolean last = i == names.length - 1;
            String name = names[i];
            if (!last && (name.endsWith(".xmi") || name.endsWith("~")) || name.isEmpty() || name.equals(".")
                || name.equals("..")) {
                name = name + "~";
            }
            path = path.resolve(bounded(last ? name + ".xmi" : name, last ? ".xmi" : ""));
        }
        return path;
    }

    /** A name within {@link #MAX_NAME_BYTES}: itself, or its head, a hash of it, and {@code ending}. */
    private static String bounded(String name, String ending) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_NAME_BYTES) {
            return name;
        }
        String hash;
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(utf8);
            hash = HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int budget = MAX_NAME_BYTES - hash.length() - 1 - ending.length();
        StringBuilder head = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > budget) {
                break;
            }
            head.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return head + "~" + hash + ending;
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
