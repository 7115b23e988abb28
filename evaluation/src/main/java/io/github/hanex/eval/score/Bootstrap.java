package io.github.hanex.eval.score;

import io.github.hanex.eval.score.EvaluationResult.BootstrapIntervals;
import io.github.hanex.eval.score.EvaluationResult.Interval;
import io.github.hanex.eval.score.EvaluationResult.Scores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Bootstrap confidence intervals over documents: draw as many documents as there are, with replacement,
 * {@code resamples} times (seeded, so a run is repeatable), score each sample, and take the percentiles of the
 * scores. Keys: {@code micro.strict.precision} ... {@code macro.lenient.f1}; per type {@code strict.f1} ...
 */
final class Bootstrap {
    private static final String[] MATCHINGS = {"strict", "lenient"};
    private static final String[] MEASURES = {"precision", "recall", "f1"};

    private Bootstrap() {
    }

    static BootstrapIntervals intervals(List<Map<String, Scores>> perDocument, List<String> types,
        EvaluationOptions options) {
        int docs = perDocument.size();
        int n = options.resamples();
        if (n <= 0 || docs == 0) {
            return null;
        }
        int t = types.size();
        // counts[doc][type][matching][tp, fp, fn]
        int[][][][] counts = new int[docs][t][2][];
        for (int d = 0; d < docs; d++) {
            for (int k = 0; k < t; k++) {
                Scores s = perDocument.get(d).get(types.get(k));
                counts[d][k][0] = new int[] {s.strict().tp(), s.strict().fp(), s.strict().fn()};
                counts[d][k][1] = new int[] {s.lenient().tp(), s.lenient().fp(), s.lenient().fn()};
            }
        }
        Map<String, double[]> overall = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> byType = new LinkedHashMap<>();
        for (String m : MATCHINGS) {
            for (String x : MEASURES) {
                overall.put("micro." + m + "." + x, new double[n]);
                overall.put("macro." + m + "." + x, new double[n]);
            }
        }
        for (String type : types) {
            Map<String, double[]> values = new LinkedHashMap<>();
            for (String m : MATCHINGS) {
                for (String x : MEASURES) {
                    values.put(m + "." + x, new double[n]);
                }
            }
            byType.put(type, values);
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        int[][][] sum = new int[t][2][3];
        for (int r = 0; r < n; r++) {
            for (int[][] a : sum) {
                for (int[] b : a) {
                    Arrays.fill(b, 0);
                }
            }
            for (int i = 0; i < docs; i++) {
                int[][][] doc = counts[random.nextInt(docs)];
                for (int k = 0; k < t; k++) {
                    for (int m = 0; m < 2; m++) {
                        for (int c = 0; c < 3; c++) {
                            sum[k][m][c] += doc[k][m][c];
                        }
                    }
                }
            }
            for (int m = 0; m < 2; m++) {
                Prf micro = Prf.ZERO;
                List<Prf> present = new ArrayList<>();
                for (int k = 0; k < t; k++) {
                    Prf s = new Prf(sum[k][m][0], sum[k][m][1], sum[k][m][2]);
                    micro = micro.plus(s);
                    if (s.tp() + s.fp() + s.fn() > 0) {
                        present.add(s);
                    }
                    Map<String, double[]> values = byType.get(types.get(k));
                    values.get(MATCHINGS[m] + ".precision")[r] = s.precision();
                    values.get(MATCHINGS[m] + ".recall")[r] = s.recall();
                    values.get(MATCHINGS[m] + ".f1")[r] = s.f1();
                }
                Macro macro = Macro.of(present);
                overall.get("micro." + MATCHINGS[m] + ".precision")[r] = micro.precision();
                overall.get("micro." + MATCHINGS[m] + ".recall")[r] = micro.recall();
                overall.get("micro." + MATCHINGS[m] + ".f1")[r] = micro.f1();
                overall.get("macro." + MATCHINGS[m] + ".precision")[r] = macro.precision();
                overall.get("macro." + MATCHINGS[m] + ".recall")[r] = macro.recall();
                overall.get("macro." + MATCHINGS[m] + ".f1")[r] = macro.f1();
            }
        }
        double alpha = 1 - options.confidence();
        Map<String, Interval> overallIntervals = new LinkedHashMap<>();
        overall.forEach((k, v) -> overallIntervals.put(k, percentiles(v, alpha)));
        Map<String, Map<String, Interval>> typeIntervals = new LinkedHashMap<>();
        byType.forEach((type, values) -> {
            Map<String, Interval> m = new LinkedHashMap<>();
            values.forEach((k, v) -> m.put(k, percentiles(v, alpha)));
            typeIntervals.put(type, m);
        });
        return new BootstrapIntervals(n, options.seed(), options.confidence(), overallIntervals, typeIntervals);
    }

    /** The alpha/2 and 1 - alpha/2 percentiles (linear interpolation between order statistics). */
    static Interval percentiles(double[] values, double alpha) {
        double[] v = values.clone();
        Arrays.sort(v);
        return new Interval(quantile(v, alpha / 2), quantile(v, 1 - alpha / 2));
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
