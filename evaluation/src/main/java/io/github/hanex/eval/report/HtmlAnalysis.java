package io.github.hanex.eval.report;

import static io.github.hanex.eval.report.HtmlReport.esc;

import io.github.hanex.eval.Mention;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.score.EvaluationResult;
import io.github.hanex.eval.score.EvaluationResult.Context;
import io.github.hanex.eval.score.EvaluationResult.ErrorEntry;
import io.github.hanex.eval.score.EvaluationResult.ErrorKind;
import io.github.hanex.eval.score.EvaluationResult.RuleScore;
import io.github.hanex.eval.score.MissedContexts;
import java.util.List;
import java.util.TreeSet;

/**
 * The analysis sections of the HTML report: the rule table, the missed mentions by context, and the error lists
 * with gold and prediction side by side. Each error row carries {@code data-} attributes (document ids, kind,
 * type, gold and predicted offsets) for other pages and scripts to find it.
 */
final class HtmlAnalysis {

    private HtmlAnalysis() {
    }

    static void rules(StringBuilder h, EvaluationResult r) {
        h.append("<h2 id=\"rules\">Rules</h2>");
        if (r.rules().isEmpty()) {
            h.append("<p class=\"muted\">No predictions.</p>\n");
            return;
        }
        h.append("<p class=\"muted\">Every prediction counted under the rule that produced it (the <code>rule</code>")
            .append(" column: <code>file:line</code> below <code>rules/</code>, or a built-in rule), with the same")
            .append(" strict and lenient matching as the scores. False negatives cannot be charged to a rule (see")
            .append(" <a href=\"#missed-context\">missed by context</a>). Most false positives first.")
            .append(" <b>ΔF1</b>: how the type's F1 would change if the rule's predictions were dropped (an")
            .append(" estimate: another rule might take over); positive means the rule costs more than it brings.")
            .append(" <span class=\"fponly\">Highlighted</span>: only false positives.</p>\n");
        h.append("<h3>By rule file</h3>");
        ruleTable(h, r.ruleFiles(), false);
        h.append("<h3>By rule</h3>");
        ruleTable(h, r.rules(), true);
    }

