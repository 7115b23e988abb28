package io.github.hanex.eval.report;

import io.github.hanex.eval.score.EvaluationResult;
import io.github.hanex.eval.score.EvaluationResult.AttributeScore;
import io.github.hanex.eval.score.EvaluationResult.Confusion;
import io.github.hanex.eval.score.EvaluationResult.DocumentScore;
import io.github.hanex.eval.score.EvaluationResult.Interval;
import io.github.hanex.eval.score.EvaluationResult.Scores;
import io.github.hanex.eval.score.Macro;
import io.github.hanex.eval.score.Prf;
import java.util.Map;

/** The evaluation as one self-contained HTML page (inline CSS, no scripts, no external assets). */
public final class HtmlReport {

    private static final String CSS = """
        body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif;
          margin:2em;color:#222;max-width:100%}
        h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1em}
        table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.25em .6em;vertical-align:top}
        th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        tr.total td{font-weight:bold;background:#fafafa}
        .scroll{overflow:auto;max-width:100%;max-height:80vh;margin:.5em 0}.scroll table{margin:0}
        table.confusion th,table.confusion td{white-space:nowrap}
        table.errors td.ctx{min-width:24em;max-width:48em}
        mark{background:#ffe08a}mark.g{background:#ffd0d0;box-shadow:inset 0 -2px #c00}
        mark.p{background:#cfe0ff;box-shadow:inset 0 -2px #0050c0}mark.gp{background:#e2c8ff;box-shadow:inset 0 -2px #60c}
        .ctx{font-family:ui-monospace,"D2Coding","Nanum Gothic Coding",monospace;white-space:pre-wrap;word-break:break-word}
        .muted{color:#777}.off,.attrs,.where{font-size:.85em;color:#666}.where{font-style:italic}
        .mtext{font-weight:600}code.rule{font-size:.85em}
        tr.fponly td,span.fponly{background:#fff0f0}td.hurts{color:#b00000;font-weight:600}
        .cols{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}
        """;

    private HtmlReport() {
    }

    public static String render(EvaluationResult r) {
        return render(r, "", DocumentLinks.NONE);
    }

    /** The report with an extra section (already HTML, its text escaped) at the end of the page. */
    public static String render(EvaluationResult r, String extraSection) {
        return render(r, extraSection, DocumentLinks.NONE);
    }

    /**
     * The report with an extra section (already HTML, its text escaped) at the end of the page, and the documents of
     * the errors linked as {@code links} says (e.g. to the pages of a document viewer).
     */
    public static String render(EvaluationResult r, String extraSection, DocumentLinks links) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>hanex evaluation</title>")
            .append("<style>").append(CSS).append("</style></head><body>\n");
        h.append("<h1>hanex evaluation</h1><p>gold: <code>").append(esc(r.gold()))
            .append("</code><br>predictions: <code>").append(esc(r.predictions())).append("</code><br>documents: ")
            .append(r.documents().size()).append("</p>\n");
        h.append("<p class=\"toc\"><a href=\"#scores\">scores</a> · <a href=\"#rules\">rules</a> · ")
            .append("<a href=\"#missed-context\">missed by context</a> · <a href=\"#errors-FN\">missed</a> · ")
            .append("<a href=\"#errors-FP\">spurious</a> · <a href=\"#errors-SPAN\">wrong span</a> · ")
            .append("<a href=\"#documents\">documents</a></p>\n");

        h.append("<h2 id=\"scores\">Scores</h2><table><tr><th rowspan=2>type</th><th rowspan=2>gold</th>")
            .append("<th rowspan=2>predicted")
            .append("</th><th colspan=6>strict (same span)</th><th colspan=6>lenient (overlap)</th></tr><tr>");
        for (int i = 0; i < 2; i++) {
            h.append("<th>P</th><th>R</th><th>F1</th><th>tp</th><th>fp</th><th>fn</th>");
        }
        h.append("</tr>\n");
        r.byType().forEach((t, s) -> scoreRow(h, t, s.scores(), ""));
        scoreRow(h, "micro", r.micro(), " class=\"total\"");
        h.append("<tr class=\"total\"><td>macro (").append(r.macro().types().size()).append(" types)</td><td></td>")
            .append("<td></td>");
        macroCells(h, r.macro().strict());
        macroCells(h, r.macro().lenient());
        h.append("</tr></table>\n");

        if (r.bootstrap() != null) {
            h.append("<h2>Bootstrap intervals</h2><p class=\"muted\">").append(Describe.pct(r.bootstrap().confidence()))
                .append("% percentile intervals, ").append(r.bootstrap().resamples())
                .append(" resamples of the documents, seed ").append(r.bootstrap().seed()).append(".</p>")
                .append("<table><tr><th></th><th>P</th><th>R</th><th>F1</th></tr>\n");
            Map<String, Interval> o = r.bootstrap().overall();
            for (String avg : new String[] {"micro", "macro"}) {
                for (String m : new String[] {"strict", "lenient"}) {
                    String k = avg + "." + m + ".";
                    h.append("<tr><td>").append(avg).append(' ').append(m).append("</td>");
                    intervalCell(h, o.get(k + "precision"));
                    intervalCell(h, o.get(k + "recall"));
                    intervalCell(h, o.get(k + "f1"));
                    h.append("</tr>\n");
                }
            }
            r.bootstrap().byType().forEach((t, m) -> {
                for (String x : new String[] {"strict", "lenient"}) {
                    h.append("<tr><td>").append(esc(t)).append(' ').append(x).append("</td>");
                    intervalCell(h, m.get(x + ".precision"));
                    intervalCell(h, m.get(x + ".recall"));
                    intervalCell(h, m.get(x + ".f1"));
                    h.append("</tr>\n");
                }
            });
            h.append("</table>\n");
        }

