package io.github.hanex.io.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A SAX content handler that writes XML 1.0 in UTF-8 straight into a byte buffer, for {@code XmiCasSerializer}.
 * UIMA's {@code XMLSerializer} builds a JAXP transformer per document and checks, converts and escapes every
 * character in several layers; this writes the same bytes in one pass. The output is byte for byte what the JDK
 * serializer writes behind {@code XMLSerializer} without indentation: the same declaration, {@code <e/>} for empty
 * elements, the same escapes ({@code & < > "} and tab, line feed, carriage return in attribute values as
 * {@code &#9; &#10; &#13;}; {@code & < >}, carriage return and U+007F-U+009F in text) and characters outside the
 * BMP as decimal character references; a line feed in text is written as it is (the JDK writes the platform's line
 * separator, the same on Linux). A character XML 1.0 cannot carry (a control character, a lone surrogate,
 * U+FFFE, U+FFFF) fails the document with UIMA's message instead of making the file unreadable.
 *
 * <p>Namespaces: announced prefix mappings and the prefix of an element with a namespace that is not in scope are
 * declared on the element as the JDK serializer declares them (the element's own prefix first, then its
 * attributes, then the other mappings). Names are written as their qualified names. Not thread-safe; one
 * writer per document.
 */
final class Utf8XmlWriter implements ContentHandler {

    private static final byte[] DECLARATION =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.US_ASCII);
    /** Room for the longest thing written per character: a reference to a supplementary character. */
    private static final int MAX_CHAR_BYTES = "&#1114111;".length();
    /** Marks the ASCII control characters that XML 1.0 cannot carry in the escape tables. */
    private static final byte[] ILLEGAL = new byte[0];
    /** Escapes of ASCII characters in attribute values, null where the character is written as it is. */
    private static final byte[][] ATTRIBUTE_ESCAPES = new byte[128][];
    /** Escapes of ASCII characters in text, null where the character is written as it is. */
    private static final byte[][] TEXT_ESCAPES = new byte[128][];

    static {
        for (byte[][] table : List.of(ATTRIBUTE_ESCAPES, TEXT_ESCAPES)) {
            for (char c = 0; c < 0x20; c++) {
                table[c] = c == '\t' || c == '\n' ? null : ILLEGAL;
            }
            table['&'] = ascii("&amp;");
            table['<'] = ascii("&lt;");
            table['>'] = ascii("&gt;");
            table['\r'] = ascii("&#13;");
        }
        ATTRIBUTE_ESCAPES['"'] = ascii("&quot;");
        // a parser would normalize these to spaces in an attribute value
        ATTRIBUTE_ESCAPES['\t'] = ascii("&#9;");
        ATTRIBUTE_ESCAPES['\n'] = ascii("&#10;");
        TEXT_ESCAPES[0x7F] = ascii("&#127;");
    }

    /** A namespace declaration in scope: written on the element at {@code depth}. */
    private record Mapping(String prefix, String uri, int depth) {
    }

    private final OutputStream out;
    private final byte[] buf;
    private int pos;
    /** Whether the last start tag still lacks its {@code >} (it becomes {@code />} if the element stays empty). */
    private boolean startTagOpen;
    /** Encoded names by the hash of their String (a cache with one entry per slot). */
    private final String[] nameKeys = new String[64];
    private final byte[][] nameBytes = new byte[64][];
    /** Depth of the current element (1 for the root). */
    private int depth;
    /** Declarations in scope, innermost last. */
    private final List<Mapping> scope = new ArrayList<>();
    /** Prefix mappings announced for the next element, not yet in scope. */
    private final List<Mapping> pending = new ArrayList<>();

    /** @param bufferSize bytes gathered before each write to {@code out} */
    Utf8XmlWriter(OutputStream out, int bufferSize) {
        this.out = out;
        this.buf = new byte[Math.max(bufferSize, 4 * MAX_CHAR_BYTES)];
    }

    @Override
    public void startDocument() throws SAXException {
        writeRaw(DECLARATION);
    }

    @Override
    public void endDocument() throws SAXException {
        closeStartTag();
        flush();
        try {
            out.flush();
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        pending.add(new Mapping(prefix, uri, 0));
    }

    @Override
    public void endPrefixMapping(String prefix) {
        // a declaration leaves the scope with its element (endElement)
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        closeStartTag();
        String name = qName.isEmpty() ? localName : qName;
        writeByte('<');
        writeName(name);
        depth++;
        boolean undeclared = !uri.isEmpty() && !inScope(name, uri);
        if (!undeclared && pending.isEmpty()) {
            // every element of an XMI file but its root
            for (int i = 0; i < atts.getLength(); i++) {
                writeAttribute(attributeName(atts, i), atts.getValue(i));
            }
        } else {
            writeAttributesAndDeclarations(name, uri, undeclared, atts);
        }
        startTagOpen = true;
    }

    /**
     * The attributes of an element that declares namespaces, in the order of the JDK serializer: the declaration
     * of the element's own prefix, the attributes (an attribute with the name of a declaration takes its place),
     * then the announced mappings that are not in scope yet.
     */
    private void writeAttributesAndDeclarations(String name, String uri, boolean undeclared, Attributes atts)
        throws SAXException {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (undeclared) {
            String prefix = name.indexOf(':') < 0 ? "" : name.substring(0, name.indexOf(':'));
            scope.add(new Mapping(prefix, uri, depth));
            names.add(declarationName(prefix));
            values.add(uri);
        }
        for (int i = 0; i < atts.getLength(); i++) {
            put(names, values, attributeName(atts, i), atts.getValue(i));
        }
        for (Mapping mapping : pending) {
            if (!uri(mapping.prefix()).equals(mapping.uri())) {
                scope.add(new Mapping(mapping.prefix(), mapping.uri(), depth));
                put(names, values, declarationName(mapping.prefix()), mapping.uri());
            }
        }
        pending.clear();
        for (int i = 0; i < names.size(); i++) {
            writeAttribute(names.get(i), values.get(i));
        }
    }

    private static void put(List<String> names, List<String> values, String name, String value) {
        int index = names.indexOf(name);
        if (index >= 0) {
            values.set(index, value);
        } else {
            names.add(name);
            values.add(value);
        }
    }

    /** Whether the prefix of the qualified {@code name} is declared as {@code uri}; allocates nothing. */
    private boolean inScope(String name, String uri) {
        int colon = name.indexOf(':');
        int length = colon < 0 ? 0 : colon;
        for (int i = scope.size() - 1; i >= 0; i--) {
            Mapping mapping = scope.get(i);
            if (mapping.prefix().length() == length && name.startsWith(mapping.prefix())) {
                return mapping.uri().equals(uri);
            }
        }
        return false;
    }

    /** The URI {@code prefix} stands for here, "" if none. */
    private String uri(String prefix) {
        for (int i = scope.size() - 1; i >= 0; i--) {
            if (scope.get(i).prefix().equals(prefix)) {
                return scope.get(i).uri();
            }
        }
        return "";
    }

    private static String declarationName(String prefix) {
        return prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
    }

    private static String attributeName(Attributes atts, int i) {
        String name = atts.getQName(i);
        return name.isEmpty() ? atts.getLocalName(i) : name;
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        while (!scope.isEmpty() && scope.get(scope.size() - 1).depth() == depth) {
            scope.remove(scope.size() - 1);
        }
        depth--;
        if (startTagOpen) {
            startTagOpen = false;
            writeByte('/');
            writeByte('>');
            return;
        }
        writeByte('<');
        writeByte('/');
        writeName(qName.isEmpty() ? localName : qName);
        writeByte('>');
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (length == 0) {
            return;
        }
        closeStartTag();
        writeEscaped(new String(ch, start, length), TEXT_ESCAPES);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        closeStartTag();
        writeRaw(("<?" + target + (data == null || data.isEmpty() ? "" : " " + data) + "?>")
            .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        // nothing to locate in output
    }

    @Override
    public void skippedEntity(String name) {
        // the serializer resolves no entities
    }

    private void closeStartTag() throws SAXException {
        if (startTagOpen) {
            startTagOpen = false;
            writeByte('>');
        }
    }

    private void writeAttribute(String name, String value) throws SAXException {
        writeByte(' ');
        writeName(name);
        writeByte('=');
        writeByte('"');
        writeEscaped(value, ATTRIBUTE_ESCAPES);
        writeByte('"');
    }

    /** Element and attribute names: XML names have nothing to escape, but they may be non-ASCII. */
    private void writeName(String name) throws SAXException {
        // a document repeats a few dozen names (the same String objects) thousands of times: encode each once
        int slot = name.hashCode() & (nameKeys.length - 1);
        byte[] bytes = nameBytes[slot];
        if (nameKeys[slot] != name) {
            bytes = name.getBytes(StandardCharsets.UTF_8);
            nameKeys[slot] = name;
            nameBytes[slot] = bytes;
        }
        writeRaw(bytes);
    }

    /** Writes {@code s} as UTF-8 with the escapes of {@code escapes} (attribute values or text). */
    private void writeEscaped(String s, byte[][] escapes) throws SAXException {
        // buffer and position in locals: this loop writes every byte of the text
        byte[] b = buf;
        int p = pos;
        int limit = b.length - MAX_CHAR_BYTES;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (p > limit) {
                pos = p;
                flush();
                p = 0;
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                byte[] escape = escapes[c];
                if (escape == null) {
                    b[p++] = (byte) c;
                } else if (escape != ILLEGAL) {
                    System.arraycopy(escape, 0, b, p, escape.length);
                    p += escape.length;
                } else {
                    throw illegal(s, i);
                }
            } else if (c < 0x800) {
                if (c <= 0x9F && escapes == TEXT_ESCAPES) {
                    // C1 controls: the JDK serializer writes them as references in text (not in attributes)
                    p = writeReference(b, p, c);
                } else {
                    b[p++] = (byte) (0xC0 | c >> 6);
                    b[p++] = (byte) (0x80 | c & 0x3F);
                }
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == n || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    throw illegal(s, i);
                }
                p = writeReference(b, p, Character.toCodePoint(c, s.charAt(++i)));
            } else if (c < 0xFFFE) {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else {
                throw illegal(s, i);
            }
        }
        pos = p;
    }

    /**
     * Writes {@code &#<decimal>;} at {@code p} (as the JDK serializer writes characters it does not write as they
     * are) and returns the position after it.
     */
    private static int writeReference(byte[] b, int p, int codePoint) {
        b[p++] = '&';
        b[p++] = '#';
        int digits = 1;
        for (int rest = codePoint / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = p + digits - 1, rest = codePoint; i >= p; i--, rest /= 10) {
            b[i] = (byte) ('0' + rest % 10);
        }
        p += digits;
        b[p++] = ';';
        return p;
    }

    /** The exception (and message) of UIMA's {@code XMLSerializer} for a character XML 1.0 cannot carry. */
    private static SAXParseException illegal(String s, int index) {
        String start = index == 0 ? "[The Very First Character]" : s.substring(0, Math.min(index, 100));
        return new SAXParseException(String.format(
            "Trying to serialize non-XML 1.0 character: 0x%x at offset %,d in string starting with %s",
            (int) s.charAt(index), index, start), null);
    }

    private void writeByte(char c) throws SAXException {
        if (pos == buf.length) {
            flush();
        }
        buf[pos++] = (byte) c;
    }

    private void writeRaw(byte[] bytes) throws SAXException {
        if (bytes.length <= buf.length - pos) {
            System.arraycopy(bytes, 0, buf, pos, bytes.length);
            pos += bytes.length;
            return;
        }
        for (int i = 0; i < bytes.length; ) {
            if (pos == buf.length) {
                flush();
            }
            int n = Math.min(bytes.length - i, buf.length - pos);
            System.arraycopy(bytes, i, buf, pos, n);
            pos += n;
            i += n;
        }
    }

    private void flush() throws SAXException {
        try {
            out.write(buf, 0, pos);
            pos = 0;
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
