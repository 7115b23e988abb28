package io.github.hanex.eval.suggest;

import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.score.EvaluationResult;
import io.github.hanex.eval.score.EvaluationResult.Context;
import io.github.hanex.eval.score.EvaluationResult.ErrorEntry;
import io.github.hanex.eval.score.EvaluationResult.ErrorKind;
import io.github.hanex.eval.score.EvaluationResult.RuleScore;
import io.github.hanex.eval.score.ContextWords;
import io.github.hanex.eval.score.Suffixes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Candidate lines for the rule files, read off the errors of an evaluation, for a person to review (nothing is
 * applied): words that recur right after or before missed names and are in no list (titles, roles, organization
 * nouns and kinds), endings shared by missed organizations (suffixes), names missed again and again (gazetteer
 * lines), words often taken for names (stop-list lines), gazetteer entries that are mostly wrong (vetoes), and the
 * rules with the worst precision (to disable or tighten). Every candidate carries its evidence: how often, which
 * names, an example. What the rule files already list is left out, and said in the notes when it is telling (a
 * title that is listed while the names before it are still missed points at the name rules, not the list).
 */
public final class Suggestions {

    /** A candidate rule line ({@code null} for advice without a line) and the comment lines that give its evidence. */
    public record Suggestion(String line, List<String> evidence, int count) {
    }

    /** Candidates for one file: its path below {@code rules/} (or a description), a heading, the candidates. */
    public record Group(String target, String heading, List<Suggestion> items) {
    }

    /** The suggestions of one evaluation: the groups, and notes without lines. */
    public record Result(List<Group> groups, List<String> notes, int minEvidence) {

        public int lines() {
            return groups.stream().mapToInt(g -> (int) g.items().stream().filter(s -> s.line() != null).count()).sum();
        }
    }

    static final String PERSON = "Person";
    static final String ORGANIZATION = "Organization";
    private static final String[] PERSON_CONTEXT = {"TITLE", "HONORIFIC", "TITLE_PREFIX", "OCCUPATION",
        "INITIAL_HONORIFIC"};
    private static final String[] ORG_CONTEXT = {"ORG_NOUN", "SIDE_NOUN", "ORG_KIND", "TITLE", "HONORIFIC",
        "TITLE_PREFIX", "OCCUPATION"};
    /** Gazetteer entries at or below this lenient precision are candidates for a veto, other rules to disable. */
    static final double WORST_PRECISION = 0.5;
    /**
     * Grammatical words that often stand right before or after a name without saying anything about it
     * ({@code 에 대한 X}, {@code X 등}, a sentence adverb before the subject: {@code 그러나 X는}): never suggested
     * as titles, roles or organization nouns. Korean conjunctions and sentence adverbs are a closed class.
     */
    static final Set<String> FUNCTION_WORDS = Set.of("대한", "관한", "위한", "의한", "통한", "같은", "따른", "된", "한",
        "할", "하는", "있는", "없는", "우리", "그", "이", "저", "그런", "이런", "저런", "어떤", "모든", "각", "및", "또",
        "등", "또는", "그리고", "한편", "바로", "지난", "오는", "당시", "들어", "대해", "위해", "통해", "따라", "중",
        "간", "온", "것", "수", "때", "뒤", "앞", "후", "전", "같", "그러나", "그런데", "그래서", "그러자", "그러면",
        "그러니", "그러니까", "그러므로", "하지만", "그렇지만", "그때", "그후", "이때", "오히려", "먼저", "역시", "결국",
        "또한", "특히", "아직", "이미", "다시", "이제", "모두", "함께", "마치", "물론", "다만", "즉", "곧", "더", "가장",
        "매우", "아주", "이렇게", "그렇게", "어떻게", "왜", "정말", "과연", "드디어", "마침내", "비로소", "갑자기",
        "문득", "반면", "따라서", "게다가", "더구나", "심지어", "아니라", "대신", "이래", "동안", "달리", "뿐",
        "처음", "이후", "이전", "최근", "현재", "오늘", "어제", "내일", "올해", "작년", "지난해", "이날", "이번", "본",
        "만약", "혹시", "원래", "사실", "지금", "일부러", "무렵");
    private static final int MAX_RULES = 25;
    /**
     * Last syllables of verb and adverb forms (있던, 보는, 생각한, 돌아온, 못지않게, 특히, 이리하여; also 지만): a word
     * ending in one is no title, role or organization noun. Noun endings such as 인, 원, 관, 자, 서, 진 are not
     * among them (시인, 의원, 장관, 기자, 비서, 교수진).
     */
    static final Set<String> VERBAL_ENDINGS = Set.of("던", "는", "고", "며", "면", "데", "게", "히", "려", "한",
        "된", "본", "온", "든", "난", "린", "른", "운", "낸", "여");
    /**
     * The least share of a context word's occurrences in the texts that must stand next to a missed name: 그러나
     * before 15 missed persons in 1,500 uses is no role word, 배우 before 15 of its 20 uses is.
     */
    static final double MIN_SHARE = 0.1;

