package io.github.hanex.tokenize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into sentences by rule: a line break always ends a sentence (paragraphs are lines);
 * inside a line, {@code . ? ! 。 …} followed by closing quotes or brackets and then white space end one, unless
 * the full stop belongs to a number ({@code 4.2}), a single capital initial ({@code J. Kim}) or a common
 * abbreviation ({@code U.S.}, {@code Inc.}).
 */
public final class SentenceSplitter {

    /** A sentence span. */
    public record Span(int begin, int end) {
    }

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private static void splitLine(String text, int from, int to, List<Span> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (isTerminator(c)) {
                int end = i + 1;
                while (end < to && (isTerminator(text.charAt(end)) || isCloser(text.charAt(end)))) {
                    end++;
                }
                boolean boundary = end >= to || Character.isWhitespace(text.charAt(end));
                if (boundary && c == '.' && !endsSentence(text, start, i)) {
                    boundary = false;
                }
                if (boundary) {
                    emit(text, start, end, out);
                    start = skipSpace(text, end, to);
                    i = start;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        emit(text, start, to, out);
    }

    /** Whether the full stop at {@code dot} ends a sentence (rather than an initial or abbreviation). */
    private static boolean endsSentence(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return true;
        }
        char last = word.charAt(word.length() - 1);
        if (isHangul(last)) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(last)) {
            return false; // an initial: "J. Kim"
        }
        if (word.matches("(?:[A-Za-z]\\.)+[A-Za-z]") || ABBREVIATIONS.contains(word)) {
            return false; // "U.S", "Inc", "Dr"
        }
        return true;
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Inc", "Corp", "Co", "Ltd", "Mr",
        "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec");

    private static void emit(String text, int begin, int end, List<Span> out) {
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            out.add(new Span(begin, end));
        }
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '?' || c == '!' || c == '。' || c == '…' || c == '？' || c == '！';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '」' || c == '』'
            || c == '》' || c == '〉';
    }

    static boolean isHangul(char c) {
        return (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u3131' && c <= '\u318E');
    }
}
