package io.github.hanex.io.input;

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
 * Korean page: a byte-order mark wins; then a charset the page declares ({@code <meta charset>},
 * {@code http-equiv}, {@code <?xml encoding?>}) if the bytes decode under it, except that a single-byte Western
 * label (which decodes anything) loses to valid multi-byte UTF-8 or to text that is plainly Korean; then UTF-8 if
 * the bytes are valid UTF-8; then CP949 if most two-byte characters are common Hangul syllables; then a
 * statistical guess (juniversalchardet). Every EUC-KR label is decoded as CP949 ({@code x-windows-949}), the
 * superset that real "EUC-KR" pages are written in and that strict EUC-KR fails on.
 *
 * <p>Characters that XML 1.0 cannot carry are replaced by a space, one for one, so offsets hold and the XMI
 * stays valid.
 */
public final class TextDecoder {

    /** The decoded text and how it was decoded. */
    public record Decoded(String text, String charset, String how, int replacedCharacters) {
    }

    private static final Charset CP949 = Charset.forName("x-windows-949");
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
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return finish(strict(bytes, 3, StandardCharsets.UTF_8, "byte-order mark"));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return finish(strict(bytes, 2, StandardCharsets.UTF_16LE, "byte-order mark"));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return finish(strict(bytes, 2, StandardCharsets.UTF_16BE, "byte-order mark"));
        }
        if (looksBinary(bytes)) {
            throw new InputRejectedException("binary content (NUL bytes), not a text or HTML page");
        }
        Charset declared = html ? declaredCharset(bytes) : null;
        boolean ascii = isAscii(bytes);
        if (declared != null && !ascii && isSingleByte(declared)) {
            // A single-byte label decodes anything, so it cannot be trusted on multi-byte text: a UTF-8 or Korean
            // page under a stale Western label is far more common than Latin text that happens to look like either.
            Decoded utf8 = hasMultiByteUtf8(bytes) ? tryStrict(bytes, StandardCharsets.UTF_8,
                "valid UTF-8 (the declared " + declared.name() + " does not fit)") : null;
            if (utf8 != null) {
                return finish(utf8);
            }
            Decoded korean = korean(bytes, "Korean text (the declared " + declared.name() + " does not fit)");
            if (korean != null) {
                return finish(korean);
            }
        }
        if (declared != null) {
            Decoded decoded = tryStrict(bytes, declared, "declared in the page");
            if (decoded != null) {
                return finish(decoded);
            }
        }
        Decoded utf8 = tryStrict(bytes, StandardCharsets.UTF_8, declared == null ? "valid UTF-8"
            : "valid UTF-8 (the declared " + declared.name() + " does not fit)");
        if (utf8 != null) {
            return finish(utf8);
        }
        // Korean first: statistical detectors misread short Korean text as other East Asian or Western charsets.
        Decoded korean = korean(bytes, declared == null ? "detected (Korean text)"
            : "detected (Korean text; the declared " + declared.name() + " does not fit)");
        if (korean != null) {
            return finish(korean);
        }
        Charset guessed = guess(bytes);
        if (guessed != null) {
            Decoded decoded = tryStrict(bytes, guessed, "detected");
            if (decoded != null) {
                return finish(plausible(decoded));
            }
        }
        // Korean pages are the common case: CP949 is the last strict attempt before a lossy decode.
        Decoded cp949 = tryStrict(bytes, CP949, "detected");
        if (cp949 != null) {
            return finish(plausible(cp949));
        }
        Charset lossy = declared != null ? declared : guessed != null ? guessed : StandardCharsets.UTF_8;
        return finish(plausible(lossy(bytes, lossy)));
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
        return xmlSafe(text, "", "").text();
    }

    /** Text decoded elsewhere (with {@code charset}, as {@code how} says), made safe for XML 1.0 and counted. */
    static Decoded xmlSafe(String text, String charset, String how) {
        return finish(new Decoded(text, charset, how, 0));
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
                legal = isXmlChar(c);
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

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