    private final EvaluationResult result;
    private final MentionSet gold;
    private final MentionSet predicted;
    private final RuleLibrary rules;
    private final int min;
    private final Set<String> goldNames = new HashSet<>();
    private final Map<String, Integer> predictedCounts = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    private Suggestions(EvaluationResult result, MentionSet gold, MentionSet predicted, RuleLibrary rules, int min) {
        this.result = result;
        this.gold = gold;
        this.predicted = predicted;
        this.rules = rules;
        this.min = Math.max(1, min);
        gold.mentions().forEach(m -> goldNames.add(m.text().strip()));
        predicted.mentions().forEach(m -> predictedCounts.merge(m.type() + "\t" + m.text(), 1, Integer::sum));
    }

    /**
     * @param minEvidence the least number of mentions (or names, for suffixes) a candidate needs
     */
    public static Result of(EvaluationResult result, MentionSet gold, MentionSet predicted, RuleLibrary rules,
        int minEvidence) {
        Suggestions s = new Suggestions(result, gold, predicted, rules, minEvidence);
        List<Group> groups = new ArrayList<>();
        s.add(groups, s.contextWords(PERSON, true, "TITLE", PERSON_CONTEXT, "ner/titles.words.tsv",
            "words right after missed persons, in no person list: titles (김민준 [사장]) or honorifics"));
        s.add(groups, s.contextWords(PERSON, false, "OCCUPATION", PERSON_CONTEXT, "ner/titles.words.tsv",
            "words right before missed persons, in no person list: roles that introduce a name ([배우] 김민준)"));
        s.add(groups, s.contextWords(ORGANIZATION, true, "ORG_NOUN", ORG_CONTEXT, "ner/context.words.tsv",
            "words right after missed organizations, in no list: nouns only organizations have (한빛 [관계자])"));
        s.add(groups, s.contextWords(ORGANIZATION, false, "ORG_KIND", ORG_CONTEXT, "ner/context.words.tsv",
            "words right before missed organizations, in no list: kinds that introduce a name ([제약사] 한빛파마)"));
        s.add(groups, s.suffixes());
        s.add(groups, s.gazetteer(PERSON, "ner/people.gaz.tsv",
            "persons missed again and again (or found only in part), in no gazetteer"));
        s.add(groups, s.gazetteer(ORGANIZATION, "ner/companies.gaz.tsv",
            "organizations missed again and again (or found only in part), in no gazetteer; put each in the"
                + " gazetteer of its kind (companies, government, media, sports, universities ...)"));
        s.add(groups, s.notNames());
        s.add(groups, s.vetoes());
        s.add(groups, s.disable());
        return new Result(List.copyOf(groups), List.copyOf(s.notes), s.min);
    }

    private void add(List<Group> groups, Group g) {
        if (!g.items().isEmpty()) {
            groups.add(g);
        }
    }

    private List<ErrorEntry> errors(ErrorKind kind, String type) {
        return result.errors().stream().filter(e -> e.kind() == kind && e.type().equals(type)).toList();
    }

