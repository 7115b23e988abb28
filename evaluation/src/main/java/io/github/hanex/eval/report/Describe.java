package io.github.hanex.eval.report;

import io.github.hanex.eval.Mention;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.score.EvaluationResult.ErrorEntry;
import io.github.hanex.eval.score.EvaluationResult.ErrorKind;
import java.util.Locale;

/** Short texts shared by the reports. */
final class Describe {

    private Describe() {
    }

    /** Prints the first 20 warnings of an evaluation to the console, if there are any. */
    static void warnings(java.io.PrintWriter out, java.util.List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        out.printf("%n%d warning(s):%n", warnings.size());
        warnings.stream().limit(20).forEach(w -> out.println("  " + w));
        if (warnings.size() > 20) {
            out.println("  ...");
        }
    }

    static String kind(ErrorKind kind) {
        return switch (kind) {
            case FALSE_NEGATIVE -> "FN";
            case FALSE_POSITIVE -> "FP";
            case BOUNDARY -> "SPAN";
        };
    }

    static String kindLong(ErrorKind kind) {
        return switch (kind) {
            case FALSE_NEGATIVE -> "missed (false negative)";
            case FALSE_POSITIVE -> "spurious (false positive)";
            case BOUNDARY -> "wrong span (strict miss, lenient hit)";
        };
    }

    static String span(Mention m, ErrorEntry e) {
        Span s = m.span(e.anchor());
        if (s == null) {
            s = m.article() != null ? m.article() : m.source();
        }
        return s == null ? "?" : s.toString();
    }

    /** The attributes worth showing beside a mention (value, currency, event type ...). */
    static String attributes(Mention m) {
        StringBuilder sb = new StringBuilder();
        for (String a : new String[] {"value", "value_max", "currency", "qualifier", "event_type", "modality"}) {
            String v = m.attribute(a);
            if (!v.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(a).append('=').append(v);
            }
        }
        return sb.toString();
    }

    static String textKind(io.github.hanex.eval.score.EvaluationResult.TextKind kind) {
        return switch (kind) {
            case ARTICLE -> "article text";
            case SOURCE -> "shown in the original text";
            case PAGE -> "shown in the page's visible text";
            case MARKUP -> "inside the page's markup";
        };
    }

    /** A difference with its sign ({@code +0.012}, {@code -0.300}, {@code 0.000}). */
    static String signed(double v) {
        String s = String.format(Locale.ROOT, "%+.3f", v);
        return s.equals("+0.000") || s.equals("-0.000") ? "0.000" : s;
    }

    /** {@code a ×3, b, c ×2}. */
    static String counts(java.util.List<io.github.hanex.eval.score.EvaluationResult.Count> counts) {
        StringBuilder sb = new StringBuilder();
        for (var c : counts) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.text()).append(c.count() > 1 ? " ×" + c.count() : "");
        }
        return sb.toString();
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f", v * 100);
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
