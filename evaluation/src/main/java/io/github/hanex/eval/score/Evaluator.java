package io.github.hanex.eval.score;

import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.TypeMap;
import io.github.hanex.eval.score.EvaluationResult.AttributeScore;
import io.github.hanex.eval.score.EvaluationResult.Confusion;
import io.github.hanex.eval.score.EvaluationResult.DocumentScore;
import io.github.hanex.eval.score.EvaluationResult.ErrorEntry;
import io.github.hanex.eval.score.EvaluationResult.ErrorKind;
import io.github.hanex.eval.score.EvaluationResult.MacroScores;
import io.github.hanex.eval.score.EvaluationResult.OutOfText;
import io.github.hanex.eval.score.EvaluationResult.Scores;
import io.github.hanex.eval.score.EvaluationResult.TypeScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Scores predictions against a gold set. See {@link DocumentMatch} for the matching rules. */
public final class Evaluator {

    private static final List<String> MONEY_ATTRIBUTES = List.of("value_currency", "qualifier", "value_max", "all");
    private static final List<String> TRIGGER_ATTRIBUTES = List.of("modality");

    private final MentionSet gold;
    private final MentionSet predicted;
    private final EvaluationOptions options;
    private final List<String> warnings = new ArrayList<>();

    private Evaluator(MentionSet gold, MentionSet predicted, EvaluationOptions options) {
        this.gold = gold;
        this.predicted = predicted;
        this.options = options;
    }

    public static EvaluationResult evaluate(MentionSet gold, MentionSet predicted, EvaluationOptions options) {
        return new Evaluator(gold, predicted, options).run();
    }

    private EvaluationResult run() {
        List<String> types = evaluatedTypes();
        Set<String> typeSet = Set.copyOf(types);
        Map<String, String> scope = scope();
        Map<String, Scores> byType = new LinkedHashMap<>();
        types.forEach(t -> byType.put(t, Scores.ZERO));
        Map<String, int[]> attributes = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        Set<String> labels = new TreeSet<>();
        List<DocumentScore> documents = new ArrayList<>();
        List<Map<String, Scores>> perDocTypes = new ArrayList<>();
        List<ErrorEntry> errors = new ArrayList<>();
        List<OutOfText> outOfText = new ArrayList<>();
        RuleTally rules = new RuleTally();
        ErrorContexts contexts = new ErrorContexts(gold, predicted, options.contextChars());
        for (var doc : scope.entrySet()) {
            String docId = doc.getKey();
            String predDoc = doc.getValue();
            List<Mention> g = withinText(docId, predDoc, filter(gold.mentions(docId), typeSet), outOfText);
            List<Mention> p = predDoc == null ? List.of() : filter(predicted.mentions(predDoc), typeSet);
            DocumentMatch match = DocumentMatch.of(g, p, options.anchor());
            rules.add(match);
            Map<String, Scores> docTypes = countByType(match, types);
            docTypes.forEach((t, s) -> byType.merge(t, s, Scores::plus));
            perDocTypes.add(docTypes);
            documents.add(new DocumentScore(docId, predDoc,
                docTypes.values().stream().reduce(Scores.ZERO, Scores::plus)));
            tallyAttributes(match, attributes);
            tallyConfusion(match, confusion, labels);
            errors.addAll(errors(docId, predDoc, match, contexts));
        }
        Map<String, TypeScore> typeScores = new LinkedHashMap<>();
        byType.forEach((t, s) -> typeScores.put(t, new TypeScore(t, s)));
        Scores micro = byType.values().stream().reduce(Scores.ZERO, Scores::plus);
        List<String> macroTypes = types.stream().filter(t -> byType.get(t).lenient().gold()
            + byType.get(t).lenient().predicted() > 0).toList();
        MacroScores macro = new MacroScores(
            Macro.of(macroTypes.stream().map(t -> byType.get(t).strict()).toList()),
            Macro.of(macroTypes.stream().map(t -> byType.get(t).lenient()).toList()), macroTypes);
        List<String> labelList = new ArrayList<>(labels);
        labelList.add(Confusion.NONE);
        List<String> allWarnings = new ArrayList<>(gold.warnings());
        allWarnings.addAll(predicted.warnings());
        if (!outOfText.isEmpty()) {
            warnings.add(outOfTextWarning(outOfText));
        }
        allWarnings.addAll(warnings);
        return new EvaluationResult(gold.name(), predicted.name(), types, typeScores, micro, macro,
            attributeScores(types, attributes), new Confusion(labelList, confusion), documents,
            Bootstrap.intervals(perDocTypes, types, options), errors, rules.rules(typeScores),
            rules.files(typeScores), List.copyOf(outOfText), gold.ignoredTypes(), allWarnings);
    }

