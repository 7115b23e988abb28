package io.github.hanex.io.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.hanex.cas.Views;
import io.github.hanex.type.DocumentMetadata;
import io.github.hanex.type.Event;
import io.github.hanex.type.EventArgument;
import io.github.hanex.type.Morpheme;
import io.github.hanex.type.Person;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.cas.StringArray;
import org.apache.uima.util.XMLSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * {@link Utf8XmlWriter} writes the bytes UIMA's stock {@code XMLSerializer} writes (the reference in every test
 * here), refuses what XML 1.0 cannot carry with the same message, and its XMI loads into the same CAS.
 */
class Utf8XmlWriterTest {

    /** SAX events to send to both writers. */
    @FunctionalInterface
    interface Events {
        void send(ContentHandler handler) throws SAXException;
    }

    @Test
    void everyCharacterOfTheBmpThatXmlAllowsIsWrittenAsTheStockSerializerWritesIt() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xFFFE; c++) {
            if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && !Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        Events events = element("e", all.toString(), all.toString());

        assertThat(utf8(lean(events, 1 << 16))).isEqualTo(utf8(stock(events)));
        assertThat(utf8(lean(events, 64))).as("with a tiny buffer").isEqualTo(utf8(stock(events)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"e", "형태소", "type:a-name-longer-than-the-whole-buffer-of-the-writer",
        "x:이름-longer-than-the-buffer"})
    void namesLongOrNonAsciiAreWrittenWholeWithATinyBuffer(String name) throws Exception {
        Events events = element(name, "값 & value", "본문 text");

        assertThat(utf8(lean(events, 1))).isEqualTo(utf8(stock(events)));
        assertThat(utf8(lean(events, 57))).isEqualTo(utf8(stock(events)));
    }

    @Test
    void specialCharactersAreEscapedInAttributesAndInText() throws Exception {
        Events events = element("e", "&<>\"'\t\n\r\u007F\u0085", "&<>\"'\t\n\r\u007F\u0085");

        String xml = utf8(lean(events, 1024));

        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<e a=\"&amp;&lt;&gt;&quot;'&#9;&#10;&#13;\u007F\u0085\">&amp;&lt;&gt;\"'\t\n&#13;&#127;&#133;</e>");
        assertThat(xml).isEqualTo(utf8(stock(events)));
        Element root = parse(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(root.getAttribute("a")).isEqualTo("&<>\"'\t\n\r\u007F\u0085");
        assertThat(root.getTextContent()).isEqualTo("&<>\"'\t\n\r\u007F\u0085");
    }

    @Test
    void charactersOutsideTheBmpBecomeCharacterReferencesAndReadBackWhole() throws Exception {
        String text = "좋아요😀 👍🏽 𝄞 \uDBFF\uDFFF";
        Events events = element("e", text, text);

        byte[] xml = lean(events, 1024);

        assertThat(utf8(xml)).isEqualTo(utf8(stock(events)))
            .contains("&#128512;", "&#128077;&#127997;", "&#119070;", "&#1114111;").doesNotContain("\uD83D");
        assertThat(parse(xml).getAttribute("a")).isEqualTo(text);
        assertThat(parse(xml).getTextContent()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "ab\u0001", "\u0008", "x\u000B", "\u000C", "\u001F", "\uFFFE", "a\uFFFF",
        "lone \uD83D high", "lone \uDE00 low", "ends high \uD83D", "\uDE00\uD83D"})
    void charactersXml10CannotCarryAreRefusedWithTheStockMessage(String bad) {
        for (Events events : List.of(element("e", bad, "text"), element("e", "value", bad))) {
            Throwable expected = catchThrowable(() -> stock(events));
            assertThat(expected).isInstanceOf(SAXParseException.class);

            assertThatThrownBy(() -> lean(events, 1024)).isInstanceOf(SAXParseException.class)
                .hasMessage(expected.getMessage());
        }
    }

    @Test
    void elementsNamespacesAndEmptyElementsAreWrittenAsByTheStockSerializer() throws Exception {
        Events events = h -> {
            h.startDocument();
            h.startPrefixMapping("xmi", "http://www.omg.org/XMI");
            h.startPrefixMapping("type", "http:///type.ecore");
            h.startPrefixMapping("only", "http:///only-a-mapping");
            AttributesImpl root = new AttributesImpl();
            root.addAttribute("http://www.w3.org/2000/xmlns/", "xmi", "xmlns:xmi", "CDATA", "http://www.omg.org/XMI");
            root.addAttribute("http://www.w3.org/2000/xmlns/", "type", "xmlns:type", "CDATA", "http:///type.ecore");
            root.addAttribute("http://www.omg.org/XMI", "version", "xmi:version", "CDATA", "2.0");
            h.startElement("http://www.omg.org/XMI", "XMI", "xmi:XMI", root);
            AttributesImpl child = new AttributesImpl();
            child.addAttribute("http://www.omg.org/XMI", "id", "xmi:id", "CDATA", "1");
            child.addAttribute("", "lemma", "lemma", "CDATA", "하/VV");
            h.startElement("http:///type.ecore", "Morpheme", "type:Morpheme", child);
            h.endElement("http:///type.ecore", "Morpheme", "type:Morpheme");
            h.startElement("", "list", "list", new AttributesImpl());
            h.characters(new char[0], 0, 0);
            h.endElement("", "list", "list");
            h.startElement("", "array", "array", new AttributesImpl());
            h.startElement("", "elements", "elements", new AttributesImpl());
            h.characters("xa b<c>".toCharArray(), 1, 5);
            h.endElement("", "elements", "elements");
            h.endElement("", "array", "array");
            h.endElement("http://www.omg.org/XMI", "XMI", "xmi:XMI");
            h.endPrefixMapping("only");
            h.endPrefixMapping("type");
            h.endPrefixMapping("xmi");
            h.endDocument();
        };

        byte[] xml = lean(events, 1024);

        assertThat(utf8(xml)).isEqualTo(utf8(stock(events))).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:type=\"http:///type.ecore\" xmi:version=\"2.0\""
            + " xmlns:only=\"http:///only-a-mapping\">"
            + "<type:Morpheme xmi:id=\"1\" lemma=\"하/VV\"/><list/><array><elements>a b&lt;c</elements></array>"
            + "</xmi:XMI>");
    }

    @Test
    void xmiOfACasIsByteForByteTheStockXmiAndLoadsIntoTheSameCas() throws Exception {
        JCas jcas = trickyCas();
        byte[] stock = stockXmi(jcas.getCas());

        ByteArrayOutputStream lean = new ByteArrayOutputStream();
        XmiFiles.serialize(jcas.getCas(), lean);

        assertThat(utf8(lean.toByteArray())).isEqualTo(utf8(stock));
        // and loads into the same CAS as the stock XMI (compared by writing both again the stock way)
        CAS fromLean = reload(lean.toByteArray());
        CAS fromStock = reload(stock);
        assertThat(utf8(stockXmi(fromLean))).isEqualTo(utf8(stockXmi(fromStock)));
        assertThat(fromLean.getView(Views.RAW).getDocumentText())
            .isEqualTo(jcas.getView(Views.RAW).getDocumentText());
        assertThat(fromLean.getDocumentText()).isEqualTo(jcas.getDocumentText());
    }

    @Test
    void aFeatureValueXml10CannotCarryFailsTheXmiAsTheStockSerializerDoes() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("김민준 사장");
        Morpheme broken = new Morpheme(jcas, 0, 3);
        broken.setLemma("김\uD800");
        broken.addToIndexes();
        Throwable expected = catchThrowable(() -> stockXmi(jcas.getCas()));

        assertThatThrownBy(() -> XmiFiles.serialize(jcas.getCas(), new ByteArrayOutputStream()))
            .hasMessage("cannot serialize the CAS as XMI: " + expected.getMessage());
    }

    /** Two views, text with line breaks, tabs and emoji, features with every escaped character, arrays. */
    private static JCas trickyCas() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        String raw = "<p title=\"a&b\">한빛전자 \"사장\"\r\n\t김민준 😀</p>";
        JCas rawView = jcas.createView(Views.RAW);
        rawView.setDocumentText(raw);
        DocumentMetadata meta = new DocumentMetadata(rawView);
        meta.setDocId("sub/a&b <1>.html");
        meta.setTitle("한빛전자 \"사장\" & 'co' <b>\t\n\r");
        meta.addToIndexes();
        String text = "한빛전자 \"사장\"\r\n\t김민준 😀";
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("ko");
        Morpheme emoji = new Morpheme(jcas, text.indexOf('😀'), text.length());
        emoji.setSurface("😀");
        emoji.setLemma("😀");
        emoji.setPos("SW");
        emoji.addToIndexes();
        Person person = new Person(jcas, text.indexOf('김'), text.indexOf('김') + 3);
        person.setCanonical("김민준 <\"&'>");
        person.setRule("ner/titles.tsv:12");
        person.addToIndexes();
        Event event = new Event(jcas, 0, 4);
        EventArgument argument = new EventArgument(jcas);
        argument.setRole("agent");
        argument.setTarget(person);
        FSArray<EventArgument> arguments = new FSArray<>(jcas, 1);
        arguments.set(0, argument);
        event.setArguments(arguments);
        event.setEventType("투자");
        event.addToIndexes();
        StringArray strings = new StringArray(jcas, 3);
        strings.set(0, "a b");
        strings.set(1, "<&>\r\n\t\"😀\u0085");
        strings.set(2, "");
        strings.addToIndexes();
        return jcas;
    }

    private static CAS reload(byte[] xmi) throws Exception {
        CAS cas = JCasFactory.createJCas().getCas();
        XmiCasDeserializer.deserialize(new ByteArrayInputStream(xmi), cas);
        return cas;
    }

    private static Events element(String name, String attribute, String text) {
        return h -> {
            h.startDocument();
            AttributesImpl atts = new AttributesImpl();
            atts.addAttribute("", "a", "a", "CDATA", attribute);
            h.startElement("", name, name, atts);
            h.characters(text.toCharArray(), 0, text.length());
            h.endElement("", name, name);
            h.endDocument();
        };
    }

    private static byte[] lean(Events events, int bufferSize) throws SAXException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        events.send(new Utf8XmlWriter(out, bufferSize));
        return out.toByteArray();
    }

    /** The reference: UIMA's XMLSerializer as hanex used it before, XML 1.0 without indentation. */
    private static byte[] stock(Events events) throws SAXException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLSerializer xml = new XMLSerializer(out, false);
        xml.setOutputProperty(javax.xml.transform.OutputKeys.VERSION, "1.0");
        events.send(xml.getContentHandler());
        return out.toByteArray();
    }

    private static byte[] stockXmi(CAS cas) throws SAXException {
        return stock(h -> new XmiCasSerializer(cas.getTypeSystem()).serialize(cas, h));
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Element parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml))
            .getDocumentElement();
    }
}
