package io.github.hanex.money;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Words with a value each, found at a position of a text, longest first. A space inside a word matches a short
 * run of spaces or none (미국 달러 = 미국달러). A word written in lower case matches in any case (dollars,
 * Dollars); a word with a capital letter matches only as written (USD, not usd or "try").
 */
final class WordTable<T> {

    /** At most this many white-space characters stand for one space of a word. */
    static final int MAX_GAP = 3;

    /** A word of the table found in a text: {@code [begin, end)} of the text. */
    record Match<T>(int begin, int end, String word, T value) {
    }

    private record Entry<T>(String word, T value, boolean exactCase) {
    }

    private final Map<Character, List<Entry<T>>> byFirst = new HashMap<>();
    /**
     * {@link #byFirst} by the high and the low byte of the character, for look-ups without boxing: nearly every
     * character of a text is looked up.
     */
    private final Object[][] byFirstPages = new Object[256][];
    /** The characters of a text a word can begin at: in both cases, or only as written (USD, not usd). */
    private final BitSet textStarts = new BitSet();
    private final Map<String, T> values = new HashMap<>();

    /** Adds a word; returns false when the table already has it. */
    boolean add(String word, T value) {
        String key = fold(word);
        boolean exactCase = !word.equals(word.toLowerCase(Locale.ROOT));
        String stored = exactCase ? normalizeSpaces(word) : key;
        if (key.isEmpty() || values.containsKey(key)) {
            return false;
        }
        values.put(key, value);
        char first = stored.charAt(0);
        textStarts.set(first);
        if (!exactCase && first >= 'a' && first <= 'z') {
            textStarts.set(first - ('a' - 'A'));
        }
        List<Entry<T>> list = byFirst.computeIfAbsent(key.charAt(0), c -> new ArrayList<>());
        list.add(new Entry<>(stored, value, exactCase));
        list.sort(Comparator.comparingInt((Entry<T> e) -> e.word().length()).reversed());
        char c = key.charAt(0);
        if (byFirstPages[c >>> 8] == null) {
            byFirstPages[c >>> 8] = new Object[256];
        }
        byFirstPages[c >>> 8][c & 0xFF] = list;
        return true;
    }

    /** The value of a word of the table (as written in a rule file), or null. */
    T get(String word) {
        return values.get(fold(word));
    }

    /** Adds a word, or gives a word of the table a new value. */
    void put(String word, T value) {
        String key = fold(word);
        if (!values.containsKey(key)) {
            add(word, value);
            return;
        }
        values.put(key, value);
        List<Entry<T>> list = byFirst.get(key.charAt(0));
        list.replaceAll(e -> fold(e.word()).equals(key) ? new Entry<>(e.word(), value, e.exactCase()) : e);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** The words of the table as they are matched (ASCII letters in lower case). */
    Set<String> words() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** Whether some word of the table can start at this character of a text. */
    boolean startsWith(char c) {
        return textStarts.get(c);
    }

    /** Adds to {@code set} the characters of a text at which a word whose value passes {@code which} can start. */
    void addStarts(BitSet set, Predicate<T> which) {
        for (List<Entry<T>> list : byFirst.values()) {
            for (Entry<T> e : list) {
                if (which.test(e.value())) {
                    addMatching(set, e.word().charAt(0), e.exactCase());
                }
            }
        }
    }

    /** Adds to {@code set} every character of a text that a match of a word can hold. */
    void addChars(BitSet set) {
        for (List<Entry<T>> list : byFirst.values()) {
            for (Entry<T> e : list) {
                for (int i = 0; i < e.word().length(); i++) {
                    char c = e.word().charAt(i);
                    if (c == ' ') {
                        for (char gap : GAPS) {
                            set.set(gap);
                        }
                    } else {
                        addMatching(set, c, e.exactCase());
                    }
                }
            }
        }
    }

    /** The character of a word and, when the word matches in any case, its capital. */
    private static void addMatching(BitSet set, char c, boolean exactCase) {
        set.set(c);
        if (!exactCase && c >= 'a' && c <= 'z') {
            set.set(c - ('a' - 'A'));
        }
    }

    /** The longest word of the table at {@code pos}, or null. */
    Match<T> longestAt(CharSequence text, int pos) {
        // The first of allAt(text, pos), without collecting the others.
        List<Entry<T>> candidates = candidatesAt(text, pos);
        if (candidates != null) {
            for (Entry<T> e : candidates) {
                int end = matchEnd(text, pos, e.word(), e.exactCase());
                if (end >= 0) {
                    return new Match<>(pos, end, e.word(), e.value());
                }
            }
        }
        return null;
    }

    /** The words that may start at {@code pos}, longest first, or null. */
    @SuppressWarnings("unchecked")
    private List<Entry<T>> candidatesAt(CharSequence text, int pos) {
        if (pos < 0 || pos >= text.length()) {
            return null;
        }
        char first = fold(text.charAt(pos));
        Object[] page = byFirstPages[first >>> 8];
        return page == null ? null : (List<Entry<T>>) page[first & 0xFF];
    }

    /** Every word of the table at {@code pos}, longest first. */
    List<Match<T>> allAt(CharSequence text, int pos) {
        List<Entry<T>> candidates = candidatesAt(text, pos);
        if (candidates == null) {
            return List.of();
        }
        List<Match<T>> result = new ArrayList<>(2);
        for (Entry<T> e : candidates) {
            int end = matchEnd(text, pos, e.word(), e.exactCase());
            if (end >= 0) {
                result.add(new Match<>(pos, end, e.word(), e.value()));
            }
        }
        return result;
    }

    /** A word of the table that ends exactly at {@code end} (longest first), or null. */
    Match<T> endingAt(CharSequence text, int end) {
        Match<T> best = null;
        for (List<Entry<T>> list : byFirst.values()) {
            for (Entry<T> e : list) {
                int begin = end - e.word().length();
                if (begin >= 0 && (best == null || e.word().length() > best.word().length())
                    && matchEnd(text, begin, e.word(), e.exactCase()) == end) {
                    best = new Match<>(begin, end, e.word(), e.value());
                }
            }
        }
        return best;
    }

    /** Where {@code word} ends when it starts at {@code pos} of the text, or -1. */
    private static int matchEnd(CharSequence text, int pos, String word, boolean exactCase) {
        int i = pos;
        int n = text.length();
        for (int k = 0; k < word.length(); k++) {
            char w = word.charAt(k);
            if (w == ' ') {
                int gap = 0;
                while (i < n && gap < MAX_GAP && isGap(text.charAt(i))) {
                    i++;
                    gap++;
                }
                continue;
            }
            if (i >= n || (exactCase ? text.charAt(i) : fold(text.charAt(i))) != w) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /** White space inside one line: spaces, tabs, no-break spaces. */
    static boolean isGap(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2009' || c == '\u202F';
    }

    /** The characters {@link #isGap} accepts. */
    static final char[] GAPS = {' ', '\t', '\u00A0', '\u3000', '\u2009', '\u202F'};

    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(isGap(c) ? ' ' : fold(c));
        }
        return b.toString().strip();
    }

    private static String normalizeSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(isGap(c) ? ' ' : c);
        }
        return b.toString().strip();
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