        if (!r.attributes().isEmpty()) {
            h.append("<h2>Attributes over matched pairs</h2><table><tr><th>type</th><th>attribute</th>")
                .append("<th>strict pairs</th><th>lenient pairs</th></tr>\n");
            for (AttributeScore a : r.attributes()) {
                h.append("<tr><td>").append(esc(a.type())).append("</td><td>").append(esc(a.attribute()))
                    .append("</td><td class=\"n\">").append(acc(a.strictCorrect(), a.strictTotal()))
                    .append("</td><td class=\"n\">").append(acc(a.lenientCorrect(), a.lenientTotal()))
                    .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        Confusion c = r.confusion();
        h.append("<h2>Confusion</h2><p class=\"muted\">Rows: gold label; columns: predicted label; spans that ")
            .append("overlap, matched one to one (same label first).</p><div class=\"scroll\">")
            .append("<table class=\"confusion\"><tr><th></th>");
        c.labels().forEach(l -> h.append("<th>").append(esc(l)).append("</th>"));
        h.append("</tr>\n");
        for (String g : c.labels()) {
            h.append("<tr><th>").append(esc(g)).append("</th>");
            for (String p : c.labels()) {
                int v = c.count(g, p);
                h.append("<td class=\"n\">").append(v == 0 ? "" : Integer.toString(v)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table></div>\n");

        HtmlAnalysis.rules(h, r);
        HtmlAnalysis.missed(h, r);
        HtmlAnalysis.errors(h, r, links);

        h.append("<h2 id=\"documents\">Documents</h2><div class=\"scroll\"><table><tr><th>document</th><th>gold</th>")
            .append("<th>predicted</th>")
            .append("<th>strict P</th><th>strict R</th><th>strict F1</th><th>lenient P</th><th>lenient R</th>")
            .append("<th>lenient F1</th></tr>\n");
        for (DocumentScore d : r.documents()) {
            Prf s = d.scores().strict();
            Prf l = d.scores().lenient();
            String href = links.href(d.predDocId(), null);
            h.append("<tr data-doc-id=\"").append(esc(d.docId())).append('"');
            if (d.predDocId() != null) {
                h.append(" data-pred-doc-id=\"").append(esc(d.predDocId())).append('"');
            }
            h.append("><td>").append(href == null ? esc(d.docId()) : "<a href=\"" + esc(href) + "\">"
                + esc(d.docId()) + "</a>").append("</td>").append(cell(l.gold()))
                .append(cell(l.predicted())).append(cell(s.precision())).append(cell(s.recall()))
                .append(cell(s.f1())).append(cell(l.precision())).append(cell(l.recall())).append(cell(l.f1()))
                .append("</tr>\n");
        }
        h.append("</table></div>\n");

        if (!r.ignoredGoldTypes().isEmpty() || !r.warnings().isEmpty()) {
            h.append("<h2>Notes</h2><ul>");
            r.ignoredGoldTypes().forEach((t, n) -> h.append("<li>gold type ").append(esc(t)).append(" ignored (")
                .append(n).append(" mentions; no mapping)</li>"));
            r.warnings().forEach(w -> h.append("<li>").append(esc(w)).append("</li>"));
            h.append("</ul>\n");
        }
        h.append(extraSection);
        h.append("</body></html>\n");
        return h.toString();
    }

    /** A self-contained page with this report's style, a heading and the given body (already HTML). */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>" + esc(title)
            + "</title><style>" + CSS + "</style></head><body>\n<h1>" + esc(title) + "</h1>\n" + body
            + "</body></html>\n";
    }

    private static void scoreRow(StringBuilder h, String label, Scores s, String cls) {
        h.append("<tr").append(cls).append("><td>").append(esc(label)).append("</td>")
            .append(cell(s.lenient().gold())).append(cell(s.lenient().predicted()));
        for (Prf p : new Prf[] {s.strict(), s.lenient()}) {
            h.append(cell(p.precision())).append(cell(p.recall())).append(cell(p.f1())).append(cell(p.tp()))
                .append(cell(p.fp())).append(cell(p.fn()));
        }
        h.append("</tr>\n");
    }

    private static void macroCells(StringBuilder h, Macro m) {
        h.append(cell(m.precision())).append(cell(m.recall())).append(cell(m.f1())).append("<td></td><td></td><td></td>");
    }

    private static void intervalCell(StringBuilder h, Interval i) {
        h.append("<td class=\"n\">").append(i == null ? "" : Describe.num(i.low()) + " – " + Describe.num(i.high()))
            .append("</td>");
    }

    static String cell(int v) {
        return "<td class=\"n\">" + v + "</td>";
    }

    static String cell(double v) {
        return "<td class=\"n\">" + Describe.num(v) + "</td>";
    }

    private static String acc(int correct, int total) {
        return total == 0 ? "–" : correct + "/" + total + " (" + Describe.pct((double) correct / total) + "%)";
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
