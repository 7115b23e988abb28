package io.github.hanex.eval.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.hanex.eval.event.EventFrame;
import io.github.hanex.eval.score.EventEvaluationResult;
import io.github.hanex.eval.score.EventEvaluationResult.ArgumentError;
import io.github.hanex.eval.score.EventEvaluationResult.RoleScore;
import io.github.hanex.eval.score.Prf;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The event argument evaluation on the console, as JSON and as an HTML section or page. */
public final class EventReports {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventReports() {
    }

    /** Prints the event alignment, the role table, modality accuracy and at most {@code maxErrors} errors. */
    public static void print(EventEvaluationResult r, PrintWriter out, int maxErrors) {
        out.printf("event gold:  %s%npredictions: %s%ndocuments:   %d%n%n", r.gold(), r.predictions(), r.documents());
        Prf t = r.triggers();
        out.printf("events aligned (type-aware trigger overlap): %d of %d gold, %d predicted   P %s  R %s  F1 %s%n%n",
            t.tp(), t.gold(), t.predicted(), n(t.precision()), n(t.recall()), n(t.f1()));
        String rule = "-".repeat(100);
        out.printf("%-12s | %-34s | %-34s | %-13s%n", "", "all events: strict", "all events: lenient",
            "aligned only");
        out.printf("%-12s | %6s %6s %6s %4s %4s %4s | %6s %6s %6s %4s %4s %4s | %6s %6s%n", "role", "P", "R", "F1",
            "tp", "fp", "fn", "P", "R", "F1", "tp", "fp", "fn", "F1", "F1 len");
        out.println(rule);
        r.roles().values().forEach(s -> row(out, s.role(), s));
        out.println(rule);
        row(out, "arguments", r.arguments());
        out.printf("%nmodality over aligned events: %s%n", acc(r.modalityCorrect(), r.modalityTotal()));
        r.modality().forEach((g, row) -> out.printf("  gold %-9s → %s%n", g, row));
        List<ArgumentError> argumentErrors = r.errors().stream().filter(e -> !e.role().equals("trigger")).toList();
        if (!argumentErrors.isEmpty() && maxErrors > 0) {
            out.printf("%nargument errors on aligned events (%d; first %d):%n", argumentErrors.size(),
                Math.min(maxErrors, argumentErrors.size()));
            argumentErrors.stream().limit(maxErrors).forEach(e -> out.println("  " + line(e)));
        }
        Describe.warnings(out, r.warnings());
        out.flush();
    }

    private static void row(PrintWriter out, String label, RoleScore s) {
        Prf a = s.strict();
        Prf b = s.lenient();
        out.printf("%-12s | %6s %6s %6s %4d %4d %4d | %6s %6s %6s %4d %4d %4d | %6s %6s%n", label, n(a.precision()),
            n(a.recall()), n(a.f1()), a.tp(), a.fp(), a.fn(), n(b.precision()), n(b.recall()), n(b.f1()), b.tp(),
            b.fp(), b.fn(), n(s.alignedStrict().f1()), n(s.alignedLenient().f1()));
    }

    /** One error as one line: kind, role, document, trigger, gold and predicted value, rule. */
    static String line(ArgumentError e) {
        EventFrame ev = e.gold() != null ? e.gold() : e.predicted();
        StringBuilder sb = new StringBuilder();
        sb.append(kind(e)).append(' ').append(e.role()).append("  ").append(e.docId()).append(' ')
            .append(ev.source() == null ? "?" : ev.source().toString()).append(" “").append(ev.trigger()).append("” ")
            .append(ev.eventType());
        if (!e.role().equals("trigger")) {
            sb.append("  gold “").append(e.goldValue()).append("” predicted “").append(e.predictedValue()).append('”');
        }
        if (e.predicted() != null && !e.predicted().rule().isEmpty()) {
            sb.append("  [").append(e.predicted().rule()).append(']');
        }
        return sb.toString();
    }