    /**
     * The gold mentions of a document that lie inside its text; those beyond its end (the gold was written
     * against another version of the document, or its offsets are wrong) go to {@code outside}: no prediction
     * can match them, and counting them as misses would hide the problem. The text length is the gold's own
     * or the predictions' (documents.csv, XMI) for the offsets the mention is matched on; unknown: kept.
     */
    private List<Mention> withinText(String docId, String predDoc, List<Mention> mentions, List<OutOfText> outside) {
        if (mentions.isEmpty()) {
            return mentions;
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        int[] lengths = {-2, -2};
        for (Mention m : mentions) {
            Anchor a = options.anchor() != null ? options.anchor() : m.preferredAnchor();
            Span s = m.span(a);
            int i = a.ordinal();
            if (lengths[i] == -2) {
                OptionalInt n = gold.texts().length(docId, a);
                if (n.isEmpty() && predDoc != null) {
                    n = predicted.texts().length(predDoc, a);
                }
                lengths[i] = n.orElse(-1);
            }
            if (s != null && lengths[i] >= 0 && s.end() > lengths[i]) {
                outside.add(new OutOfText(docId, m, a, lengths[i]));
            } else {
                kept.add(m);
            }
        }
        return kept;
    }

    private static String outOfTextWarning(List<OutOfText> outside) {
        StringBuilder sb = new StringBuilder();
        sb.append(outside.size()).append(" gold mention(s) end beyond the end of their document's text and are ")
            .append("not scored (was the gold written against another version of the documents?); e.g. ");
        for (int i = 0; i < Math.min(3, outside.size()); i++) {
            OutOfText o = outside.get(i);
            sb.append(i == 0 ? "" : "; ").append(o.docId()).append(' ').append(o.mention().type()).append(' ')
                .append(o.anchor().label()).append(' ').append(o.mention().span(o.anchor()));
            if (!o.mention().text().isEmpty()) {
                sb.append(" '").append(o.mention().text()).append('\'');
            }
            sb.append(" (text length ").append(o.length()).append(')');
        }
        return sb.toString();
    }

    /**
     * The types scored: as asked; else for a gold with its own tag set the types it annotates; else the types
     * of the gold and the guideline types predicted (a type the guidelines do not define, such as Date, is
     * scored only when the gold has it). In hanex order.
     */
    private List<String> evaluatedTypes() {
        Set<String> chosen = new LinkedHashSet<>();
        if (options.types() != null && !options.types().isEmpty()) {
            TypeMap map = TypeMap.defaults();
            for (String t : options.types()) {
                chosen.add(map.map(t).orElse(t.trim()));
            }
            return List.copyOf(chosen);
        }
        Set<String> seen = new LinkedHashSet<>(gold.types());
        Set<String> unscored = new TreeSet<>();
        for (String t : predicted.types()) {
            if (!gold.closedTypeSet() && TypeMap.GUIDELINE_TYPES.contains(t)) {
                seen.add(t);
            } else if (!seen.contains(t)) {
                unscored.add(t);
            }
        }
        if (!unscored.isEmpty()) {
            warnings.add("predicted types not scored (the gold has none; see --types): " + unscored);
        }
        TypeMap.HANEX_TYPES.stream().filter(seen::contains).forEach(chosen::add);
        new TreeSet<>(seen).forEach(chosen::add);
        return List.copyOf(chosen);
    }

    /**
     * The documents scored, each with the prediction document it is matched with (or null). A prediction
     * document matches a gold document of the same id, else of the same id without a file extension
     * ({@code ner.dev#17.txt} ↔ {@code ner.dev#17}), else the one gold document whose id ends with
     * {@code /<id>} ({@code econ-001.html} ↔ {@code html/econ-001.html}), when that is unambiguous.
     */
    private Map<String, String> scope() {
        return scope(gold, predicted, options.goldDocumentsOnly(), warnings);
    }

    /** The document pairing of {@link #scope()}, for any gold and prediction sets; problems go to warnings. */
    static Map<String, String> scope(MentionSet gold, MentionSet predicted, boolean goldDocumentsOnly,
        List<String> warnings) {
        Map<String, String> scope = new LinkedHashMap<>();
        gold.documents().forEach(d -> scope.put(d, null));
        Map<String, List<String>> goldByStem = new HashMap<>();
        for (String d : gold.documents()) {
            goldByStem.computeIfAbsent(stem(d), k -> new ArrayList<>()).add(d);
        }
        for (String p : predicted.documents()) {
            String target = null;
            if (gold.hasDocument(p)) {
                target = p;
            } else if (gold.hasDocument(stem(p))) {
                target = stem(p);
            } else if (goldByStem.getOrDefault(stem(p), List.of()).size() == 1) {
                target = goldByStem.get(stem(p)).get(0);
            } else {
                List<String> suffixed = gold.documents().stream().filter(g -> g.endsWith("/" + p)).toList();
                target = suffixed.size() == 1 ? suffixed.get(0) : null;
            }
            if (target != null && scope.get(target) == null) {
                scope.put(target, p);
            } else if (target != null) {
                warnings.add("predictions for " + p + " ignored: " + target + " is already matched with "
                    + scope.get(target));
            } else if (!goldDocumentsOnly) {
                scope.put(p, p);
            }
        }
        return scope;
    }

    /** A document id without its file extension (.txt, .html, .htm, .xmi, and .gz variants). */
    static String stem(String docId) {
        String s = docId.endsWith(".gz") ? docId.substring(0, docId.length() - 3) : docId;
        for (String ext : new String[] {".txt", ".html", ".htm", ".xmi"}) {
            if (s.toLowerCase(Locale.ROOT).endsWith(ext)) {
                return s.substring(0, s.length() - ext.length());
            }
        }
        return docId;
    }

    private static List<Mention> filter(List<Mention> mentions, Set<String> types) {
        return mentions.stream().filter(m -> types.contains(m.type())).toList();
    }

    private static Map<String, Scores> countByType(DocumentMatch match, List<String> types) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        types.forEach(t -> counts.put(t, new int[6]));
        for (int i = 0; i < match.gold.size(); i++) {
            int[] c = counts.get(match.gold.get(i).type());
            c[match.strict[i] >= 0 ? 0 : 2]++;
            c[match.lenient[i] >= 0 ? 3 : 5]++;
        }
        int[] strictInv = match.inverse(match.strict);
        int[] lenientInv = match.inverse(match.lenient);
        for (int j = 0; j < match.predicted.size(); j++) {
            int[] c = counts.get(match.predicted.get(j).type());
            if (strictInv[j] < 0) {
                c[1]++;
            }
            if (lenientInv[j] < 0) {
                c[4]++;
            }
        }
        Map<String, Scores> scores = new LinkedHashMap<>();
        counts.forEach((t, c) -> scores.put(t, new Scores(new Prf(c[0], c[1], c[2]), new Prf(c[3], c[4], c[5]))));
        return scores;
    }

