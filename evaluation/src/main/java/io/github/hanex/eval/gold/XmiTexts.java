package io.github.hanex.eval.gold;

import io.github.hanex.cas.Views;
import io.github.hanex.eval.SourceSpans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads only the view texts (the {@code cas:Sofa} elements) and the article view's {@code SourceSpan} map of an
 * XMI file, with a streaming parser: enough for error contexts, and much cheaper than loading the whole CAS.
 */
final class XmiTexts {
    private static final String CAS_NS = "http:///uima/cas.ecore";
    private static final String XMI_NS = "http://www.omg.org/XMI";
    private static final String HANEX_NS = "http:///io/github/hanex/type.ecore";
    private static final XMLInputFactory FACTORY = newFactory();

    /** The texts by view name, and the source map of the {@code _InitialView}. */
    record Texts(Map<String, String> texts, SourceSpans sourceMap) {
    }

    private XmiTexts() {
    }

    static Texts read(Path xmi) throws IOException {
        Map<String, String> texts = new HashMap<>();
        Map<String, String> viewOfSofa = new HashMap<>();
        Map<String, List<int[]>> spansBySofa = new HashMap<>();
        try (InputStream in = Files.newInputStream(xmi)) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if ("Sofa".equals(r.getLocalName()) && CAS_NS.equals(r.getNamespaceURI())) {
                        String id = r.getAttributeValue(null, "sofaID");
                        String text = r.getAttributeValue(null, "sofaString");
                        if (id != null && text != null) {
                            texts.put(id, text);
                        }
                        String xmiId = r.getAttributeValue(XMI_NS, "id");
                        if (id != null && xmiId != null) {
                            viewOfSofa.put(xmiId, id);
                        }
                    } else if ("SourceSpan".equals(r.getLocalName()) && HANEX_NS.equals(r.getNamespaceURI())) {
                        int[] segment = segment(r);
                        if (segment != null) {
                            spansBySofa.computeIfAbsent(String.valueOf(r.getAttributeValue(null, "sofa")),
                                k -> new ArrayList<>()).add(segment);
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(xmi + ": not valid XMI: " + e.getMessage(), e);
        }
        List<int[]> article = new ArrayList<>();
        spansBySofa.forEach((sofa, spans) -> {
            if (Views.ARTICLE.equals(viewOfSofa.get(sofa))) {
                article.addAll(spans);
            }
        });
        return new Texts(texts, article.isEmpty() ? SourceSpans.EMPTY : new SourceSpans(article));
    }

    private static int[] segment(XMLStreamReader r) {
        try {
            return new int[] {Integer.parseInt(r.getAttributeValue(null, "begin")),
                Integer.parseInt(r.getAttributeValue(null, "end")),
                Integer.parseInt(r.getAttributeValue(null, "sourceBegin")),
                Integer.parseInt(r.getAttributeValue(null, "sourceEnd"))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
