package io.github.hanex.io.input;

import io.github.hanex.text.XmlText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a page into text, choosing the charset as a browser would, but never silently wrong on a
 * Korean page: a byte-order mark wins (UTF-32, UTF-8, UTF-16); then UTF-16 without one, told by its zero bytes;
 * then a charset declared for the page, by the HTTP header that came with it and then by the page itself
 * ({@code <meta charset>}, {@code http-equiv}, {@code <?xml encoding?>}), if the bytes decode under it, except
 * that a declared charset loses to valid multi-byte UTF-8, and a single-byte one (which decodes anything) also to
 * text that is plainly Korean; a declared UTF-16 or UTF-32 on bytes without zero bytes is ignored (a page whose
 * declaration reads as ASCII is not UTF-16, as the HTML standard says); then UTF-8 if the bytes are valid UTF-8
 * (or UTF-8 with a few invalid bytes replaced); then CP949 if most two-byte characters are common Hangul
 * syllables; then a statistical guess (juniversalchardet). Every EUC-KR label is decoded as CP949
 * ({@code x-windows-949}), the superset that real "EUC-KR" pages are written in and that strict EUC-KR fails on.
 *
 * <p>Characters that XML 1.0 cannot carry are replaced by a space, one for one, so offsets hold and the XMI
 * stays valid. {@link Decoded#replacedCharacters()} counts them with the invalid bytes replaced by U+FFFD.
 */
public final class TextDecoder {

    /**
     * The decoded text and how it was decoded.
     *
     * @param replacedCharacters characters replaced: invalid bytes (each by U+FFFD) and characters XML 1.0
     *     cannot carry (each by a space)
     */
    public record Decoded(String text, String charset, String how, int replacedCharacters) {
    }

    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Pattern META_CHARSET = Pattern.compile(
        "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
        "<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** Share of undecodable characters above which an input is rejected rather than decoded with losses. */
    private static final double MAX_MALFORMED_SHARE = 0.005;
    /** Share of control and stray symbol characters above which a guessed decoding is not text. */
    private static final double MAX_ODD_SHARE = 0.05;

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; {@code html} enables looking for a declared charset in the markup. */
    public static Decoded decode(byte[] bytes, boolean html) throws InputRejectedException {
        return decode(bytes, html, null);
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param html look for a charset declared in the markup
     * @param headerLabel the charset the HTTP header declared for the bytes (a WARC record's), or null
     */
    public static Decoded decode(byte[] bytes, boolean html, String headerLabel) throws InputRejectedException {
        Decoded bom = byteOrderMark(bytes);
        if (bom != null) {
            return finish(bom);
        }
        Charset header = forLabel(headerLabel);
        Charset utf16 = utf16ByZeroBytes(bytes);
        if (utf16 != null) {
            Decoded decoded = tryStrict(bytes, utf16, header != null && isUtf16Or32(header)
                ? "declared in the HTTP header (UTF-16), " + utf16.name() + " by its zero bytes"
                : "detected (" + utf16.name() + " without a byte-order mark, by its zero bytes)");
            if (decoded != null) {
                return finish(plausible(decoded));
            }
            throw new InputRejectedException("binary content (NUL bytes): laid out as " + utf16.name()
                + " without a byte-order mark, but not valid " + utf16.name());
        }
        if (looksBinary(bytes)) {
            throw new InputRejectedException("binary content (NUL bytes), not a text or HTML page");
        }
        // Declarations, the HTTP header's first (as browsers do). UTF-16 and UTF-32 are claims the bytes refute:
        // without zero bytes they are not UTF-16 (and the page's declaration itself read as ASCII).
        String ignored = "";
        Charset page = html ? declaredCharset(bytes) : null;
        if (header != null && isUtf16Or32(header)) {
            ignored = "; the HTTP header's " + header.name() + " ignored: the bytes are not " + header.name();
            header = null;
        }
        if (page != null && isUtf16Or32(page)) {
            ignored += "; the page's " + page.name() + " ignored: the bytes are not " + page.name();
            page = null;
        }
        boolean ascii = isAscii(bytes);
        for (Charset declared : new Charset[] {header, page}) {
            if (declared == null) {
                continue;
            }
            String by = declared == header ? "the HTTP header" : "the page";
            Decoded decoded = declared(bytes, declared, by, ascii);
            if (decoded != null) {
                return finish(withNote(decoded, ignored));
            }
            ignored += "; " + by + "'s " + declared.name() + " does not fit";
        }
        Decoded utf8 = tryStrict(bytes, StandardCharsets.UTF_8, "valid UTF-8");
        if (utf8 != null) {
            return finish(withNote(utf8, ignored));
        }
        Decoded mostlyUtf8 = mostlyUtf8(bytes);
        if (mostlyUtf8 != null) {
            return finish(withNote(mostlyUtf8, ignored));
        }
        // Korean first: statistical detectors misread short Korean text as other East Asian or Western charsets.
        Decoded korean = korean(bytes, "detected (Korean text)");
        if (korean != null) {
            return finish(withNote(korean, ignored));
        }
        Charset guessed = guess(bytes);
        if (guessed != null) {
            Decoded decoded = tryStrict(bytes, guessed, "detected");
            if (decoded != null) {
                return finish(withNote(plausible(decoded), ignored));
            }
        }
        // Korean pages are the common case: CP949 is the last strict attempt before a lossy decode.
        Decoded cp949 = tryStrict(bytes, CP949, "detected");
        if (cp949 != null) {
            return finish(withNote(plausible(cp949), ignored));
        }
        Charset lossy = page != null ? page : header != null ? header : guessed != null ? guessed
            : StandardCharsets.UTF_8;
        return finish(withNote(plausible(lossy(bytes, lossy)), ignored));
    }

    /** The text after a byte-order mark, or null without one. UTF-32 first: its little-endian mark starts as UTF-16's. */
    private static Decoded byteOrderMark(byte[] bytes) throws InputRejectedException {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return strict(bytes, 4, UTF_32BE, "byte-order mark");
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return strict(bytes, 4, UTF_32LE, "byte-order mark");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "byte-order mark");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "byte-order mark");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "byte-order mark");
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A declared charset, if the bytes bear it out: valid multi-byte UTF-8 wins over any other declaration (a
     * legacy-encoded Korean page is practically never valid UTF-8), and plainly Korean text over a single-byte
     * one (which decodes any bytes); else the declared charset if the bytes decode under it; else null.
     */
    private static Decoded declared(byte[] bytes, Charset declared, String by, boolean ascii) {
        if (!ascii && !declared.equals(StandardCharsets.UTF_8) && hasMultiByteUtf8(bytes)) {
            Decoded utf8 = tryStrict(bytes, StandardCharsets.UTF_8, "valid UTF-8 (" + by + "'s " + declared.name()
                + " does not fit)");
            if (utf8 != null) {
                return utf8;
            }
        }
        if (!ascii && isSingleByte(declared)) {
            Decoded korean = korean(bytes, "Korean text (" + by + "'s " + declared.name() + " does not fit)");
            if (korean != null) {
                return korean;
            }
        }
        return tryStrict(bytes, declared, "declared in " + by);
    }

    private static Decoded withNote(Decoded decoded, String note) {
        return note.isEmpty() ? decoded : new Decoded(decoded.text(), decoded.charset(), decoded.how() + note,
            decoded.replacedCharacters());
    }

    private static boolean isUtf16Or32(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("X-UTF-16")
            || name.startsWith("X-UTF-32");
    }

    /**
     * UTF-16LE or UTF-16BE when the bytes have the zero bytes UTF-16 text has (every ASCII character, space and
     * digit in Korean text has one, always on the same side of its pair) and no others; else null.
     */
    private static Charset utf16ByZeroBytes(byte[] bytes) {
        int n = Math.min(bytes.length, 1 << 16) & ~1;
        if (n < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                even++;
            }
            if (bytes[i + 1] == 0) {
                odd++;
            }
        }
        int pairs = n / 2;
        if (odd >= Math.max(1, pairs / 20) && even * 8 <= odd) {
            return StandardCharsets.UTF_16LE;
        }
        if (even >= Math.max(1, pairs / 20) && odd * 8 <= even) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * UTF-8 with a few invalid bytes (a damaged download, a truncated multi-byte character), each replaced by
     * U+FFFD and counted: when valid multi-byte sequences are many and invalid bytes few (at most 8, or 1 per 50
     * multi-byte characters). Else null, and other charsets are tried.
     */
    private static Decoded mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            boolean ok = length > 0 && i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        if (valid < 8 || invalid == 0 || invalid > Math.max(8, valid / 50)) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                bad++;
            }
        }
        return new Decoded(text, StandardCharsets.UTF_8.name(), "UTF-8 with " + bad + " invalid byte sequences"
            + " replaced by U+FFFD", bad);
    }

    /**
     * CP949 when the bytes decode strictly as CP949 and most of their two-byte characters are common Hangul
     * syllables (KS X 1001 rows 0xB0-0xC8), a pattern that Chinese, Japanese and Western encodings do not make.
     */
    private static Decoded korean(byte[] bytes, String how) {
        int pairs = 0;
        int hangul = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            if (i + 1 >= bytes.length) {
                break;
            }
            int t = bytes[i + 1] & 0xFF;
            pairs++;
            if (b >= 0xB0 && b <= 0xC8 && t >= 0xA1 && t <= 0xFE) {
                hangul++;
            }
            i++;
        }
        if (pairs < 2 || hangul < 0.7 * pairs) {
            return null;
        }
        return tryStrict(bytes, CP949, how);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasMultiByteUtf8(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0xC2 && b <= 0xF4 && (bytes[i + 1] & 0xC0) == 0x80) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSingleByte(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.startsWith("iso-8859") || name.startsWith("windows-125") || name.equals("us-ascii")
            || name.startsWith("x-mac") || name.equals("koi8-r") || name.equals("koi8-u") || name.startsWith("ibm");
    }

    /** Maps a charset label to the charset hanex decodes it with (EUC-KR family to CP949); null if unknown. */
    public static Charset forLabel(String label) {
        if (label == null) {
            return null;
        }
        String name = label.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "euc-kr", "euckr", "euc_kr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "ksc_5601", "korean",
                "iso-ir-149", "csksc56011987", "cseuckr", "windows-949", "cp949", "ms949", "x-windows-949",
                "uhc", "x-uhc" -> {
                return CP949;
            }
            case "utf8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                // handled below
            }
        }
        if (name.startsWith("ks_c_5601") || name.startsWith("euc-kr")) {
            return CP949;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 32768), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            return forLabel(meta.group(1));
        }
        Matcher xml = XML_ENCODING.matcher(head);
        return xml.find() ? forLabel(xml.group(1)) : null;
    }

    private static Charset guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        return forLabel(detector.getDetectedCharset());
    }

    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static Decoded tryStrict(byte[] bytes, Charset charset, String how) {
        try {
            return strict(bytes, 0, charset, how);
        } catch (InputRejectedException e) {
            return null;
        }
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset, String how)
        throws InputRejectedException {
        CharsetDecoder decoder = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return new Decoded(chars.toString(), charset.name(), how, 0);
        } catch (CharacterCodingException e) {
            throw new InputRejectedException("not valid " + charset.name(), e);
        }
    }

    private static Decoded lossy(byte[] bytes, Charset charset) throws InputRejectedException {
        String text = new String(bytes, charset);
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                bad++;
            }
        }
        if (bad > Math.max(8, text.length() * MAX_MALFORMED_SHARE)) {
            throw new InputRejectedException(String.format(Locale.ROOT,
                "invalid encoding: %d undecodable characters as %s (tried the declared charset, UTF-8 and detection)",
                bad, charset.name()));
        }
        return new Decoded(text, charset.name(), "decoded with " + bad + " replacement characters", bad);
    }

    /**
     * Rejects a guessed decoding that does not look like text: single-byte charsets decode any bytes, so random
     * or corrupt bytes come out as a soup of control characters and non-ASCII symbols, which real pages never are.
     */
    private static Decoded plausible(Decoded decoded) throws InputRejectedException {
        String text = decoded.text();
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    odd++;
                }
                continue;
            }
            switch (Character.getType(c)) {
                case Character.CONTROL, Character.OTHER_SYMBOL, Character.MATH_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.UNASSIGNED, Character.PRIVATE_USE -> odd++;
                default -> {
                    // letters, digits, punctuation, marks, space
                }
            }
        }
        if (odd > Math.max(16, text.length() * MAX_ODD_SHARE)) {
            throw new InputRejectedException(String.format(Locale.ROOT,
                "invalid encoding: no charset gives readable text (%d of %d characters are control or stray symbol "
                    + "characters as %s)", odd, text.length(), decoded.charset()));
        }
        return decoded;
    }

    /** Makes text safe for XML 1.0: every character XML cannot carry becomes a space, one for one. */
    public static String xmlSafe(String text) {
        return XmlText.safe(text);
    }

    private static Decoded finish(Decoded decoded) {
        String text = decoded.text();
        StringBuilder clean = null;
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean legal;
            if (Character.isHighSurrogate(c)) {
                legal = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (legal) {
                    if (clean != null) {
                        clean.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                legal = XmlText.isXmlChar(c);
            }
            if (!legal && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                clean.append(legal ? c : ' ');
            }
            if (!legal) {
                replaced++;
            }
        }
        return clean == null ? decoded
            : new Decoded(clean.toString(), decoded.charset(), decoded.how(), decoded.replacedCharacters() + replaced);
    }
}
