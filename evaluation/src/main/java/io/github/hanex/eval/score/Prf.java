package io.github.hanex.eval.score;

/**
 * True positives, false positives and false negatives, with precision, recall and F1. An undefined ratio
 * (nothing predicted, nothing in the gold) is 0, as in scikit-learn's default and conlleval.
 */
public record Prf(int tp, int fp, int fn) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public int gold() {
        return tp + fn;
    }

    public int predicted() {
        return tp + fp;
    }

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
