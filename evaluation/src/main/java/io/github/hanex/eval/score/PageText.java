package io.github.hanex.eval.score;

import io.github.hanex.eval.Span;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The visible text of an HTML page, with the source offset of every character: tags, comments, scripts and
 * styles removed, character references decoded, white space collapsed, a space where a tag stood. For showing
 * a gold mention that lies outside the article text (in page chrome the boilerplate remover dropped) as a reader
 * sees it, not as markup; it is no HTML parser and is not used for scoring.
 */
final class PageText {
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
        Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
        Map.entry("middot", "·"), Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
        Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
        Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("times", "×"), Map.entry("bull", "•"));
    private static final String[] RAW_TEXT_ELEMENTS = {"script", "style", "noscript", "template", "textarea"};

    private final String text;
    /** For each character of {@link #text}, the offset in the source it came from. */
    private final int[] sourceOffsets;

    private PageText(String text, int[] sourceOffsets) {
        this.text = text;
        this.sourceOffsets = sourceOffsets;
    }

    String text() {
        return text;
    }

    /** Whether a source text is an HTML (or XML) page rather than plain text. */
    static boolean looksLikeMarkup(String source) {
        int i = 0;
        while (i < source.length() && (Character.isWhitespace(source.charAt(i)) || source.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i < source.length() && source.charAt(i) == '<' && source.indexOf('>', i) > 0;
    }

    static PageText of(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        int[] offsets = new int[Math.max(16, html.length() / 2)];
        int n = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<' && i + 1 < html.length() && startsMarkup(html.charAt(i + 1))) {
                int end = endOfMarkup(html, i);
                if (n > 0 && out.charAt(n - 1) != ' ') {
                    offsets = grow(offsets, n);
                    out.append(' ');
                    offsets[n++] = i;
                }
                i = end;
                continue;
            }
            String decoded = null;
            int next = i + 1;
            if (c == '&') {
                int semi = html.indexOf(';', i);
                if (semi > i + 1 && semi - i <= 10) {
                    decoded = decode(html.substring(i + 1, semi));
                    if (decoded != null) {
                        next = semi + 1;
                    }
                }
            }
            String chars = decoded != null ? decoded : String.valueOf(c);
            for (int k = 0; k < chars.length(); k++) {
                char ch = chars.charAt(k);
                boolean space = Character.isWhitespace(ch) || ch == '\u00A0';
                if (space && (n == 0 || out.charAt(n - 1) == ' ')) {
                    continue;
                }
                offsets = grow(offsets, n);
                out.append(space ? ' ' : ch);
                offsets[n++] = i;
            }
            i = next;
        }
        return new PageText(out.toString(), Arrays.copyOf(offsets, n));
    }

    /**
     * The span in the visible text of a source span, or null when the span lies inside markup (a tag or an
     * attribute value) and so shows nowhere.
     */
    Span fromSource(Span source) {
        int b = lowerBound(source.begin());
        int e = lowerBound(source.end());
        if (b >= e) {
            return null;
        }
        return new Span(b, e);
    }

    /** The first character whose source offset is at least {@code offset}. */
    private int lowerBound(int offset) {
        int lo = 0;
        int hi = sourceOffsets.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sourceOffsets[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean startsMarkup(char c) {
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /** Where the tag, comment or raw-text element starting at {@code i} ends (exclusive). */
    private static int endOfMarkup(String html, int i) {
        if (html.startsWith("<!--", i)) {
            int close = html.indexOf("-->", i + 4);
            return close < 0 ? html.length() : close + 3;
        }
        int close = tagEnd(html, i);
        String lower = html.substring(i + 1, Math.min(html.length(), i + 12)).toLowerCase(Locale.ROOT);
        for (String element : RAW_TEXT_ELEMENTS) {
            if (lower.startsWith(element) && (lower.length() == element.length()
                || !Character.isLetterOrDigit(lower.charAt(element.length())))) {
                int endTag = html.toLowerCase(Locale.ROOT).indexOf("</" + element, close);
                return endTag < 0 ? html.length() : tagEnd(html, endTag);
            }
        }
        return close;
    }

    /** The end of a tag, past its {@code >}, skipping quoted attribute values. */
    private static int tagEnd(String html, int i) {
        char quote = 0;
        for (int k = i + 1; k < html.length(); k++) {
            char c = html.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k + 1;
            }
        }
        return html.length();
    }

    private static String decode(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                    ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }

    private static int[] grow(int[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }
}
