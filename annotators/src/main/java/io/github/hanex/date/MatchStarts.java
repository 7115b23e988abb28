package io.github.hanex.date;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of a regular expression can begin with, read from the expression's source, so that a
 * search tries only the positions of a text where a match can start ({@link #find}). Most date rules begin with
 * a digit or a word such as {@code 지난}, and those are a small share of a text's characters.
 *
 * <p>Knows the constructs of Java regular expressions that date rules use: literal characters, escaped
 * punctuation, {@code \d \s \w}, character classes with ranges, groups (plain, non-capturing, named, atomic),
 * look-ahead and look-behind, anchors, alternatives and quantifiers. Anything else (flags, {@code .}, negated
 * classes, back-references, Unicode properties, ...) gives no start set, and every position is tried.
 */
final class MatchStarts {

    private final String regex;
    private int at;

    /** First characters and whether the expression can match the empty string. */
    private record Starts(BitSet chars, boolean empty) {
    }

    /** Thrown for a construct this reader does not know. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    private MatchStarts(String regex) {
        this.regex = regex;
    }

    /** The characters every match of {@code pattern} begins with, or null when they are not known. */
    static BitSet of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return null;
        }
        MatchStarts reader = new MatchStarts(pattern.pattern());
        try {
            Starts starts = reader.alternatives();
            if (reader.at != reader.regex.length() || starts.empty()) {
                return null; // an empty match can start anywhere
            }
            return starts.chars();
        } catch (Unknown | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * The next match of {@code matcher}'s pattern in {@code text} at or after {@code from}, as
     * {@link Matcher#find(int)} finds it, trying only positions whose character is in {@code starts}; false when
     * there is none. The matcher is left on the match.
     */
    static boolean find(Matcher matcher, BitSet starts, String text, int from) {
        // Transparent, non-anchoring bounds: look-behind and anchors see the whole text, as find() does.
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = from; p < text.length(); p++) {
            if (starts.get(text.charAt(p))) {
                matcher.region(p, text.length());
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean atEnd() {
        return at >= regex.length();
    }

    private char peek() {
        return regex.charAt(at);
    }

    private Starts alternatives() {
        Starts result = sequence();
        while (!atEnd() && peek() == '|') {
            at++;
            Starts next = sequence();
            BitSet chars = (BitSet) result.chars().clone();
            chars.or(next.chars());
            result = new Starts(chars, result.empty() || next.empty());
        }
        return result;
    }

    private Starts sequence() {
        BitSet chars = new BitSet();
        boolean empty = true;
        while (!atEnd() && peek() != '|' && peek() != ')') {
            Starts item = quantified();
            if (empty) {
                chars.or(item.chars());
            }
            empty &= item.empty();
        }
        return new Starts(chars, empty);
    }

    private Starts quantified() {
        Starts atom = atom();
        if (atEnd()) {
            return atom;
        }
        boolean optional;
        char c = peek();
        if (c == '?' || c == '*') {
            at++;
            optional = true;
        } else if (c == '+') {
            at++;
            optional = false;
        } else if (c == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0 || !regex.substring(at + 1, close).matches("\\d+(,\\d*)?")) {
                throw new Unknown();
            }
            optional = Integer.parseInt(regex.substring(at + 1, close).split(",")[0]) == 0;
            at = close + 1;
        } else {
            return atom;
        }
        if (!atEnd() && (peek() == '?' || peek() == '+')) {
            at++; // reluctant or possessive: the same first characters
        }
        if (!atEnd() && (peek() == '?' || peek() == '*' || peek() == '+' || peek() == '{')) {
            throw new Unknown();
        }
        return new Starts(atom.chars(), atom.empty() || optional);
    }

    private Starts atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                return new Starts(charClass(), false);
            }
            case '^', '$' -> {
                return new Starts(new BitSet(), true);
            }
            case '\\' -> {
                return escape();
            }
            case '.', ')', '|', '?', '*', '+', '{' -> throw new Unknown();
            default -> {
                return literal(c);
            }
        }
    }

    private Starts group() {
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
        Starts inner = alternatives();
        if (atEnd() || regex.charAt(at++) != ')') {
            throw new Unknown();
        }
        // Look-around consumes nothing: what follows it gives the first character.
        return lookAround ? new Starts(new BitSet(), true) : inner;
    }

    private Starts escape() {
        char c = regex.charAt(at++);
        BitSet set = classEscape(c);
        if (set != null) {
            return new Starts(set, false);
        }
        if (c == 'b' || c == 'B' || c == 'A' || c == 'G' || c == 'Z' || c == 'z') {
            return new Starts(new BitSet(), true);
        }
        return literal(escapedLiteral(c));
    }

    /** {@code \d}, {@code \s}, {@code \w} as sets; null for other escapes. */
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

    private static Starts literal(char c) {
        if (Character.isSurrogate(c)) {
            throw new Unknown();
        }
        BitSet set = new BitSet();
        set.set(c);
        return new Starts(set, false);
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
