package io.github.hanex.eval.score;

import java.util.Collection;

/** The unweighted mean of per-type precision, recall and F1 (macro F1 is the mean of the F1s). */
public record Macro(double precision, double recall, double f1) {

    public static Macro of(Collection<Prf> perType) {
        if (perType.isEmpty()) {
            return new Macro(0, 0, 0);
        }
        double p = 0;
        double r = 0;
        double f = 0;
        for (Prf s : perType) {
            p += s.precision();
            r += s.recall();
            f += s.f1();
        }
        int n = perType.size();
        return new Macro(p / n, r / n, f / n);
    }
}
