package io.github.hanex.eval.score;

import static io.github.hanex.eval.Mentions.at;
import static io.github.hanex.eval.Mentions.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hanex.eval.DocumentTexts;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.score.EvaluationResult.Count;
import io.github.hanex.eval.score.EvaluationResult.RuleScore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleScoresTest {

    private static final EvaluationOptions NO_BOOTSTRAP = EvaluationOptions.defaults().withResamples(0);

    private static Mention pred(String doc, String type, int b, int e, String text, String rule) {
        return new Mention(doc, type, new Span(b, e), new Span(b, e), text, Map.of("rule", rule));
    }

    private static RuleScore row(List<RuleScore> rows, String rule, String type) {
        return rows.stream().filter(r -> r.rule().equals(rule) && r.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void everyPredictionCountsUnderItsRuleAsTheScoresCountIt() {
        MentionSet gold = set("g", at("d", "Person", 0, 3), at("d", "Person", 10, 13), at("d", "Organization", 20, 24),
            at("d", "Person", 40, 43));
        MentionSet pred = set("p",
            pred("d", "Person", 0, 3, "김민준", "ner/names.patterns.tsv:42"),       // strict tp
            pred("d", "Person", 10, 12, "이서", "ner/names.patterns.tsv:42"),       // lenient tp, strict fp
            pred("d", "Person", 30, 33, "성과급", "ner/names.patterns.tsv:49"),      // fp
            pred("d", "Person", 50, 53, "성과급", "ner/names.patterns.tsv:49"),      // fp
            pred("d", "Person", 20, 24, "한빛전자", "ner/names.patterns.tsv:49"),    // fp, gold is an Organization
            pred("d", "Organization", 60, 62, "생방", "ner/org.gaz.tsv:7"),         // fp
            pred("d", "Person", 40, 43, "박서연", ""));                              // no rule, tp
        EvaluationResult r = Evaluator.evaluate(gold, pred, NO_BOOTSTRAP);

        RuleScore p42 = row(r.rules(), "ner/names.patterns.tsv:42", "Person");
        assertThat(p42.predicted()).isEqualTo(2);
        assertThat(p42.strictTp()).isEqualTo(1);
        assertThat(p42.strictFp()).isEqualTo(1);
        assertThat(p42.lenientTp()).isEqualTo(2);
        assertThat(p42.lenientPrecision()).isEqualTo(1.0);
        RuleScore p49 = row(r.rules(), "ner/names.patterns.tsv:49", "Person");
        assertThat(p49.lenientFp()).isEqualTo(3);
        assertThat(p49.wrongType()).isEqualTo(1);
        assertThat(p49.onlyFalsePositives()).isTrue();
        assertThat(p49.falsePositives()).containsExactly(new Count("성과급", 2), new Count("한빛전자", 1));
        assertThat(row(r.rules(), RuleScore.NO_RULE, "Person").lenientTp()).isEqualTo(1);

        // the rule rows add up to the type scores
        for (String type : r.types()) {
            List<RuleScore> rows = r.rules().stream().filter(x -> x.type().equals(type)).toList();
            Prf strict = r.byType().get(type).scores().strict();
            Prf lenient = r.byType().get(type).scores().lenient();
            assertThat(rows.stream().mapToInt(RuleScore::strictTp).sum()).isEqualTo(strict.tp());
            assertThat(rows.stream().mapToInt(RuleScore::strictFp).sum()).isEqualTo(strict.fp());
            assertThat(rows.stream().mapToInt(RuleScore::lenientFp).sum()).isEqualTo(lenient.fp());
        }
        // the most false positives first; dropping rule 49 would raise Person F1 (3 tp, 3 fp → 3 tp, 0 fp)
        assertThat(r.rules().get(0).rule()).isEqualTo("ner/names.patterns.tsv:49");
        assertThat(p49.lenientF1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(p49.lenientF1Without()).isCloseTo(1.0, within(1e-9));
        assertThat(p49.lenientDelta()).isPositive();
        assertThat(p42.lenientDelta()).isNegative();

        RuleScore file = row(r.ruleFiles(), "ner/names.patterns.tsv", "Person");
        assertThat(file.predicted()).isEqualTo(5);
        assertThat(file.lenientTp()).isEqualTo(2);
        assertThat(row(r.ruleFiles(), "ner/org.gaz.tsv", "Organization").predicted()).isEqualTo(1);
        assertThat(RuleScore.fileOf("ner-alias:repeated-name")).isEqualTo("ner-alias:repeated-name");
        assertThat(RuleScore.fileOf("money/currencies.tsv:15")).isEqualTo("money/currencies.tsv");
    }

    @Test
    void goldBeyondTheEndOfItsTextIsReportedAndNotScored() {
        MentionSet gold = set("gold.csv", at("d", "Person", 0, 3), at("d", "Person", 90, 93), at("d", "Person", 8, 11));
        DocumentTexts texts = new DocumentTexts();
        texts.put("d", "김민준 사장과 이서연", null);
        gold.setTexts(texts);
        EvaluationResult r = Evaluator.evaluate(gold, set("p", at("d", "Person", 0, 3)), NO_BOOTSTRAP);
        assertThat(r.goldOutOfText()).singleElement().satisfies(o -> {
            assertThat(o.mention().article()).isEqualTo(new Span(90, 93));
            assertThat(o.length()).isEqualTo(11);
        });
        assertThat(r.byType().get("Person").scores().strict()).isEqualTo(new Prf(1, 0, 1));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("1 gold mention(s) end beyond the end")
            .contains("d Person article 90-93 (text length 11)"));
    }

    @Test
    void missedMentionsAreCountedByTheirContext() {
        String text = "김철수 감독은 이영희 감독과 만났다. 배우 박민수는 가온재단과 나래재단, 다솜재단에 들렀다.";
        MentionSet gold = set("g",
            named("d", "Person", text, "김철수"), named("d", "Person", text, "이영희"), named("d", "Person", text, "박민수"),
            named("d", "Organization", text, "가온재단"), named("d", "Organization", text, "나래재단"),
            named("d", "Organization", text, "다솜재단"));
        DocumentTexts texts = new DocumentTexts();
        texts.put("d", text, text);
        gold.setTexts(texts);
        EvaluationResult r = Evaluator.evaluate(gold, new MentionSet("p", false), NO_BOOTSTRAP);
        var person = r.missedByContext().stream().filter(t -> t.type().equals("Person")).findFirst().orElseThrow();
        assertThat(person.missed()).isEqualTo(3);
        assertThat(person.byPosition().get(MissedContexts.Position.AFTER).get(0))
            .isEqualTo(new MissedContexts.Entry("감독", 2, 0, List.of("김철수", "이영희")));
        assertThat(person.byPosition().get(MissedContexts.Position.BEFORE))
            .containsExactly(new MissedContexts.Entry("배우", 1, 0, List.of("박민수")));
        var org = r.missedByContext().stream().filter(t -> t.type().equals("Organization")).findFirst().orElseThrow();
        assertThat(org.byPosition().get(MissedContexts.Position.ENDING)).first()
            .satisfies(e -> assertThat(e.word()).isEqualTo("재단"))
            .satisfies(e -> assertThat(e.count()).isEqualTo(3));
    }

    private static Mention named(String doc, String type, String text, String name) {
        int b = text.indexOf(name);
        return new Mention(doc, type, new Span(b, b + name.length()), null, name, Map.of());
    }

    @Test
    void sharedEndingsPreferTheLongestThatCoversTheSameNames() {
        var shared = Suffixes.shared(List.of("한국여성정치연구소", "국방연구소", "가온재단", "나래재단", "한빛"), 2);
        assertThat(shared).extracting(Suffixes.Suffix::suffix).containsExactly("연구소", "재단");
        assertThat(shared.get(0).shortestPrefix()).isEqualTo(2);
        assertThat(Suffixes.shared(List.of("가톨릭", "카톨릭", "5공화국", "6공화국"), 2)).as("spellings of one word")
            .isEmpty();
        assertThat(Suffixes.shared(List.of("Bailey Pharma", "Nova Pharma", "Yamato Denki"), 2))
            .extracting(Suffixes.Suffix::suffix).containsExactly("Pharma");
    }
}
