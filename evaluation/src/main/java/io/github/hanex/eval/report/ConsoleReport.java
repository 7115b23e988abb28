package io.github.hanex.eval.report;

import io.github.hanex.eval.score.EvaluationResult;
import io.github.hanex.eval.score.EvaluationResult.AttributeScore;
import io.github.hanex.eval.score.EvaluationResult.Confusion;
import io.github.hanex.eval.score.EvaluationResult.ErrorEntry;
import io.github.hanex.eval.score.EvaluationResult.ErrorKind;
import io.github.hanex.eval.score.EvaluationResult.Interval;
import io.github.hanex.eval.score.EvaluationResult.RuleScore;
import io.github.hanex.eval.score.EvaluationResult.Scores;
import io.github.hanex.eval.score.MissedContexts;
import io.github.hanex.eval.score.Prf;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The evaluation as plain-text tables for the terminal, with the first errors. */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    /** Prints the tables, the 15 rules with the most false positives and at most {@code maxErrors} errors. */
    public static void print(EvaluationResult r, PrintWriter out, int maxErrors) {
        print(r, out, maxErrors, 15);
    }

    /** Prints the tables, at most {@code maxRules} rules and at most {@code maxErrors} errors. */
    public static void print(EvaluationResult r, PrintWriter out, int maxErrors, int maxRules) {
        out.printf("gold:        %s%npredictions: %s%ndocuments:   %d%n%n", r.gold(), r.predictions(),
            r.documents().size());
        String rule = "-".repeat(90);
        out.printf("%-18s %6s %6s | %-26s | %-26s%n", "", "", "", "strict (same span)", "lenient (overlap)");
        out.printf("%-18s %6s %6s | %6s %6s %6s %5s | %6s %6s %6s %5s%n", "type", "gold", "pred", "P", "R", "F1",
            "tp", "P", "R", "F1", "tp");
        out.println(rule);
        r.byType().forEach((t, s) -> row(out, t, s.scores()));
        out.println(rule);
        row(out, "micro", r.micro());
        out.printf("%-18s %6s %6s | %6s %6s %6s %5s | %6s %6s %6s %5s%n", "macro (" + r.macro().types().size()
            + " types)", "", "", n(r.macro().strict().precision()), n(r.macro().strict().recall()),
            n(r.macro().strict().f1()), "", n(r.macro().lenient().precision()), n(r.macro().lenient().recall()),
            n(r.macro().lenient().f1()), "");
        if (r.bootstrap() != null) {
            Map<String, Interval> ci = r.bootstrap().overall();
            out.printf("%n%s%% bootstrap intervals (%d resamples over documents, seed %d):%n",
                Describe.pct(r.bootstrap().confidence()).replace(".0", ""), r.bootstrap().resamples(),
                r.bootstrap().seed());
            for (String m : new String[] {"strict", "lenient"}) {
                out.printf("  %-8s micro P %s  R %s  F1 %s   macro F1 %s%n", m, ci(ci.get("micro." + m + ".precision")),
                    ci(ci.get("micro." + m + ".recall")), ci(ci.get("micro." + m + ".f1")),
                    ci(ci.get("macro." + m + ".f1")));
            }
        }
        if (!r.attributes().isEmpty()) {
            out.printf("%nattributes over matched pairs     strict            lenient%n");
            for (AttributeScore a : r.attributes()) {
                out.printf("  %-30s %-17s %s%n", a.type() + " " + a.attribute(),
                    acc(a.strictCorrect(), a.strictTotal()), acc(a.lenientCorrect(), a.lenientTotal()));
            }
        }
        confusion(out, r.confusion());
        rules(out, r, maxRules);
        missed(out, r);
        errors(out, r, maxErrors);
        if (!r.ignoredGoldTypes().isEmpty()) {
            out.printf("%nignored gold types (no mapping; see --map): %s%n", r.ignoredGoldTypes());
        }
        Describe.warnings(out, r.warnings());
        out.flush();
    }

    private static void row(PrintWriter out, String label, Scores s) {
        Prf a = s.strict();
        Prf b = s.lenient();
        out.printf("%-18s %6d %6d | %6s %6s %6s %5d | %6s %6s %6s %5d%n", label, b.gold(), b.predicted(),
            n(a.precision()), n(a.recall()), n(a.f1()), a.tp(), n(b.precision()), n(b.recall()), n(b.f1()), b.tp());
    }

    private static String n(double v) {
        return Describe.num(v);
    }

    private static String ci(Interval i) {
        return i == null ? "-" : "[" + n(i.low()) + ", " + n(i.high()) + "]";
    }

    private static String acc(int correct, int total) {
        return total == 0 ? "-" : correct + "/" + total + " (" + Describe.pct((double) correct / total) + "%)";
    }

    private static void confusion(PrintWriter out, Confusion c) {
        boolean offDiagonal = c.counts().entrySet().stream().anyMatch(e -> e.getValue().keySet().stream()
            .anyMatch(p -> !p.equals(e.getKey()) && !p.equals(Confusion.NONE) && !e.getKey().equals(Confusion.NONE)));
        out.printf("%nconfusion (rows gold, columns predicted; overlapping spans, one to one)%s%n",
            offDiagonal ? "" : ": no type confusions");
        if (!offDiagonal) {
            return;
        }
        int w = Math.max(8, c.labels().stream().mapToInt(String::length).max().orElse(8));
        out.printf("  %-" + w + "s", "");
        c.labels().forEach(l -> out.printf(" %" + w + "s", l));
        out.println();
        for (String g : c.labels()) {
            out.printf("  %-" + w + "s", g);
            for (String p : c.labels()) {
                int v = c.count(g, p);
                out.printf(" %" + w + "s", v == 0 ? "." : Integer.toString(v));
            }
            out.println();
        }
    }

    private static void errors(PrintWriter out, EvaluationResult r, int max) {
        Map<ErrorKind, Integer> counts = new EnumMap<>(ErrorKind.class);
        r.errors().forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        long outside = r.errors().stream().filter(e -> e.kind() == ErrorKind.FALSE_NEGATIVE && e.context() != null
            && e.context().outsideArticle()).count();
        out.printf("%nerrors: %d missed (FN%s), %d spurious (FP), %d wrong span (SPAN)%s%n",
            counts.getOrDefault(ErrorKind.FALSE_NEGATIVE, 0),
            outside == 0 ? "" : "; " + outside + " of them outside the article text",
            counts.getOrDefault(ErrorKind.FALSE_POSITIVE, 0), counts.getOrDefault(ErrorKind.BOUNDARY, 0),
            r.errors().isEmpty() || max <= 0 ? "" : (r.errors().size() > max ? "; the first " + max + ":" : ":"));
        int shown = 0;
        for (ErrorEntry e : r.errors()) {
            if (shown++ >= max) {
                break;
            }
            out.println("  " + line(e));
        }
        if (r.errors().size() > max && max > 0) {
            out.println("  ... (all of them in --json / --html)");
        }
    }

    /** The rules with the most false positives, then the rule files. */
    private static void rules(PrintWriter out, EvaluationResult r, int max) {
        if (r.rules().isEmpty() || max <= 0) {
            return;
        }
        long fpOnly = r.rules().stream().filter(RuleScore::onlyFalsePositives).count();
        List<RuleScore> hurting = r.rules().stream().filter(x -> x.strictFp() > 0).toList();
        out.printf("%nrules with false positives: %d of %d rules%s%s%n", hurting.size(), r.rules().size(),
            fpOnly == 0 ? "" : ", " + fpOnly + " with false positives only (*)",
            hurting.isEmpty() ? "" : hurting.size() > max ? "; the first " + max + " (all rules in --json / --html):"
                : ":");
        if (!hurting.isEmpty()) {
            out.println("  (s = strict, l = lenient; P per type; dF1: the type's lenient F1 change if the rule's"
                + " predictions were dropped)");
            ruleTable(out, hurting.stream().limit(max).toList(), true);
        }
        List<RuleScore> files = r.ruleFiles().stream().filter(x -> x.strictFp() > 0).toList();
        if (!files.isEmpty()) {
            out.printf("%nrule files with false positives (a built-in rule is its own file; annotate --rules-off"
                + " leaves out a bundled NER file):%n");
            ruleTable(out, files.stream().limit(max).toList(), false);
        }
    }

    private static void ruleTable(PrintWriter out, List<RuleScore> rows, boolean examples) {
        int w = Math.max(12, rows.stream().mapToInt(x -> x.rule().length() + (x.onlyFalsePositives() ? 1 : 0))
            .max().orElse(12));
        out.printf("  %-" + w + "s %-13s %5s | %5s %4s %6s | %5s %4s %6s | %7s%s%n", "rule", "type", "pred",
            "s.tp", "fp", "P", "l.tp", "fp", "P", "dF1", examples ? "  false positives" : "");
        for (RuleScore x : rows) {
            out.printf("  %-" + w + "s %-13s %5d | %5d %4d %6s | %5d %4d %6s | %7s%s%n", x.rule()
                + (x.onlyFalsePositives() ? "*" : ""), x.type(), x.predicted(), x.strictTp(), x.strictFp(),
                n(x.strictPrecision()), x.lenientTp(), x.lenientFp(), n(x.lenientPrecision()),
                Describe.signed(x.lenientDelta()), examples ? "  " + Describe.counts(x.falsePositives()) : "");
        }
    }

    private static void missed(PrintWriter out, EvaluationResult r) {
        List<MissedContexts.TypeContexts> missed = r.missedByContext();
        if (missed.isEmpty()) {
            return;
        }
        out.printf("%nmissed by context (FN: the word right after / before them, particles cut off; most frequent):%n");
        for (MissedContexts.TypeContexts t : missed) {
            boolean first = true;
            for (var e : t.byPosition().entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                String words = e.getValue().stream().limit(8).map(x -> x.word() + " " + x.count())
                    .collect(Collectors.joining(", "));
                out.printf("  %-13s %-7s %s%n", first ? t.type() + " " + t.missed() : "", e.getKey().label(), words);
                first = false;
            }
        }
    }

    static String line(ErrorEntry e) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-4s %-13s %s %s", Describe.kind(e.kind()), e.type(), e.docId(),
            Describe.span(e.subject(), e)));
        if (e.context() != null) {
            sb.append("  ").append(e.context().left()).append("[[").append(e.context().mention()).append("]]")
                .append(e.context().right());
            if (e.context().outsideArticle()) {
                sb.append("  (outside the article text; ").append(Describe.textKind(e.context().kind())).append(')');
            }
        } else {
            sb.append("  [[").append(e.subject().text()).append("]]");
        }
        if (e.kind() == ErrorKind.BOUNDARY) {
            sb.append("  predicted ").append(Describe.span(e.predicted(), e)).append(" '")
                .append(e.predicted().text()).append("'");
        }
        if (e.confusedWith() != null) {
            sb.append("  (as ").append(e.confusedWith()).append(')');
        }
        if (e.predicted() != null && !e.predicted().attribute("rule").isEmpty()) {
            sb.append("  rule ").append(e.predicted().attribute("rule"));
        }
        return sb.toString();
    }
}