    private static void tallyAttributes(DocumentMatch match, Map<String, int[]> tally) {
        for (int k = 0; k < 2; k++) {
            int[] matching = k == 0 ? match.strict : match.lenient;
            for (int i = 0; i < matching.length; i++) {
                if (matching[i] < 0) {
                    continue;
                }
                Mention g = match.gold.get(i);
                Mention p = match.predicted.get(matching[i]);
                if (Mention.MONEY.equals(g.type())) {
                    boolean value = sameNumber(g.attribute("value"), p.attribute("value"))
                        && same(g.attribute("currency"), p.attribute("currency"));
                    boolean qualifier = same(g.attribute("qualifier"), p.attribute("qualifier"));
                    boolean max = sameNumber(g.attribute("value_max"), p.attribute("value_max"));
                    count(tally, g.type(), "value_currency", k, value);
                    count(tally, g.type(), "qualifier", k, qualifier);
                    count(tally, g.type(), "value_max", k, max);
                    count(tally, g.type(), "all", k, value && qualifier && max);
                } else if (Mention.EVENT_TRIGGER.equals(g.type())) {
                    count(tally, g.type(), "modality", k, same(g.attribute("modality"), p.attribute("modality")));
                }
            }
        }
    }

    private static void count(Map<String, int[]> tally, String type, String attribute, int matching,
        boolean correct) {
        int[] c = tally.computeIfAbsent(type + "\t" + attribute, k -> new int[4]);
        c[matching * 2 + 1]++;
        if (correct) {
            c[matching * 2]++;
        }
    }

