package io.github.hanex.eval.score;

import io.github.hanex.eval.Span;
import io.github.hanex.eval.score.EvaluationResult.Words;
import java.util.Comparator;
import java.util.List;

/**
 * The words around a mention, read from its text: a word is a run of letters and digits (Hangul, Hanja, Latin),
 * so punctuation ends it. Particles are cut off the end of a word (longest first, at most two) so that
 * {@code 감독은} and {@code 감독이었다} both give {@code 감독}; the list is Korean grammar (case and auxiliary
 * particles, copula forms with 이), kept short where a syllable is often the end of a noun (다, 고, 인, 만 are
 * not cut). Words with digits are no context words (dates, amounts).
 */
public final class ContextWords {

    /** Particles and copula forms cut off the end of a word, longest first. */
    static final List<String> PARTICLES = List.of("이었다", "이라는", "이라고", "에서는", "에서도", "에게서", "으로서",
        "으로써", "으로는", "으로도", "이었던", "이지만", "에게", "에서", "께서", "한테", "으로", "로서", "로써", "까지",
        "부터", "마저", "조차", "보다", "처럼", "이든지", "이든", "든지", "이라도", "라도", "이야말로", "야말로", "밖에",
        "이나마", "이나", "이란", "이라", "라는", "라고", "이며", "이고", "이다", "였다",
        "에는", "에도", "에선", "로는", "로도", "과의", "와의", "하고", "이랑", "은", "는", "이", "가", "을", "를", "의",
        "에", "께", "와", "과", "도", "로", "랑", "며").stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private ContextWords() {
    }

    /** The words around {@code span} in {@code text}. */
    public static Words around(String text, Span span) {
        if (span.end() > text.length()) {
            return Words.NONE;
        }
        String before = null;
        if (span.begin() == 0 || !isWordChar(text.charAt(span.begin() - 1))) {
            int e = span.begin();
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            int b = e;
            while (b > 0 && isWordChar(text.charAt(b - 1))) {
                b--;
            }
            // only a word set off by white space, with no particle: a role or kind written before the name
            if (b < e && e < span.begin() && (b == 0 || Character.isWhitespace(text.charAt(b - 1)))) {
                String word = text.substring(b, e);
                before = stem(word).equals(word) && !hasDigit(word) ? word : null;
            }
        }
        int end = span.end();
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        if (end > span.end()) {
            // something is written together with the mention: a title or honorific (김민준씨는 → 씨), else
            // particles, and then the next word is no context of the mention (세호가 총을 → nothing)
            String glued = text.substring(span.end(), end);
            String rest = stem(glued);
            boolean context = !isParticlesOnly(glued) && !hasDigit(rest);
            return new Words(before, context ? rest : null, context);
        }
        int b = end;
        while (b < text.length() && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        int e = b;
        while (e < text.length() && isWordChar(text.charAt(e))) {
            e++;
        }
        String after = b < e && b > end ? stem(text.substring(b, e)) : null;
        return new Words(before, after == null || after.isEmpty() || hasDigit(after) ? null : after, false);
    }

    /** A word without up to two particles at its end (never empty when the word is not). */
    public static String stem(String word) {
        String w = word;
        for (int round = 0; round < 2; round++) {
            String cut = null;
            for (String p : PARTICLES) {
                if (w.length() > p.length() && w.endsWith(p)) {
                    cut = w.substring(0, w.length() - p.length());
                    break;
                }
            }
            if (cut == null) {
                break;
            }
            w = cut;
        }
        return w;
    }

    private static boolean isParticlesOnly(String s) {
        String rest = s;
        for (int round = 0; round < 3 && !rest.isEmpty(); round++) {
            boolean found = false;
            for (String p : PARTICLES) {
                if (rest.startsWith(p)) {
                    rest = rest.substring(p.length());
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return rest.isEmpty();
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
