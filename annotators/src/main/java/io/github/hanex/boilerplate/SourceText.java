package io.github.hanex.boilerplate;

import io.github.hanex.text.ArticleText;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.jsoup.parser.Parser;

/**
 * A piece of text being collected from a page, white space folded, with the source range of every character.
 * A run of white space becomes one space mapped to the whole run; leading and trailing white space is dropped;
 * a character decoded from an entity maps to the whole entity. Not thread-safe.
 */
final class SourceText {
    private char[] text = new char[64];
    private int length;
    /** {@link #toString()} of the text so far: callers ask for it many times, and text is only appended. */
    private String string;
    private int[] begins = new int[64];
    private int[] ends = new int[64];
    private int spaceBegin = -1;
    private int spaceEnd = -1;
    /** The pending space run is one character that is not a plain space (a tab, a line break, a no-break space). */
    private boolean spaceReplaced;

    int length() {
        return length;
    }

    boolean isEmpty() {
        return length == 0;
    }

    char charAt(int i) {
        return text[Objects.checkIndex(i, length)];
    }

    int sourceBegin(int i) {
        return begins[i];
    }

    int sourceEnd(int i) {
        return ends[i];
    }

    @Override
    public String toString() {
        if (string == null) {
            string = new String(text, 0, length);
        }
        return string;
    }

    /** True for characters folded as white space (including no-break and zero-width spaces). */
    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0' || c > '\u3000' && c != '\uFEFF') {
            return false; // printable ASCII, Hangul and CJK: the common cases, without the tests below
        }
        return c <= ' ' || c == '\u00A0' || c == '\u200B' || c == '\u2007' || c == '\u202F' || c == '\uFEFF'
            || (c >= '\u2000' && c <= '\u200A') || c == '\u3000' || c == '\u2028' || c == '\u2029';
    }

    /** Adds one decoded character that came from {@code [begin, end)} of the source. */
    void add(char c, int begin, int end) {
        if (isSpace(c)) {
            if (length == 0) {
                return;
            }
            if (spaceBegin < 0) {
                spaceBegin = begin;
                spaceReplaced = c != ' ' && end - begin == 1;
            } else {
                spaceReplaced = false;
            }
            spaceEnd = end;
            return;
        }
        if (spaceBegin >= 0) {
            // A lone tab or line break folded to a space has no source of the same text: it is inserted, so that
            // every mapped stretch of equal length equals its source.
            if (spaceReplaced) {
                push(' ', -1, -1);
            } else {
                push(' ', spaceBegin, spaceEnd);
            }
            spaceBegin = -1;
        }
        push(c, begin, end);
    }

    /** Marks a white-space boundary that has no characters of its own (between inline blocks). */
    void softBreak(int at) {
        if (length > 0 && spaceBegin < 0) {
            spaceBegin = at;
            spaceEnd = at;
            spaceReplaced = true;
        }
    }

    private void ensureCapacity(int capacity) {
        if (capacity > begins.length) {
            int grown = Math.max(capacity, begins.length * 2);
            text = Arrays.copyOf(text, grown);
            begins = Arrays.copyOf(begins, grown);
            ends = Arrays.copyOf(ends, grown);
        }
    }

    private void push(char c, int begin, int end) {
        int n = length;
        ensureCapacity(n + 1);
        text[n] = c;
        begins[n] = begin;
        ends[n] = end;
        length = n + 1;
        string = null;
    }

    /**
     * Adds text that Jsoup decoded from {@code source[begin, end)}, aligning decoded entities with their source
     * so each character keeps an exact range. {@code entities} keeps what each entity of the page decodes to
     * (Jsoup sets up a whole parser to decode one).
     */
    void addDecoded(String decoded, String source, int begin, int end, Map<String, String> entities) {
        int n = decoded.length();
        if (end - begin == n) {
            // Entities always shrink, so equal lengths mean the text is the source itself.
            int j = 0;
            while (j < n) {
                char c = decoded.charAt(j);
                if (isSpace(c) || spaceBegin >= 0) {
                    add(c, begin + j, begin + j + 1);
                    j++;
                    continue;
                }
                // A run without white space goes in at once, each character mapped to itself.
                int k = j + 1;
                while (k < n && !isSpace(decoded.charAt(k))) {
                    k++;
                }
                ensureCapacity(length + k - j);
                decoded.getChars(j, k, text, length);
                for (int m = j; m < k; m++) {
                    begins[length] = begin + m;
                    ends[length] = begin + m + 1;
                    length++;
                }
                string = null;
                j = k;
            }
            return;
        }
        int i = begin;
        int j = 0;
        while (j < n && i < end) {
            char c = source.charAt(i);
            if (c == '&') {
                int k = i + 1;
                while (k < end && k - i < 40 && isEntityChar(source.charAt(k))) {
                    k++;
                }
                if (k < end && source.charAt(k) == ';') {
                    k++;
                }
                if (k > i + 1) {
                    String entity = source.substring(i, k);
                    String value = entities.computeIfAbsent(entity, e -> Parser.unescapeEntities(e, false));
                    if (!value.equals(entity) && decoded.startsWith(value, j)) {
                        for (int m = 0; m < value.length(); m++) {
                            add(value.charAt(m), i, k);
                        }
                        j += value.length();
                        i = k;
                        continue;
                    }
                }
            }
            if (c == decoded.charAt(j)) {
                add(c, i, i + 1);
                i++;
                j++;
                continue;
            }
            break;
        }
        // Whatever could not be aligned maps as a whole to the rest of the source range.
        for (; j < n; j++) {
            add(decoded.charAt(j), Math.min(i, end), end);
        }
    }

    private static boolean isEntityChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
    }

    /** Copies characters {@code [from, to)} into {@code out} (inside an open paragraph), merging the map. */
    void copyTo(ArticleText.Builder out, int from, int to) {
        int i = from;
        while (i < to) {
            if (begins[i] < 0) {
                out.appendInserted(" ");
                i++;
                continue;
            }
            int j = i + 1;
            if (ends[i] - begins[i] == 1) {
                while (j < to && ends[j] - begins[j] == 1 && begins[j] == ends[j - 1]) {
                    j++;
                }
            } else {
                while (j < to && begins[j] == begins[i] && ends[j] == ends[i] && begins[j] >= 0) {
                    j++;
                }
            }
            out.append(CharBuffer.wrap(text, i, j - i), begins[i], ends[j - 1]);
            i = j;
        }
    }
}