    private static List<AttributeScore> attributeScores(List<String> types, Map<String, int[]> tally) {
        List<AttributeScore> scores = new ArrayList<>();
        for (String type : types) {
            List<String> names = Mention.MONEY.equals(type) ? MONEY_ATTRIBUTES
                : Mention.EVENT_TRIGGER.equals(type) ? TRIGGER_ATTRIBUTES : List.of();
            for (String a : names) {
                int[] c = tally.getOrDefault(type + "\t" + a, new int[4]);
                scores.add(new AttributeScore(type, a, c[0], c[1], c[2], c[3]));
            }
        }
        return scores;
    }

    /** Equal decimals (1.50 = 1.5); two empty values are equal; text that is no number compares as text. */
    static boolean sameNumber(String a, String b) {
        String x = a.trim().replace(",", "");
        String y = b.trim().replace(",", "");
        if (x.isEmpty() || y.isEmpty()) {
            return x.isEmpty() && y.isEmpty();
        }
        try {
            return new BigDecimal(x).compareTo(new BigDecimal(y)) == 0;
        } catch (NumberFormatException e) {
            return x.equalsIgnoreCase(y);
        }
    }

    private static boolean same(String a, String b) {
        return a.trim().equalsIgnoreCase(b.trim());
    }

    private static void tallyConfusion(DocumentMatch match, Map<String, Map<String, Integer>> confusion,
        Set<String> labels) {
        int[] lenientInv = match.inverse(match.lenient);
        int[] crossInv = match.inverse(match.crossLabel);
        for (int i = 0; i < match.gold.size(); i++) {
            String g = match.gold.get(i).label();
            int j = match.lenient[i] >= 0 ? match.lenient[i] : match.crossLabel[i];
            String p = j >= 0 ? match.predicted.get(j).label() : Confusion.NONE;
            labels.add(g);
            confusion.computeIfAbsent(g, k -> new TreeMap<>()).merge(p, 1, Integer::sum);
        }
        for (int j = 0; j < match.predicted.size(); j++) {
            String p = match.predicted.get(j).label();
            labels.add(p);
            if (lenientInv[j] < 0 && crossInv[j] < 0) {
                confusion.computeIfAbsent(Confusion.NONE, k -> new TreeMap<>()).merge(p, 1, Integer::sum);
            }
        }
    }

    private List<ErrorEntry> errors(String docId, String predDoc, DocumentMatch match, ErrorContexts contexts) {
        List<ErrorEntry> errors = new ArrayList<>();
        int[] strictInv = match.inverse(match.strict);
        int[] lenientInv = match.inverse(match.lenient);
        int[] crossInv = match.inverse(match.crossLabel);
        for (int i = 0; i < match.gold.size(); i++) {
            if (match.strict[i] >= 0) {
                continue;
            }
            Mention g = match.gold.get(i);
            Anchor a = match.anchors[i];
            if (match.lenient[i] >= 0) {
                Mention p = match.predicted.get(match.lenient[i]);
                errors.add(entry(docId, predDoc, ErrorKind.BOUNDARY, g.type(), g, p, a, null, contexts));
            } else {
                Mention other = match.crossLabel[i] >= 0 ? match.predicted.get(match.crossLabel[i]) : null;
                errors.add(entry(docId, predDoc, ErrorKind.FALSE_NEGATIVE, g.type(), g, null, a,
                    other == null ? null : other.label(), contexts));
            }
        }
        for (int j = 0; j < match.predicted.size(); j++) {
            if (strictInv[j] >= 0) {
                continue;
            }
            Mention p = match.predicted.get(j);
            int i = lenientInv[j];
            if (i >= 0) {
                if (match.strict[i] >= 0) {
                    // Its lenient partner is a strict hit with another prediction: still a boundary miss.
                    errors.add(entry(docId, predDoc, ErrorKind.BOUNDARY, p.type(), match.gold.get(i), p,
                        match.anchors[i], null, contexts));
                }
                continue;
            }
            Anchor a = p.article() != null ? Anchor.ARTICLE : Anchor.SOURCE;
            String other = crossInv[j] >= 0 ? match.gold.get(crossInv[j]).label() : null;
            errors.add(entry(docId, predDoc, ErrorKind.FALSE_POSITIVE, p.type(), null, p, a, other, contexts));
        }
        return errors;
    }

    private static ErrorEntry entry(String docId, String predDoc, ErrorKind kind, String type, Mention g, Mention p,
        Anchor a, String confusedWith, ErrorContexts contexts) {
        ErrorContexts.Placement at = contexts.place(docId, predDoc, g, p, a);
        return new ErrorEntry(docId, predDoc, kind, type, g, p, a, confusedWith, at.context(), at.goldInArticle(),
            at.words());
    }
}
