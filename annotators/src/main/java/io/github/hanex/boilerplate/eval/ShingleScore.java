package io.github.hanex.boilerplate.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Word 4-gram shingle matching of an extracted text against a reference text, computed as public
 * article-extraction benchmarks compute it: words are runs of Unicode letters, digits and underscores (case kept),
 * shingles are counted as a multiset (a text under four words is one shingle), and each page's true positives, false
 * positives and false negatives are divided by their sum so that long pages weigh no more than short ones. Over a
 * set, precision is the mean of the pages' precisions (pages with something predicted), recall the mean of their
 * recalls (pages with a reference), and F1 the harmonic mean of the two.
 */
public final class ShingleScore {

    static final int N = 4;

    private ShingleScore() {
    }

    /** One page's normalized counts. */
    public record Page(double tp, double fp, double fn) {

        /** Precision of the page, as the benchmark defines it (1 when nothing is wrong). */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Compares one page's extracted text with its reference. */
    public static Page page(String predicted, String reference) {
        Map<String, Integer> pred = shingles(predicted);
        Map<String, Integer> ref = shingles(reference);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : pred.entrySet()) {
            int p = e.getValue();
            int r = ref.getOrDefault(e.getKey(), 0);
            tp += Math.min(p, r);
            fp += Math.max(0, p - r);
        }
        for (Map.Entry<String, Integer> e : ref.entrySet()) {
            fn += Math.max(0, e.getValue() - pred.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Page(tp / sum, fp / sum, fn / sum) : new Page(0, 0, 0);
    }

    /** The shingles of a text (words joined by U+0000) with their counts. */
    static Map<String, Integer> shingles(String text) {
        String[] words = words(text);
        Map<String, Integer> out = new HashMap<>();
        int count = Math.max(1, words.length - N + 1);
        for (int i = 0; i < count && i < words.length; i++) {
            StringBuilder key = new StringBuilder();
            for (int k = i; k < Math.min(words.length, i + N); k++) {
                if (k > i) {
                    key.append('\u0000');
                }
                key.append(words[k]);
            }
            out.merge(key.toString(), 1, Integer::sum);
        }
        return out;
    }

    /** Runs of word characters: letters, numbers (of every kind) and underscores. */
    static String[] words(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            boolean word = i < text.length() && isWordChar(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += i < text.length() ? Character.charCount(c) : 1;
        }
        return words.toArray(new String[0]);
    }

    private static boolean isWordChar(int c) {
        if (c == '_' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
            || type == Character.OTHER_NUMBER;
    }

    /** Scores over a set of pages. */
    public static final class Summary {
        private double precisionSum;
        private int precisionPages;
        private double recallSum;
        private int recallPages;
        private int pages;

        public void add(Page page) {
            pages++;
            if (page.tp() + page.fp() > 0) {
                precisionSum += page.precision();
                precisionPages++;
            }
            if (page.tp() + page.fn() > 0) {
                recallSum += page.recall();
                recallPages++;
            }
        }

        public int pages() {
            return pages;
        }

        public double precision() {
            return precisionPages == 0 ? 0 : precisionSum / precisionPages;
        }

        public double recall() {
            return recallPages == 0 ? 0 : recallSum / recallPages;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
