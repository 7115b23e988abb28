package io.github.hanex.ner;

import java.util.List;
import java.util.Locale;

/** Precision, recall and F1 of predicted spans against gold spans of one type, strict (exact) or lenient (overlap). */
final class NerScores {

    /** A span with a type. */
    record Span(int doc, int begin, int end) {
        boolean overlaps(Span o) {
            return doc == o.doc && begin < o.end && o.begin < end;
        }
    }

    /** Counts for one type. */
    static final class Counts {
        int gold;
        int predicted;
        int strictHits;
        int lenientPredictedHits;
        int lenientGoldHits;

        void add(List<Span> goldSpans, List<Span> predictedSpans) {
            gold += goldSpans.size();
            predicted += predictedSpans.size();
            for (Span p : predictedSpans) {
                if (goldSpans.contains(p)) {
                    strictHits++;
                }
                if (goldSpans.stream().anyMatch(p::overlaps)) {
                    lenientPredictedHits++;
                }
            }
            for (Span g : goldSpans) {
                if (predictedSpans.stream().anyMatch(g::overlaps)) {
                    lenientGoldHits++;
                }
            }
        }

        double strictPrecision() {
            return ratio(strictHits, predicted);
        }

        double strictRecall() {
            return ratio(strictHits, gold);
        }

        double lenientPrecision() {
            return ratio(lenientPredictedHits, predicted);
        }

        double lenientRecall() {
            return ratio(lenientGoldHits, gold);
        }

        double strictF1() {
            return f1(strictPrecision(), strictRecall());
        }

        double lenientF1() {
            return f1(lenientPrecision(), lenientRecall());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                "gold %d, predicted %d; strict P %.3f R %.3f F1 %.3f; lenient P %.3f R %.3f F1 %.3f", gold,
                predicted, strictPrecision(), strictRecall(), strictF1(), lenientPrecision(), lenientRecall(),
                lenientF1());
        }
    }

    private NerScores() {
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