    /** Context words of missed mentions of a type that are in none of the listed classes. */
    private Group contextWords(String type, boolean after, String wordClass, String[] listedClasses, String target,
        String heading) {
        Map<String, List<ErrorEntry>> byWord = new TreeMap<>();
        for (ErrorEntry e : errors(ErrorKind.FALSE_NEGATIVE, type)) {
            String w = after ? e.words().after() : e.words().before();
            // a single letter written together with a name is a suffix (세호네, 세호들), not a title
            if (w != null && !(after && e.words().attached() && w.codePointCount(0, w.length()) < 2)) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, List<ErrorEntry>> candidates = new TreeMap<>();
        byWord.forEach((word, list) -> {
            long distinct = list.stream().map(e -> e.gold().text().strip()).distinct().count();
            if (distinct < min) {
                return; // one name seen twice is no pattern
            }
            if (rules.inAny(word, listedClasses)) {
                notes.add(String.format(Locale.ROOT, "'%s' is listed (%s) but %s missed %d times: the name rules"
                    + " miss them there (%s)", word, String.join(", ", rules.classesOf(word)),
                    after ? "the names before it were" : "the names after it were", list.size(),
                    names(list, e -> e.gold().text())));
                return;
            }
            if (goldNames.contains(word) || !rules.entries(word).isEmpty() || !isWordLike(word)
                || rules.inAny(word, "NOT_NAME") || FUNCTION_WORDS.contains(word) || verbal(word)) {
                return; // a name itself, a listed name or place, a function word, a verb form, or no word
            }
            candidates.put(word, list);
        });
        Map<String, Integer> uses = occurrences(candidates.keySet(), after);
        List<Suggestion> items = new ArrayList<>();
        candidates.forEach((word, list) -> {
            int n = Math.max(list.size(), uses.getOrDefault(word, 0));
            if ((double) list.size() / n < MIN_SHARE) {
                return; // a common word that happens to stand next to names
            }
            long distinct = list.stream().map(e -> e.gold().text().strip()).distinct().count();
            long attached = after ? list.stream().filter(e -> e.words().attached()).count() : 0;
            List<String> evidence = new ArrayList<>();
            evidence.add(String.format(Locale.ROOT, "%s %d missed %s (%d names%s): %s", after ? "after" : "before",
                list.size(), type, distinct, attached > 0 ? ", " + attached + " written together with it" : "",
                names(list, e -> e.gold().text())));
            evidence.add(String.format(Locale.ROOT, "%d%% of its %d uses in the texts; e.g. %s",
                Math.round(100.0 * list.size() / n), n, example(list.get(0))));
            items.add(new Suggestion(word + "\t" + wordClass, evidence, list.size()));
        });
        return new Group(target, heading + " → " + wordClass, byCount(items));
    }

    /**
     * How often each word is used in the texts of the scored documents: as a whole word set off by white space
     * (before a name), or as the stem of a word (after a name), which is how the context words were read.
     */
    private Map<String, Integer> occurrences(Set<String> words, boolean stems) {
        Map<String, Integer> counts = new HashMap<>();
        if (words.isEmpty()) {
            return counts;
        }
        for (var d : result.documents()) {
            var text = gold.text(d.docId(), io.github.hanex.eval.Anchor.ARTICLE);
            if (text.isEmpty() && d.predDocId() != null) {
                text = predicted.text(d.predDocId(), io.github.hanex.eval.Anchor.ARTICLE);
            }
            if (text.isEmpty()) {
                continue;
            }
            for (String w : text.get().split("[^\\p{L}\\p{N}]+")) {
                String key = stems ? ContextWords.stem(w) : w;
                if (!key.isEmpty() && words.contains(key)) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Endings shared by missed organizations that no listed suffix covers. */
    private Group suffixes() {
        List<String> listed = rules.words("ORG_SUFFIX");
        Map<String, List<ErrorEntry>> byName = new LinkedHashMap<>();
        for (ErrorEntry e : errors(ErrorKind.FALSE_NEGATIVE, ORGANIZATION)) {
            String name = e.gold().text().strip();
            if (listed.stream().noneMatch(name::endsWith)) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
            }
        }
        List<Suggestion> items = new ArrayList<>();
        for (Suffixes.Suffix s : Suffixes.shared(byName.keySet(), min)) {
            if (rules.inAny(s.suffix(), "NOT_ORG_SUFFIX")) {
                notes.add(String.format(Locale.ROOT, "'%s' ends %d missed organizations (%s) but is listed as"
                    + " NOT_ORG_SUFFIX", s.suffix(), s.names().size(), String.join(", ", s.names())));
                continue;
            }
            int mentions = s.names().stream().mapToInt(n -> byName.get(n).size()).sum();
            String value = s.suffix().length() == 1 ? "\t2" : "";
            List<String> evidence = new ArrayList<>();
            evidence.add("ends " + s.names().size() + " missed organizations (" + mentions + " mentions): "
                + String.join(", ", s.names().stream().limit(8).toList())
                + (s.names().size() > 8 ? " ..." : ""));
            if (!value.isEmpty()) {
                evidence.add("one character: at least 2 before it (the third column), check it against common nouns");
            }
            evidence.add("e.g. " + example(byName.get(s.names().get(0)).get(0)));
            items.add(new Suggestion(s.suffix() + "\tORG_SUFFIX" + value, evidence, s.names().size()));
        }
        return new Group("ner/org-suffixes.words.tsv", "endings of missed organizations that no listed"
            + " ORG_SUFFIX covers (the name must still be a proper noun for the suffix rule) → ORG_SUFFIX",
            byCount(items));
    }

    /** Names of a type missed (or found only in part) at least {@code min} times and in no gazetteer. */
    private Group gazetteer(String type, String target, String heading) {
        Map<String, List<ErrorEntry>> byName = new TreeMap<>();
        for (ErrorEntry e : result.errors()) {
            if (e.gold() != null && e.type().equals(type) && e.kind() != ErrorKind.FALSE_POSITIVE) {
                byName.computeIfAbsent(e.gold().text().strip(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Suggestion> items = new ArrayList<>();
        byName.forEach((name, list) -> {
            if (list.size() < min || name.codePointCount(0, name.length()) < 2 || name.length() > 40
                || name.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
                return;
            }
            long partly = list.stream().filter(e -> e.kind() == ErrorKind.BOUNDARY).count();
            String counts = (list.size() - partly > 0 ? "missed " + (list.size() - partly) + "×" : "")
                + (partly > 0 && list.size() - partly > 0 ? ", " : "") + (partly > 0 ? "found only in part "
                + partly + "× (" + names(list.stream().filter(e -> e.kind() == ErrorKind.BOUNDARY).toList(),
                e -> e.predicted().text()) + ")" : "");
            List<RuleLibrary.Entry> entries = rules.entries(name);
            if (!entries.isEmpty()) {
                RuleLibrary.Entry last = entries.get(entries.size() - 1);
                notes.add(String.format(Locale.ROOT, "%s '%s' %s although %s lists it as %s", type, name, counts,
                    last.rule(), last.type()) + (last.type().equals(type) ? " (the gazetteer match is blocked:"
                    + " look at the words around it)" : " (the gold and the list disagree on its type)"));
                return;
            }
            long docs = list.stream().map(ErrorEntry::docId).distinct().count();
            List<String> evidence = new ArrayList<>();
            evidence.add(counts + " in " + docs + " document(s); e.g. " + example(list.get(0)));
            String canonical = list.stream().map(e -> e.gold().attribute("canonical").strip())
                .filter(c -> !c.isEmpty() && !c.equals(name)).findFirst().orElse("");
            items.add(new Suggestion(name + "\t" + type + (canonical.isEmpty() ? "" : "\t" + canonical), evidence,
                list.size()));
        });
        return new Group(target, heading + " → gazetteer lines (surface, type[, canonical])", byCount(items));
    }

    /** Texts often predicted as a name by the patterns (not by a gazetteer) and rarely right. */
    private Group notNames() {
        Map<String, List<ErrorEntry>> byText = new TreeMap<>();
        for (ErrorEntry e : result.errors()) {
            if (e.kind() == ErrorKind.FALSE_POSITIVE && (e.type().equals(PERSON) || e.type().equals(ORGANIZATION))
                && !isGazetteerRule(rule(e.predicted()))) {
                byText.computeIfAbsent(e.predicted().text().strip(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Suggestion> items = new ArrayList<>();
        byText.forEach((text, list) -> {
            if (list.size() < min || text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
                return;
            }
            Map<String, Long> byType = list.stream().collect(Collectors.groupingBy(e -> e.type(), TreeMap::new,
                Collectors.counting()));
            int correct = byType.keySet().stream().mapToInt(t -> predictedCounts.getOrDefault(t + "\t" + text, 0))
                .sum() - list.size();
            long wrongType = list.stream().filter(e -> e.confusedWith() != null).count();
            String rulesUsed = names(list, e -> rule(e.predicted()));
            if (rules.inAny(text, "NOT_NAME")) {
                notes.add(String.format(Locale.ROOT, "'%s' is listed as NOT_NAME but was predicted %d times (%s)",
                    text, list.size(), rulesUsed));
                return;
            }
            if (correct >= list.size() || wrongType * 2 > list.size()) {
                return; // right as often as wrong, or a name of another type: no stop word
            }
            List<String> evidence = new ArrayList<>();
            evidence.add(list.size() + " false positives as " + String.join("/", byType.keySet()) + " (rules: "
                + rulesUsed + ")" + (correct > 0 ? ", right " + correct + "×" : ", never right"));
            evidence.add("e.g. " + example(list.get(0)));
            items.add(new Suggestion(text + "\tNOT_NAME", evidence, list.size()));
        });
        return new Group("ner/not-names.words.tsv", "words often taken for a name by the patterns and rarely one"
            + " → NOT_NAME (stop list)", byCount(items));
    }

    /** Gazetteer entries whose matches are mostly false positives: a None entry vetoes them. */
    private Group vetoes() {
        List<Suggestion> items = new ArrayList<>();
        for (RuleScore r : result.rules()) {
            if (!isGazetteerRule(r.rule()) || r.lenientFp() < min || r.lenientPrecision() > WORST_PRECISION) {
                continue;
            }
            String line = rules.line(r.rule()).orElse("");
            String surface = line.isEmpty() ? r.falsePositives().get(0).text() : line.split("\t", -1)[0];
            List<String> evidence = new ArrayList<>();
            evidence.add(String.format(Locale.ROOT, "%s (%s): %d of %d matches wrong (precision %.2f), %s F1 %.3f"
                + " → %.3f without it; wrong: %s", r.rule(), line.isEmpty() ? r.type() : line.replace('\t', ' '),
                r.lenientFp(), r.predicted(), r.lenientPrecision(), r.type(), r.lenientF1(), r.lenientF1Without(),
                counts(r)));
            evidence.add("or delete that line; a None entry in a file added with --rules-add overrides it");
            items.add(new Suggestion(surface + "\tNone", evidence, r.lenientFp()));
        }
        return new Group("your-vetoes.gaz.tsv (annotate --rules-add your-vetoes.gaz.tsv)", "gazetteer entries that"
            + " are mostly wrong → a None entry blocks the name (a later gazetteer entry replaces an earlier one)",
            byCount(items));
    }

    /** Pattern lines, built-in rules and rule files with the worst precision. */
    private Group disable() {
        List<Suggestion> items = new ArrayList<>();
        List<RuleScore> worst = result.rules().stream().filter(r -> !isGazetteerRule(r.rule()))
            .filter(r -> r.lenientFp() >= min && (r.lenientPrecision() < typePrecision(r.type())
                || r.lenientPrecision() <= WORST_PRECISION))
            .sorted(Comparator.comparingDouble(RuleScore::lenientPrecision)
                .thenComparing(Comparator.comparingInt(RuleScore::lenientFp).reversed()))
            .limit(MAX_RULES).toList();
        for (RuleScore r : worst) {
            List<String> evidence = new ArrayList<>();
            evidence.add(String.format(Locale.ROOT, "%s %s: %d predicted, %d right, %d wrong (precision %.2f, the"
                + " type's %.2f); %s F1 %.3f → %.3f without it (%s); wrong: %s", r.rule(), r.type(), r.predicted(),
                r.lenientTp(), r.lenientFp(), r.lenientPrecision(), typePrecision(r.type()), r.type(), r.lenientF1(),
                r.lenientF1Without(), r.lenientTp() == 0 ? "disable it: it finds nothing right" : r.lenientDelta() > 0
                    ? "disable it" : "tighten it: it finds right ones too",
                counts(r)));
            rules.line(r.rule()).ifPresentOrElse(
                line -> evidence.add("the rule: " + line.replace("\t", "  ") + "  (to disable: put # before it in"
                    + " rules/" + r.file() + ")"),
                () -> evidence.add(r.file().equals(r.rule()) ? "a built-in rule (no switch): look at what it"
                    + " builds on" : "rule line not found (rules changed since the run?)"));
            items.add(new Suggestion(null, evidence, r.lenientFp()));
        }
        for (RuleScore f : result.ruleFiles()) {
            if (f.file().equals(f.rule()) && f.rule().startsWith("ner/") && f.rule().endsWith(".tsv")
                && f.lenientFp() >= min && f.lenientPrecision() < typePrecision(f.type()) && f.lenientDelta() > 0) {
                String name = f.rule().substring(f.rule().lastIndexOf('/') + 1);
                items.add(new Suggestion(null, List.of(String.format(Locale.ROOT, "the whole file %s: %d predicted"
                    + " %s, precision %.2f, %s F1 %.3f → %.3f without it → annotate --rules-off %s", f.rule(),
                    f.predicted(), f.type(), f.lenientPrecision(), f.type(), f.lenientF1(), f.lenientF1Without(),
                    name)), f.lenientFp()));
            }
        }
        return new Group("rules to disable or tighten", "rules with at least " + min + " false positives whose"
            + " precision is below their type's (they pull it down) or at most " + WORST_PRECISION + ", worst first;"
            + " advice, no lines", items);
    }

    private double typePrecision(String type) {
        var score = result.byType().get(type);
        return score == null ? 1.0 : score.scores().lenient().precision();
    }

    private static String counts(RuleScore r) {
        return r.falsePositives().stream().map(c -> c.text() + (c.count() > 1 ? " ×" + c.count() : ""))
            .collect(Collectors.joining(", "));
    }

    private static boolean isGazetteerRule(String rule) {
        return RuleScore.fileOf(rule).endsWith(".gaz.tsv");
    }

    private static String rule(Mention m) {
        String r = m.attribute("rule").strip();
        return r.isEmpty() ? RuleScore.NO_RULE : r;
    }

    /** {@code a ×3, b, c ×2} of the values, most frequent first, at most 6. */
    private static String names(List<ErrorEntry> list, Function<ErrorEntry, String> value) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        list.forEach(e -> counts.merge(value.apply(e), 1, Integer::sum));
        String shown = counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
            .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : "")).collect(Collectors.joining(", "));
        return counts.size() > 6 ? shown + " ..." : shown;
    }

    /** One error as {@code doc "… left [mention] right …"}. */
    static String example(ErrorEntry e) {
        Context c = e.context();
        if (c == null) {
            return e.docId() + " [" + e.subject().text() + "]";
        }
        String left = c.left();
        String right = c.right();
        left = left.length() > 20 ? "…" + left.substring(left.length() - 20) : left;
        right = right.length() > 20 ? right.substring(0, 20) + "…" : right;
        return e.docId() + " \"" + left + "[" + c.mention() + "]" + right + "\"";
    }

    private static boolean verbal(String w) {
        return w.length() > 1 && (VERBAL_ENDINGS.contains(w.substring(w.length() - 1)) || w.endsWith("지만"));
    }

    private static boolean isWordLike(String w) {
        return w.codePoints().allMatch(Character::isLetter);
    }

    private static List<Suggestion> byCount(List<Suggestion> items) {
        return items.stream().sorted(Comparator.comparingInt(Suggestion::count).reversed()
            .thenComparing(s -> s.line() == null ? "" : s.line())).toList();
    }
}