    private static String kind(ArgumentError e) {
        return e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The evaluation as a JSON object: {@code gold}, {@code predictions}, {@code documents}, {@code triggers}
     * (the event alignment), {@code roles} (per role: strict, lenient, aligned_strict, aligned_lenient),
     * {@code arguments}, {@code modality} (accuracy and gold → predicted counts), {@code errors}, {@code warnings}.
     */
    public static ObjectNode toJson(EventEvaluationResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("gold", r.gold());
        root.put("predictions", r.predictions());
        root.put("documents", r.documents());
        prf(root.putObject("triggers"), r.triggers());
        ObjectNode roles = root.putObject("roles");
        r.roles().forEach((k, v) -> role(roles.putObject(k), v));
        role(root.putObject("arguments"), r.arguments());
        ObjectNode modality = root.putObject("modality");
        modality.put("correct", r.modalityCorrect()).put("total", r.modalityTotal());
        if (r.modalityTotal() == 0) {
            modality.putNull("accuracy");
        } else {
            modality.put("accuracy", (double) r.modalityCorrect() / r.modalityTotal());
        }
        ObjectNode confusion = modality.putObject("confusion");
        r.modality().forEach((g, row) -> {
            ObjectNode node = confusion.putObject(g);
            row.forEach(node::put);
        });
        ArrayNode errors = root.putArray("errors");
        for (ArgumentError e : r.errors()) {
            ObjectNode node = errors.addObject();
            node.put("doc_id", e.docId()).put("role", e.role()).put("kind", e.kind().name().toLowerCase(Locale.ROOT))
                .put("gold_value", e.goldValue()).put("predicted_value", e.predictedValue());
            if (e.gold() != null) {
                event(node.putObject("gold"), e.gold());
            }
            if (e.predicted() != null) {
                event(node.putObject("predicted"), e.predicted());
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }

    private static void role(ObjectNode node, RoleScore s) {
        prf(node.putObject("strict"), s.strict());
        prf(node.putObject("lenient"), s.lenient());
        prf(node.putObject("aligned_strict"), s.alignedStrict());
        prf(node.putObject("aligned_lenient"), s.alignedLenient());
    }

    private static void prf(ObjectNode node, Prf p) {
        node.put("precision", p.precision()).put("recall", p.recall()).put("f1", p.f1())
            .put("tp", p.tp()).put("fp", p.fp()).put("fn", p.fn());
    }

    private static void event(ObjectNode node, EventFrame e) {
        if (!e.id().isEmpty()) {
            node.put("event_id", e.id());
        }
        if (e.source() != null) {
            node.put("trigger_source_begin", e.source().begin()).put("trigger_source_end", e.source().end());
        }
        node.put("trigger", e.trigger()).put("event_type", e.eventType()).put("modality", e.modality())
            .put("participants", e.participantList()).put("amount", e.amount()).put("date", e.date())
            .put("place", e.place());
        if (!e.rule().isEmpty()) {
            node.put("rule", e.rule());
        }
    }

    /** The evaluation as an HTML section (headings, tables, error list), all text escaped. */
    public static String htmlSection(EventEvaluationResult r) {
        StringBuilder h = new StringBuilder(1 << 14);
        Prf t = r.triggers();
        h.append("<h2>Event arguments</h2><p>event gold: <code>").append(HtmlReport.esc(r.gold()))
            .append("</code><br>predictions: <code>").append(HtmlReport.esc(r.predictions()))
            .append("</code><br>documents: ").append(r.documents()).append("<br>events aligned (type-aware trigger ")
            .append("overlap): ").append(t.tp()).append(" of ").append(t.gold()).append(" gold, ").append(t.predicted())
            .append(" predicted; P ").append(Describe.num(t.precision())).append(", R ")
            .append(Describe.num(t.recall())).append(", F1 ").append(Describe.num(t.f1())).append("</p>\n");
        h.append("<table><tr><th rowspan=2>role</th><th colspan=6>all events: strict</th>")
            .append("<th colspan=6>all events: lenient</th><th colspan=2>aligned only F1</th></tr><tr>");
        for (int i = 0; i < 2; i++) {
            h.append("<th>P</th><th>R</th><th>F1</th><th>tp</th><th>fp</th><th>fn</th>");
        }
        h.append("<th>strict</th><th>lenient</th></tr>\n");
        List<RoleScore> rows = new ArrayList<>(r.roles().values());
        rows.add(r.arguments());
        for (RoleScore s : rows) {
            h.append(s == r.arguments() ? "<tr class=\"total\">" : "<tr>").append("<td>").append(HtmlReport.esc(s.role()))
                .append("</td>");
            for (Prf p : new Prf[] {s.strict(), s.lenient()}) {
                h.append(num(p.precision())).append(num(p.recall())).append(num(p.f1())).append(num(p.tp()))
                    .append(num(p.fp())).append(num(p.fn()));
            }
            h.append(num(s.alignedStrict().f1())).append(num(s.alignedLenient().f1())).append("</tr>\n");
        }
        h.append("</table>\n<p>modality over aligned events: ").append(acc(r.modalityCorrect(), r.modalityTotal()))
            .append("</p>\n");
        h.append("<h3>Errors</h3><table><tr><th>kind</th><th>role</th><th>document</th><th>trigger</th>")
            .append("<th>gold</th><th>predicted</th><th>rule</th></tr>\n");
        for (ArgumentError e : r.errors()) {
            EventFrame ev = e.gold() != null ? e.gold() : e.predicted();
            h.append("<tr><td>").append(kind(e)).append("</td><td>").append(HtmlReport.esc(e.role())).append("</td><td>")
                .append(HtmlReport.esc(e.docId())).append("</td><td>")
                .append(HtmlReport.esc(ev.trigger() + " " + ev.eventType() + " @" + ev.source())).append("</td><td>")
                .append(HtmlReport.esc(e.goldValue())).append("</td><td>").append(HtmlReport.esc(e.predictedValue()))
                .append("</td><td>").append(HtmlReport.esc(e.predicted() == null ? "" : e.predicted().rule()))
                .append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!r.warnings().isEmpty()) {
            h.append("<ul>");
            r.warnings().forEach(w -> h.append("<li>").append(HtmlReport.esc(w)).append("</li>"));
            h.append("</ul>\n");
        }
        return h.toString();
    }

    /** A self-contained page with only the event argument evaluation. */
    public static String htmlPage(EventEvaluationResult r) {
        return HtmlReport.page("hanex event evaluation", htmlSection(r));
    }

    private static String num(double v) {
        return "<td class=\"n\">" + Describe.num(v) + "</td>";
    }

    private static String num(int v) {
        return "<td class=\"n\">" + v + "</td>";
    }

    private static String acc(int correct, int total) {
        return total == 0 ? "-" : correct + "/" + total + " (" + Describe.pct((double) correct / total) + "%)";
    }

    private static String n(double v) {
        return Describe.num(v);
    }
}
