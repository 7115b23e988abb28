package io.github.hanex.eval.gold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads only the view texts (the {@code cas:Sofa} elements) of an XMI file, with a streaming parser: enough for
 * error contexts, and much cheaper than loading the whole CAS.
 */
final class XmiTexts {
    private static final String CAS_NS = "http:///uima/cas.ecore";
    private static final XMLInputFactory FACTORY = newFactory();

    private XmiTexts() {
    }

    /** View name → text. */
    static Map<String, String> read(Path xmi) throws IOException {
        Map<String, String> texts = new HashMap<>();
        try (InputStream in = Files.newInputStream(xmi)) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && "Sofa".equals(r.getLocalName())
                        && CAS_NS.equals(r.getNamespaceURI())) {
                        String id = r.getAttributeValue(null, "sofaID");
                        String text = r.getAttributeValue(null, "sofaString");
                        if (id != null && text != null) {
                            texts.put(id, text);
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(xmi + ": not valid XMI: " + e.getMessage(), e);
        }
        return texts;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
