package io.github.hanex.date;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a match of a regular expression can start, read from the expression's source, so that a search tries the
 * expression only at the positions of a text that fit ({@link #find}). Two things are known of every match:
 * <ul>
 * <li>the characters each of its first few characters can be ({@code \d} for {@code \d{4}년});</li>
 * <li>an anchor: a set of characters one of which the match must hold, and the only characters that can come
 * before the first of them ({@code 년} after digits and spaces in {@code \d{4}\s*년}).</li>
 * </ul>
 * Date rules begin with digits followed by a unit ({@code 2025년}, {@code 7월}) or with a word ({@code 지난}), so
 * few positions of a text fit.
 *
 * <p>Knows the constructs of Java regular expressions that date rules use: literal characters, escaped
 * punctuation, {@code \d \s \w}, character classes with ranges, groups (plain, non-capturing, named, atomic),
 * look-ahead and look-behind, anchors, alternatives and quantifiers. For anything else (flags, {@code .}, negated
 * classes, back-references, Unicode properties, ...) {@link #of} gives null, and every position is tried.
 */
final class MatchStarts {

    /** How many leading characters of a match are checked. */
    private static final int CHECKED = 4;
    /** Lengths are tracked up to this; longer ones count as this. */
    private static final int LONG = CHECKED + 1;

    /** By offset in the match, the characters allowed there; as many offsets as every match has. */
    private final BitSet[] allowed;
    /** The match's anchor, or null. */
    private final Anchor anchor;

    private MatchStarts(BitSet[] allowed, Anchor anchor) {
        this.allowed = allowed;
        this.anchor = anchor;
    }

    /** What the matches of {@code pattern} begin with, or null when it is not known or a match may be empty. */
    static MatchStarts of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return null;
        }
        Reader reader = new Reader(pattern.pattern());
        try {
            Shape shape = reader.alternatives();
            if (reader.at != reader.regex.length() || (shape.lengths & 1) != 0) {
                return null; // an empty match can start anywhere
            }
            int shortest = Integer.numberOfTrailingZeros(shape.lengths);
            return new MatchStarts(Arrays.copyOf(shape.chars, Math.min(CHECKED, shortest)), shape.anchor);
        } catch (Unknown | IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    /** Whether the first characters of a match can be those at {@code p} of {@code text}. */
    boolean mayStartAt(CharSequence text, int p) {
        if (p + allowed.length > text.length()) {
            return false;
        }
        for (int i = 0; i < allowed.length; i++) {
            if (!allowed[i].get(text.charAt(p + i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The next match of {@code matcher}'s pattern in {@code text} at or after {@code from}, the one
     * {@link Matcher#find(int)} finds, trying only the positions where a match can start; false when there is
     * none. {@code firsts} are the positions whose character can begin a match, ascending (as {@link Table} gives
     * them): no other position can start one. The matcher is left on the match.
     */
    boolean find(Matcher matcher, String text, int[] firsts, int count, int from) {
        // Transparent, non-anchoring bounds: look-behind and anchors see the whole text, as find() does.
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int k = Arrays.binarySearch(firsts, 0, count, from);
        // The first position at or after p whose character cannot come before the anchor (kept as p grows).
        int beyond = -1;
        for (k = k < 0 ? -k - 1 : k; k < count; k++) {
            int p = firsts[k];
            if (!mayStartAt(text, p)) {
                continue;
            }
            if (anchor != null) {
                if (beyond < p) {
                    beyond = p;
                    while (beyond < n && anchor.before.get(text.charAt(beyond))) {
                        beyond++;
                    }
                }
                if (beyond >= n || !anchor.at.get(text.charAt(beyond))) {
                    continue;
                }
            }
            matcher.region(p, n);
            if (matcher.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first characters of the matches of several patterns, to list in one pass over a text the positions
     * where each pattern's match can begin.
     */
    static final class Table {
        private final int patterns;
        private final int words;
        /** By the high byte of a character, by its low byte: bit masks of the patterns it can begin. */
        private final long[][] pages = new long[256][];

        /** A table of {@code starts} (null entries: patterns whose starts are not known, left out). */
        Table(List<MatchStarts> starts) {
            patterns = starts.size();
            words = (patterns + 63) / 64;
            for (int r = 0; r < patterns; r++) {
                MatchStarts start = starts.get(r);
                if (start == null) {
                    continue;
                }
                BitSet first = start.allowed[0];
                for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1)) {
                    long[] page = pages[c >>> 8];
                    if (page == null) {
                        page = new long[256 * words];
                        pages[c >>> 8] = page;
                    }
                    page[(c & 0xFF) * words + r / 64] |= 1L << r;
                }
            }
        }

        /**
         * By pattern, the ascending positions of {@code text} whose character can begin a match; {@code counts}
         * receives how many of each array are used. Null for a pattern without any.
         */
        int[][] firsts(String text, int[] counts) {
            int[][] firsts = new int[patterns][];
            for (int p = 0; p < text.length(); p++) {
                char c = text.charAt(p);
                long[] page = pages[c >>> 8];
                if (page == null) {
                    continue;
                }
                for (int w = 0; w < words; w++) {
                    for (long mask = page[(c & 0xFF) * words + w]; mask != 0; mask &= mask - 1) {
                        int r = w * 64 + Long.numberOfTrailingZeros(mask);
                        if (firsts[r] == null) {
                            firsts[r] = new int[16];
                        } else if (counts[r] == firsts[r].length) {
                            firsts[r] = Arrays.copyOf(firsts[r], counts[r] * 2);
                        }
                        firsts[r][counts[r]++] = p;
                    }
                }
            }
            return firsts;
        }
    }

    /**
     * Every match holds a character outside {@code before}, and the first such character is in {@code at} (the
     * two sets do not meet).
     */
    private record Anchor(BitSet before, BitSet at) {

        /** The better of two anchors, either of which may be null: the one with fewer anchor characters. */
        static Anchor better(Anchor a, Anchor b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return b.at.cardinality() < a.at.cardinality() ? b : a;
        }
    }

    /**
     * What is known of the matches of part of an expression: their possible lengths (bit k: length k; bit
     * {@value #LONG}: longer), by offset the characters they can have there, every character they can hold, and
     * their anchor (or null).
     */
    private record Shape(int lengths, BitSet[] chars, BitSet alphabet, Anchor anchor) {

        static Shape empty() {
            return new Shape(1, sets(), new BitSet(), null);
        }

        static Shape of(BitSet set) {
            BitSet[] chars = sets();
            chars[0] = set;
            return new Shape(1 << 1, chars, set, new Anchor(new BitSet(), set));
        }

        /** This followed by {@code next}. */
        Shape then(Shape next) {
            int lengths = 0;
            BitSet[] chars = copy(this.chars);
            for (int a = 0; a <= LONG; a++) {
                if ((this.lengths & 1 << a) == 0) {
                    continue;
                }
                for (int b = 0; b <= LONG; b++) {
                    if ((next.lengths & 1 << b) != 0) {
                        lengths |= 1 << Math.min(a + b, LONG);
                    }
                }
                // After a match of length a, next's offset i is offset a + i.
                for (int i = 0; a + i < CHECKED; i++) {
                    chars[a + i].or(next.chars[i]);
                }
            }
            BitSet alphabet = union(this.alphabet, next.alphabet);
            // Next's anchor holds for both when none of this part's characters is one of its anchor characters.
            Anchor later = next.anchor == null || next.anchor.at.intersects(this.alphabet) ? null
                : new Anchor(union(this.alphabet, next.anchor.before), next.anchor.at);
            return new Shape(lengths, chars, alphabet, Anchor.better(anchor, later));
        }

        /** This or {@code other}. */
        Shape or(Shape other) {
            BitSet[] chars = copy(this.chars);
            for (int i = 0; i < CHECKED; i++) {
                chars[i].or(other.chars[i]);
            }
            Anchor both = null;
            if (anchor != null && other.anchor != null) {
                both = new Anchor(union(anchor.before, other.anchor.before), union(anchor.at, other.anchor.at));
                if (both.at.intersects(both.before)) {
                    both = null;
                }
            }
            return new Shape(lengths | other.lengths, chars, union(alphabet, other.alphabet), both);
        }

        /** This repeated {@code min} to {@code max} times. */
        Shape repeat(int min, int max) {
            int lengths = 0;
            BitSet[] chars = sets();
            Shape power = empty();
            for (int k = 0; k <= max; k++) {
                if (k >= min) {
                    lengths |= power.lengths;
                    for (int i = 0; i < CHECKED; i++) {
                        chars[i].or(power.chars[i]);
                    }
                }
                Shape next = power.then(this);
                if (k >= min && next.lengths == power.lengths && Arrays.equals(next.chars, power.chars)) {
                    break; // more repetitions add nothing
                }
                power = next;
            }
            // The first repetition holds the anchor when there must be one.
            return new Shape(lengths, chars, max == 0 ? new BitSet() : alphabet, min >= 1 ? anchor : null);
        }

        private static BitSet union(BitSet a, BitSet b) {
            BitSet u = (BitSet) a.clone();
            u.or(b);
            return u;
        }

        private static BitSet[] sets() {
            BitSet[] sets = new BitSet[CHECKED];
            for (int i = 0; i < CHECKED; i++) {
                sets[i] = new BitSet();
            }
            return sets;
        }

        private static BitSet[] copy(BitSet[] sets) {
            BitSet[] copy = new BitSet[sets.length];
            for (int i = 0; i < sets.length; i++) {
                copy[i] = (BitSet) sets[i].clone();
            }
            return copy;
        }
    }

    /** Thrown for a construct the reader does not know. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reader of the expression's source. */
    private static final class Reader {
        private static final int MAX_REPEAT = 1000;

        final String regex;
        int at;

        Reader(String regex) {
            this.regex = regex;
        }

        private boolean atEnd() {
            return at >= regex.length();
        }

        private char peek() {
            return regex.charAt(at);
        }

        Shape alternatives() {
            Shape result = sequence();
            while (!atEnd() && peek() == '|') {
                at++;
                result = result.or(sequence());
            }
            return result;
        }

        private Shape sequence() {
            Shape result = Shape.empty();
            while (!atEnd() && peek() != '|' && peek() != ')') {
                result = result.then(quantified());
            }
            return result;
        }

        private Shape quantified() {
            Shape atom = atom();
            if (atEnd()) {
                return atom;
            }
            int min;
            int max;
            char c = peek();
            if (c == '?') {
                min = 0;
                max = 1;
            } else if (c == '*') {
                min = 0;
                max = Integer.MAX_VALUE;
            } else if (c == '+') {
                min = 1;
                max = Integer.MAX_VALUE;
            } else if (c == '{') {
                int close = regex.indexOf('}', at);
                String bounds = close < 0 ? "" : regex.substring(at + 1, close);
                if (!bounds.matches("\\d{1,4}(,\\d{0,4})?")) {
                    throw new Unknown();
                }
                int comma = bounds.indexOf(',');
                min = Integer.parseInt(comma < 0 ? bounds : bounds.substring(0, comma));
                max = comma < 0 ? min : comma == bounds.length() - 1 ? Integer.MAX_VALUE
                    : Integer.parseInt(bounds.substring(comma + 1));
                at = close;
            } else {
                return atom;
            }
            at++;
            if (min > MAX_REPEAT || max < min) {
                throw new Unknown();
            }
            if (!atEnd() && (peek() == '?' || peek() == '+')) {
                at++; // reluctant or possessive: they may give up other matches, never make new ones
            }
            if (!atEnd() && (peek() == '?' || peek() == '*' || peek() == '+' || peek() == '{')) {
                throw new Unknown();
            }
            return atom.repeat(min, max);
        }

        private Shape atom() {
            char c = regex.charAt(at++);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    return Shape.of(charClass());
                }
                case '^', '$' -> {
                    return Shape.empty();
                }
                case '\\' -> {
                    return escape();
                }
                case '.', ')', '|', '?', '*', '+', '{' -> throw new Unknown();
                default -> {
                    return Shape.of(single(c));
                }
            }
        }

        private Shape group() {
            boolean lookAround = false;
            if (!atEnd() && peek() == '?') {
                at++;
                char kind = regex.charAt(at++);
                if (kind == '=' || kind == '!') {
                    lookAround = true;
                } else if (kind == '<' && (peek() == '=' || peek() == '!')) {
                    at++;
                    lookAround = true;
                } else if (kind == '<' && Character.isLetter(peek())) {
                    int close = regex.indexOf('>', at);
                    if (close < 0) {
                        throw new Unknown();
                    }
                    at = close + 1; // a named group
                } else if (kind != ':' && kind != '>') {
                    throw new Unknown(); // inline flags and the like
                }
            }
            Shape inner = alternatives();
            if (atEnd() || regex.charAt(at++) != ')') {
                throw new Unknown();
            }
            // Look-around consumes nothing: it only narrows what the rest matches.
            return lookAround ? Shape.empty() : inner;
        }

        private Shape escape() {
            char c = regex.charAt(at++);
            BitSet set = classEscape(c);
            if (set != null) {
                return Shape.of(set);
            }
            if (c == 'b' || c == 'B' || c == 'A' || c == 'G' || c == 'Z' || c == 'z') {
                return Shape.empty();
            }
            return Shape.of(single(escapedLiteral(c)));
        }

        /** A character class after its {@code [}: single characters, ranges and class escapes. */
        private BitSet charClass() {
            BitSet set = new BitSet();
            if (peek() == '^' || peek() == ']') {
                throw new Unknown();
            }
            while (peek() != ']') {
                char c = regex.charAt(at++);
                if (c == '[' || c == '&' && peek() == '&') {
                    throw new Unknown();
                }
                if (c == '\\') {
                    char e = regex.charAt(at++);
                    BitSet escaped = classEscape(e);
                    if (escaped != null) {
                        set.or(escaped);
                        continue;
                    }
                    c = escapedLiteral(e);
                } else if (Character.isSurrogate(c)) {
                    throw new Unknown();
                }
                if (peek() == '-' && regex.charAt(at + 1) != ']') {
                    at++;
                    char to = regex.charAt(at++);
                    if (to == '\\') {
                        to = escapedLiteral(regex.charAt(at++));
                    } else if (to == '[' || Character.isSurrogate(to)) {
                        throw new Unknown();
                    }
                    if (to < c) {
                        throw new Unknown();
                    }
                    set.set(c, to + 1);
                } else {
                    set.set(c);
                }
            }
            at++;
            return set;
        }
    }

    /** {@code \d}, {@code \s}, {@code \w} (ASCII, as Java reads them without flags) as sets; null for others. */
    private static BitSet classEscape(char c) {
        BitSet set = new BitSet();
        switch (c) {
            case 'd' -> set.set('0', '9' + 1);
            case 's' -> {
                for (char s : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                    set.set(s);
                }
            }
            case 'w' -> {
                set.set('a', 'z' + 1);
                set.set('A', 'Z' + 1);
                set.set('0', '9' + 1);
                set.set('_');
            }
            default -> {
                return null;
            }
        }
        return set;
    }

    /** The character an escape other than a class stands for; unknown escapes throw. */
    private static char escapedLiteral(char c) {
        return switch (c) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'f' -> '\f';
            case 'a' -> '\u0007';
            case 'e' -> '\u001B';
            default -> {
                if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                    throw new Unknown();
                }
                yield c;
            }
        };
    }

    private static BitSet single(char c) {
        if (Character.isSurrogate(c)) {
            throw new Unknown();
        }
        BitSet set = new BitSet();
        set.set(c);
        return set;
    }
}
