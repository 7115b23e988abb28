package io.github.hanex.text;

/**
 * Text that XML 1.0 can carry. Every string hanex puts into a CAS passes here (decoded inputs, article text and
 * page metadata after HTML entities were decoded, file names), so that an XMI file never fails on a character
 * such as U+FFFE from {@code &#xFFFE;}: each character XML 1.0 cannot carry, and each lone surrogate, becomes a
 * space, one for one, so offsets hold.
 */
public final class XmlText {

    private XmlText() {
    }

    /** Whether XML 1.0 can carry {@code c} (surrogates are judged in pairs by {@link #safe}). */
    public static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** {@code text} with every character XML 1.0 cannot carry replaced by a space; the same string if none; null stays null. */
    public static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (clean != null) {
                    clean.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean legal = !Character.isSurrogate(c) && isXmlChar(c);
            if (!legal && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                clean.append(legal ? c : ' ');
            }
        }
        return clean == null ? text : clean.toString();
    }
}
