package io.github.hanex.eval.score;

import io.github.hanex.eval.Mention;
import io.github.hanex.eval.score.EvaluationResult.Count;
import io.github.hanex.eval.score.EvaluationResult.RuleScore;
import io.github.hanex.eval.score.EvaluationResult.Scores;
import io.github.hanex.eval.score.EvaluationResult.TypeScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, per rule id and type, how the predictions of each rule were scored, from the same one-to-one matchings
 * as the type scores; and sums them per rule file. The rows are ordered so that the rules that hurt most come
 * first (see {@link #HURT_FIRST}).
 */
final class RuleTally {

    /**
     * Orders rule rows: the most lenient false positives first (predictions with nothing there), then the most
     * strict ones (wrong spans), then the lowest precision, then by type and id.
     */
    static final Comparator<RuleScore> HURT_FIRST = Comparator.comparingInt(RuleScore::lenientFp).reversed()
        .thenComparing(Comparator.comparingInt(RuleScore::strictFp).reversed())
        .thenComparingDouble(RuleScore::lenientPrecision)
        .thenComparingDouble(RuleScore::strictPrecision)
        .thenComparing(RuleScore::type)
        .thenComparing(RuleTally::ruleKey);

    private static final class Counts {
        int predicted;
        int strictTp;
        int lenientTp;
        int wrongType;
        final Map<String, Integer> falsePositives = new LinkedHashMap<>();

        void add(Counts o) {
            predicted += o.predicted;
            strictTp += o.strictTp;
            lenientTp += o.lenientTp;
            wrongType += o.wrongType;
            o.falsePositives.forEach((k, v) -> falsePositives.merge(k, v, Integer::sum));
        }
    }

    private final Map<String, Counts> byRule = new LinkedHashMap<>();

    /** Adds one document's matching. */
    void add(DocumentMatch match) {
        int[] strictInv = match.inverse(match.strict);
        int[] lenientInv = match.inverse(match.lenient);
        int[] crossInv = match.inverse(match.crossLabel);
        for (int j = 0; j < match.predicted.size(); j++) {
            Mention p = match.predicted.get(j);
            Counts c = byRule.computeIfAbsent(key(rule(p), p.type()), k -> new Counts());
            c.predicted++;
            if (strictInv[j] >= 0) {
                c.strictTp++;
            }
            if (lenientInv[j] >= 0) {
                c.lenientTp++;
            } else {
                if (crossInv[j] >= 0) {
                    c.wrongType++;
                }
                c.falsePositives.merge(p.text().isEmpty() ? "?" : p.text(), 1, Integer::sum);
            }
        }
    }

    /** One row per rule id and type, the rules that hurt most first. */
    List<RuleScore> rules(Map<String, TypeScore> types) {
        return rows(byRule, types);
    }

    /** One row per rule file (a built-in rule is its own file) and type, in the same order. */
    List<RuleScore> files(Map<String, TypeScore> types) {
        Map<String, Counts> byFile = new LinkedHashMap<>();
        byRule.forEach((k, c) -> {
            String[] ruleType = split(k);
            byFile.computeIfAbsent(key(RuleScore.fileOf(ruleType[0]), ruleType[1]), x -> new Counts()).add(c);
        });
        return rows(byFile, types);
    }

    private static List<RuleScore> rows(Map<String, Counts> counts, Map<String, TypeScore> types) {
        List<RuleScore> rows = new ArrayList<>();
        counts.forEach((k, c) -> {
            String[] ruleType = split(k);
            Scores s = types.containsKey(ruleType[1]) ? types.get(ruleType[1]).scores() : Scores.ZERO;
            List<Count> examples = c.falsePositives.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(RuleScore.EXAMPLES).map(e -> new Count(e.getKey(), e.getValue())).toList();
            rows.add(new RuleScore(ruleType[0], ruleType[1], c.predicted, c.strictTp, c.lenientTp, c.wrongType,
                examples, s.strict().f1(), without(s.strict(), c.strictTp, c.predicted - c.strictTp),
                s.lenient().f1(), without(s.lenient(), c.lenientTp, c.predicted - c.lenientTp)));
        });
        rows.sort(HURT_FIRST);
        return List.copyOf(rows);
    }

    /** F1 if a rule's predictions were dropped: its tps become fns, its fps vanish. */
    private static double without(Prf p, int tp, int fp) {
        return new Prf(p.tp() - tp, p.fp() - fp, p.fn() + tp).f1();
    }

    private static String rule(Mention p) {
        String r = p.attribute("rule").trim();
        return r.isEmpty() ? RuleScore.NO_RULE : r;
    }

    private static String key(String rule, String type) {
        return rule + "\t" + type;
    }

    private static String[] split(String key) {
        int tab = key.lastIndexOf('\t');
        return new String[] {key.substring(0, tab), key.substring(tab + 1)};
    }

    /** Rule ids in natural order: by file, then line number as a number. */
    private static String ruleKey(RuleScore r) {
        String file = r.file();
        String line = file.equals(r.rule()) ? "" : r.rule().substring(file.length() + 1);
        return file + "\u0000" + "0".repeat(Math.max(0, 9 - line.length())) + line;
    }
}
