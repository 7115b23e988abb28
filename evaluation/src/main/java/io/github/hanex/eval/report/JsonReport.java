package io.github.hanex.eval.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.score.EvaluationResult;
import io.github.hanex.eval.score.EvaluationResult.AttributeScore;
import io.github.hanex.eval.score.EvaluationResult.Context;
import io.github.hanex.eval.score.EvaluationResult.ErrorEntry;
import io.github.hanex.eval.score.EvaluationResult.Interval;
import io.github.hanex.eval.score.EvaluationResult.OutOfText;
import io.github.hanex.eval.score.EvaluationResult.RuleScore;
import io.github.hanex.eval.score.EvaluationResult.Scores;
import io.github.hanex.eval.score.Macro;
import io.github.hanex.eval.score.MissedContexts;
import io.github.hanex.eval.score.Prf;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation as JSON: {@code types} (per type: gold, predicted, strict and lenient precision, recall, f1,
 * tp, fp, fn), {@code overall} (micro and macro), {@code attributes}, {@code confusion}, {@code bootstrap},
 * {@code documents}, {@code errors}, {@code rules}, {@code rule_files}, {@code missed_by_context},
 * {@code gold_out_of_text}, {@code ignored_gold_types}, {@code warnings}.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static void write(EvaluationResult r, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toJson(r));
    }

    public static ObjectNode toJson(EvaluationResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("gold", r.gold());
        root.put("predictions", r.predictions());
        ObjectNode types = root.putObject("types");
        r.byType().forEach((t, s) -> {
            ObjectNode node = scores(types.putObject(t), s.scores());
            node.put("gold", s.scores().lenient().gold());
            node.put("predicted", s.scores().lenient().predicted());
        });
        ObjectNode overall = root.putObject("overall");
        scores(overall.putObject("micro"), r.micro());
        ObjectNode macro = overall.putObject("macro");
        macro(macro.putObject("strict"), r.macro().strict());
        macro(macro.putObject("lenient"), r.macro().lenient());
        ArrayNode macroTypes = macro.putArray("types");
        r.macro().types().forEach(macroTypes::add);
        overall.put("documents", r.documents().size());

        ObjectNode attributes = root.putObject("attributes");
        for (AttributeScore a : r.attributes()) {
            ObjectNode byType = attributes.has(a.type()) ? (ObjectNode) attributes.get(a.type())
                : attributes.putObject(a.type());
            ObjectNode node = byType.putObject(a.attribute());
            accuracy(node.putObject("strict"), a.strictCorrect(), a.strictTotal());
            accuracy(node.putObject("lenient"), a.lenientCorrect(), a.lenientTotal());
        }

        ObjectNode confusion = root.putObject("confusion");
        ArrayNode labels = confusion.putArray("labels");
        r.confusion().labels().forEach(labels::add);
        ObjectNode matrix = confusion.putObject("matrix");
        r.confusion().counts().forEach((g, row) -> {
            ObjectNode node = matrix.putObject(g);
            row.forEach(node::put);
        });

        if (r.bootstrap() != null) {
            ObjectNode b = root.putObject("bootstrap");
            b.put("resamples", r.bootstrap().resamples());
            b.put("seed", r.bootstrap().seed());
            b.put("confidence", r.bootstrap().confidence());
            intervals(b.putObject("overall"), r.bootstrap().overall());
            ObjectNode byType = b.putObject("types");
            r.bootstrap().byType().forEach((t, m) -> intervals(byType.putObject(t), m));
        }

        ArrayNode documents = root.putArray("documents");
        r.documents().forEach(d -> scores(documents.addObject().put("doc_id", d.docId())
            .put("pred_doc_id", d.predDocId()), d.scores()));

        ArrayNode errors = root.putArray("errors");
        for (ErrorEntry e : r.errors()) {
            ObjectNode node = errors.addObject();
            node.put("doc_id", e.docId());
            node.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
            node.put("type", e.type());
            node.put("offsets", e.anchor().label());
            if (e.gold() != null) {
                mention(node.putObject("gold"), e.gold());
            }
            if (e.predicted() != null) {
                mention(node.putObject("predicted"), e.predicted());
            }
            node.put("rule", e.predicted() == null ? null : e.predicted().attribute("rule"));
            node.put("confused_with", e.confusedWith());
            node.put("pred_doc_id", e.predDocId());
            if (e.goldInArticle() != null) {
                node.putObject("gold_in_article").put("begin", e.goldInArticle().begin())
                    .put("end", e.goldInArticle().end());
            }
            if (e.context() != null) {
                Context c = e.context();
                ObjectNode context = node.putObject("context").put("left", c.left()).put("text", c.mention())
                    .put("right", c.right()).put("in", c.kind().label()).put("window", c.window());
                window(context, "gold", c.gold());
                window(context, "predicted", c.predicted());
            } else {
                node.putNull("context");
            }
            ObjectNode words = node.putObject("words");
            words.put("before", e.words().before()).put("after", e.words().after())
                .put("attached", e.words().attached());
        }
        root.set("rules", rules(r.rules()));
        root.set("rule_files", rules(r.ruleFiles()));
        ObjectNode missed = root.putObject("missed_by_context");
        for (MissedContexts.TypeContexts t : r.missedByContext()) {
            ObjectNode type = missed.putObject(t.type());
            type.put("missed", t.missed());
            t.byPosition().forEach((position, entries) -> {
                ArrayNode list = type.putArray(position.label());
                for (MissedContexts.Entry x : entries) {
                    ObjectNode entry = list.addObject().put("word", x.word()).put("count", x.count());
                    if (position == MissedContexts.Position.AFTER) {
                        entry.put("attached", x.attached());
                    }
                    ArrayNode names = entry.putArray("names");
                    x.names().forEach(names::add);
                }
            });
        }
        ObjectNode outside = root.putObject("gold_out_of_text");
        outside.put("count", r.goldOutOfText().size());
        ArrayNode outsideList = outside.putArray("mentions");
        for (OutOfText o : r.goldOutOfText()) {
            ObjectNode node = outsideList.addObject().put("doc_id", o.docId()).put("offsets", o.anchor().label())
                .put("text_length", o.length());
            mention(node.putObject("gold"), o.mention());
        }
        ObjectNode ignored = root.putObject("ignored_gold_types");
        r.ignoredGoldTypes().forEach(ignored::put);
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }

    private static void window(ObjectNode context, String name, Span s) {
        if (s == null) {
            context.putNull(name);
        } else {
            context.putArray(name).add(s.begin()).add(s.end());
        }
    }

    private static ArrayNode rules(List<RuleScore> rules) {
        ArrayNode list = MAPPER.createArrayNode();
        for (RuleScore x : rules) {
            ObjectNode node = list.addObject().put("rule", x.rule()).put("file", x.file()).put("type", x.type())
                .put("predicted", x.predicted());
            node.putObject("strict").put("tp", x.strictTp()).put("fp", x.strictFp())
                .put("precision", x.strictPrecision()).put("f1", x.strictF1()).put("f1_without", x.strictF1Without());
            node.putObject("lenient").put("tp", x.lenientTp()).put("fp", x.lenientFp())
                .put("precision", x.lenientPrecision()).put("f1", x.lenientF1())
                .put("f1_without", x.lenientF1Without());
            node.put("wrong_type", x.wrongType()).put("only_false_positives", x.onlyFalsePositives());
            ArrayNode fps = node.putArray("false_positives");
            x.falsePositives().forEach(c -> fps.addObject().put("text", c.text()).put("count", c.count()));
        }
        return list;
    }

    private static ObjectNode scores(ObjectNode node, Scores s) {
        prf(node.putObject("strict"), s.strict());
        prf(node.putObject("lenient"), s.lenient());
        return node;
    }

    private static void prf(ObjectNode node, Prf p) {
        node.put("precision", p.precision()).put("recall", p.recall()).put("f1", p.f1())
            .put("tp", p.tp()).put("fp", p.fp()).put("fn", p.fn());
    }

    private static void macro(ObjectNode node, Macro m) {
        node.put("precision", m.precision()).put("recall", m.recall()).put("f1", m.f1());
    }

    private static void accuracy(ObjectNode node, int correct, int total) {
        node.put("correct", correct).put("total", total);
        if (total == 0) {
            node.putNull("accuracy");
        } else {
            node.put("accuracy", (double) correct / total);
        }
    }

    private static void intervals(ObjectNode node, Map<String, Interval> intervals) {
        intervals.forEach((k, v) -> node.putArray(k).add(v.low()).add(v.high()));
    }

    private static void mention(ObjectNode node, Mention m) {
        node.put("type", m.type());
        span(node, "begin", "end", m.article());
        span(node, "source_begin", "source_end", m.source());
        node.put("text", m.text());
        m.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach(a -> node.put(a.getKey(), a.getValue()));
    }

    private static void span(ObjectNode node, String b, String e, Span s) {
        if (s != null) {
            node.put(b, s.begin()).put(e, s.end());
        }
    }
}