    private static void ruleTable(StringBuilder h, List<RuleScore> rows, boolean examples) {
        h.append("<div class=\"scroll\"><table class=\"rules\"><tr><th rowspan=2>")
            .append(examples ? "rule" : "file").append("</th><th rowspan=2>type</th><th rowspan=2>predicted</th>")
            .append("<th colspan=4>strict (same span)</th><th colspan=4>lenient (overlap)</th>")
            .append("<th rowspan=2>wrong type</th>");
        if (examples) {
            h.append("<th rowspan=2>false positives (lenient)</th>");
        }
        h.append("</tr><tr>");
        for (int i = 0; i < 2; i++) {
            h.append("<th>tp</th><th>fp</th><th>P</th><th>ΔF1</th>");
        }
        h.append("</tr>\n");
        for (RuleScore x : rows) {
            h.append("<tr").append(x.onlyFalsePositives() ? " class=\"fponly\"" : "").append(" data-rule=\"")
                .append(esc(x.rule())).append("\" data-type=\"").append(esc(x.type())).append("\"><td><code>")
                .append(esc(x.rule())).append("</code></td><td>").append(esc(x.type())).append("</td>")
                .append(HtmlReport.cell(x.predicted())).append(HtmlReport.cell(x.strictTp()))
                .append(HtmlReport.cell(x.strictFp())).append(HtmlReport.cell(x.strictPrecision()))
                .append(delta(x.strictDelta())).append(HtmlReport.cell(x.lenientTp()))
                .append(HtmlReport.cell(x.lenientFp())).append(HtmlReport.cell(x.lenientPrecision()))
                .append(delta(x.lenientDelta())).append(HtmlReport.cell(x.wrongType()));
            if (examples) {
                h.append("<td>").append(esc(Describe.counts(x.falsePositives()))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table></div>\n");
    }

    private static String delta(double d) {
        String cls = d > 0.0005 ? "n hurts" : "n";
        return "<td class=\"" + cls + "\">" + Describe.signed(d) + "</td>";
    }

    static void missed(StringBuilder h, EvaluationResult r) {
        List<MissedContexts.TypeContexts> missed = r.missedByContext();
        if (missed.isEmpty()) {
            return;
        }
        h.append("<h2 id=\"missed-context\">Missed by context</h2><p class=\"muted\">False negatives counted by")
            .append(" the word right after them (the rest of their own word when that is more than particles:")
            .append(" <i>attached</i>), the word right before them, and for organizations the ending they share;")
            .append(" particles are cut off. A title, role or suffix that recurs here and is missing from")
            .append(" <code>rules/ner/</code> is a candidate for a list (<code>--suggest</code> writes the lines).</p>\n");
        for (MissedContexts.TypeContexts t : missed) {
            h.append("<h3>").append(esc(t.type())).append(": ").append(t.missed()).append(" missed</h3>")
                .append("<div class=\"cols\">");
            t.byPosition().forEach((position, entries) -> {
                if (entries.isEmpty()) {
                    return;
                }
                h.append("<table><tr><th>").append(position.label()).append("</th><th>missed</th>");
                if (position == MissedContexts.Position.AFTER) {
                    h.append("<th>attached</th>");
                }
                h.append("<th>names</th></tr>\n");
                for (MissedContexts.Entry x : entries) {
                    h.append("<tr><td>").append(esc(x.word())).append("</td>").append(HtmlReport.cell(x.count()));
                    if (position == MissedContexts.Position.AFTER) {
                        h.append(HtmlReport.cell(x.attached()));
                    }
                    h.append("<td>").append(esc(String.join(", ", x.names()))).append("</td></tr>\n");
                }
                h.append("</table>");
            });
            h.append("</div>\n");
        }
    }

    static void errors(StringBuilder h, EvaluationResult r, DocumentLinks links) {
        h.append("<p class=\"muted legend\">In the contexts: <mark class=\"g\">gold</mark> <mark class=\"p\">")
            .append("predicted</mark> <mark class=\"gp\">both</mark>. Contexts are article text; a mention the")
            .append(" article text does not contain is shown in the original page's visible text and marked.</p>\n");
        int n = 0;
        for (ErrorKind kind : ErrorKind.values()) {
            var list = r.errors().stream().filter(e -> e.kind() == kind).toList();
            h.append("<h2 id=\"errors-").append(Describe.kind(kind)).append("\">")
                .append(esc(Describe.kindLong(kind))).append(": ").append(list.size()).append("</h2>");
            if (list.isEmpty()) {
                continue;
            }
            h.append("<div class=\"scroll\"><table class=\"errors\"><tr><th>document</th><th>type</th><th>gold</th>")
                .append("<th>predicted</th><th>context</th><th>note</th></tr>\n");
            for (ErrorEntry e : list) {
                row(h, e, ++n, links);
            }
            h.append("</table></div>\n");
        }
    }

    private static void row(StringBuilder h, ErrorEntry e, int n, DocumentLinks links) {
        String kind = Describe.kind(e.kind());
        h.append("<tr class=\"").append(kind).append("\" id=\"error-").append(n).append('"');
        attr(h, "data-doc-id", e.docId());
        attr(h, "data-pred-doc-id", e.predDocId());
        attr(h, "data-kind", kind);
        attr(h, "data-type", e.type());
        attr(h, "data-offsets", e.anchor().label());
        if (e.gold() != null) {
            spanAttrs(h, "data-gold-begin", "data-gold-end", e.goldInArticle());
            spanAttrs(h, "data-gold-source-begin", "data-gold-source-end", e.gold().source());
        }
        if (e.predicted() != null) {
            spanAttrs(h, "data-pred-begin", "data-pred-end", e.predicted().article());
            spanAttrs(h, "data-pred-source-begin", "data-pred-source-end", e.predicted().source());
        }
        h.append("><td>");
        Span at = e.goldInArticle() != null ? e.goldInArticle() : e.predicted() != null ? e.predicted().article() : null;
        String href = links.href(e.predDocId(), at);
        if (href != null) {
            h.append("<a href=\"").append(esc(href)).append("\">").append(esc(e.docId())).append("</a>");
        } else {
            h.append(esc(e.docId()));
        }
        h.append("</td><td>").append(esc(e.type())).append("</td><td>");
        mentionCell(h, e.gold(), e.goldInArticle(), false);
        h.append("</td><td>");
        mentionCell(h, e.predicted(), e.predicted() == null ? null : e.predicted().article(), true);
        h.append("</td><td class=\"ctx\">");
        if (e.context() != null) {
            context(h, e.context());
        } else {
            h.append("<span class=\"muted\">(no text)</span>");
        }
        h.append("</td><td>").append(esc(note(e))).append("</td></tr>\n");
    }

    private static void attr(StringBuilder h, String name, String value) {
        if (value != null) {
            h.append(' ').append(name).append("=\"").append(esc(value)).append('"');
        }
    }

    private static void spanAttrs(StringBuilder h, String begin, String end, Span s) {
        if (s != null) {
            h.append(' ').append(begin).append("=\"").append(s.begin()).append("\" ").append(end).append("=\"")
                .append(s.end()).append('"');
        }
    }

    /** A mention: its text, offsets (article and source), attributes and, for a prediction, its rule. */
    private static void mentionCell(StringBuilder h, Mention m, Span article, boolean predicted) {
        if (m == null) {
            h.append("<span class=\"muted\">—</span>");
            return;
        }
        h.append("<span class=\"mtext\">").append(esc(m.text())).append("</span><br><span class=\"off\">");
        if (article != null) {
            h.append("article ").append(article.begin()).append('–').append(article.end());
        }
        if (m.source() != null && (article == null || !m.source().equals(article))) {
            h.append(article != null ? " · " : "").append("source ").append(m.source().begin()).append('–')
                .append(m.source().end());
        }
        h.append("</span>");
        String attrs = Describe.attributes(m);
        if (!m.attribute("canonical").isEmpty() && !m.attribute("canonical").equals(m.text())) {
            attrs = "canonical=" + m.attribute("canonical") + (attrs.isEmpty() ? "" : " " + attrs);
        }
        if (!attrs.isEmpty()) {
            h.append("<br><span class=\"attrs\">").append(esc(attrs)).append("</span>");
        }
        if (predicted && !m.attribute("rule").isEmpty()) {
            h.append("<br><code class=\"rule\">").append(esc(m.attribute("rule"))).append("</code>");
        }
    }

    /** The window with the gold and predicted spans marked (both where they overlap). */
    static void context(StringBuilder h, Context c) {
        String w = c.window();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, w.length()));
        for (Span s : new Span[] {c.gold(), c.predicted()}) {
            if (s != null) {
                cuts.add(s.begin());
                cuts.add(s.end());
            }
        }
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            boolean g = in(c.gold(), from, to);
            boolean p = in(c.predicted(), from, to);
            String text = esc(w.substring(from, to));
            if (g || p) {
                h.append("<mark class=\"").append(g && p ? "gp" : g ? "g" : "p").append("\">").append(text)
                    .append("</mark>");
            } else {
                h.append(text);
            }
            from = to;
        }
        if (c.outsideArticle()) {
            h.append("<br><span class=\"where\">").append(esc("outside the article text; "
                + Describe.textKind(c.kind()))).append("</span>");
        }
    }

    private static boolean in(Span s, int from, int to) {
        return s != null && s.begin() <= from && to <= s.end() && from < to;
    }

    private static String note(ErrorEntry e) {
        StringBuilder sb = new StringBuilder();
        if (e.confusedWith() != null) {
            sb.append(e.kind() == ErrorKind.FALSE_POSITIVE ? "gold has " : "predicted as ").append(e.confusedWith());
        }
        if (e.kind() == ErrorKind.FALSE_NEGATIVE && e.words().after() != null) {
            sb.append(sb.length() > 0 ? "; " : "").append(e.words().attached() ? "attached: " : "next word: ")
                .append(e.words().after());
        }
        return sb.toString();
    }
}
