package io.github.hanex.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word 4-gram shingle F1 between an extracted text and the expected article text, as article-extraction
 * benchmarks score it: lower-cased word tokens, shingles counted as a multiset, F1 of their overlap. A text of
 * fewer than four words is one shingle.
 */
final class ShingleF1 {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private ShingleF1() {
    }

    static double f1(String predicted, String expected) {
        Map<List<String>, Integer> p = shingles(predicted);
        Map<List<String>, Integer> e = shingles(expected);
        int pn = total(p);
        int en = total(e);
        if (pn == 0 || en == 0) {
            return pn == en ? 1 : 0;
        }
        int common = 0;
        for (Map.Entry<List<String>, Integer> s : p.entrySet()) {
            common += Math.min(s.getValue(), e.getOrDefault(s.getKey(), 0));
        }
        double precision = (double) common / pn;
        double recall = (double) common / en;
        return common == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        if (words.isEmpty()) {
            return out;
        }
        if (words.size() < N) {
            out.put(List.copyOf(words), 1);
            return out;
        }
        for (int i = 0; i + N <= words.size(); i++) {
            out.merge(List.copyOf(words.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }

    private static int total(Map<List<String>, Integer> shingles) {
        int n = 0;
        for (int c : shingles.values()) {
            n += c;
        }
        return n;
    }
}
