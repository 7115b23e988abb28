package io.github.hanex.eval.score;

import static io.github.hanex.eval.Mentions.at;
import static io.github.hanex.eval.Mentions.atSource;
import static io.github.hanex.eval.Mentions.both;
import static io.github.hanex.eval.Mentions.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.score.EvaluationResult.AttributeScore;
import io.github.hanex.eval.score.EvaluationResult.Confusion;
import io.github.hanex.eval.score.EvaluationResult.ErrorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final EvaluationOptions NO_BOOTSTRAP = EvaluationOptions.defaults().withResamples(0);

    private static EvaluationResult eval(MentionSet gold, MentionSet pred) {
        return Evaluator.evaluate(gold, pred, NO_BOOTSTRAP);
    }

    private static Prf strict(EvaluationResult r, String type) {
        return r.byType().get(type).scores().strict();
    }

    private static Prf lenient(EvaluationResult r, String type) {
        return r.byType().get(type).scores().lenient();
    }

    @Test
    void perfectPredictionsScoreOne() {
        MentionSet gold = set("g", at("d1", "Person", 0, 3), at("d1", "Organization", 5, 9), at("d2", "Person", 2, 4));
        MentionSet pred = set("p", at("d1", "Person", 0, 3), at("d1", "Organization", 5, 9), at("d2", "Person", 2, 4));
        EvaluationResult r = eval(gold, pred);
        assertThat(r.micro().strict()).isEqualTo(new Prf(3, 0, 0));
        assertThat(r.micro().strict().f1()).isEqualTo(1.0);
        assertThat(r.micro().lenient().f1()).isEqualTo(1.0);
        assertThat(r.macro().strict().f1()).isEqualTo(1.0);
        assertThat(r.errors()).isEmpty();
        assertThat(r.documents()).extracting(EvaluationResult.DocumentScore::docId).containsExactly("d1", "d2");
    }

    @Test
    void emptyGoldMakesEveryPredictionAFalsePositive() {
        MentionSet gold = new MentionSet("g", false);
        MentionSet pred = set("p", at("d1", "Person", 0, 3), at("d1", "Money", 5, 9));
        EvaluationResult r = eval(gold, pred);
        assertThat(r.micro().strict()).isEqualTo(new Prf(0, 2, 0));
        assertThat(r.micro().strict().precision()).isZero();
        assertThat(r.micro().strict().recall()).isZero();
        assertThat(r.micro().strict().f1()).isZero();
        assertThat(r.types()).containsExactly("Person", "Money");
        assertThat(r.errors()).extracting(EvaluationResult.ErrorEntry::kind)
            .containsOnly(ErrorKind.FALSE_POSITIVE).hasSize(2);
    }

    @Test
    void emptyPredictionsMissEverything() {
        MentionSet gold = set("g", at("d1", "Person", 0, 3), at("d2", "Organization", 5, 9));
        EvaluationResult r = eval(gold, new MentionSet("p", false));
        assertThat(r.micro().lenient()).isEqualTo(new Prf(0, 0, 2));
        assertThat(r.micro().lenient().f1()).isZero();
        assertThat(r.errors()).extracting(EvaluationResult.ErrorEntry::kind)
            .containsOnly(ErrorKind.FALSE_NEGATIVE).hasSize(2);
    }

    @Test
    void offByOneSpanIsAStrictMissAndALenientHit() {
        MentionSet gold = set("g", at("d", "Person", 10, 13));
        MentionSet pred = set("p", at("d", "Person", 10, 14));
        EvaluationResult r = eval(gold, pred);
        assertThat(strict(r, "Person")).isEqualTo(new Prf(0, 1, 1));
        assertThat(lenient(r, "Person")).isEqualTo(new Prf(1, 0, 0));
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.BOUNDARY);
            assertThat(e.predicted().article().end()).isEqualTo(14);
        });
    }

    @Test
    void adjacentSpansDoNotOverlap() {
        EvaluationResult r = eval(set("g", at("d", "Person", 0, 3)), set("p", at("d", "Person", 3, 5)));
        assertThat(lenient(r, "Person")).isEqualTo(new Prf(0, 1, 1));
    }

    @Test
    void duplicatePredictionsCountOnce() {
        MentionSet gold = set("g", at("d", "Person", 0, 3));
        MentionSet pred = set("p", at("d", "Person", 0, 3), at("d", "Person", 0, 3));
        EvaluationResult r = eval(gold, pred);
        assertThat(strict(r, "Person")).isEqualTo(new Prf(1, 1, 0));
        assertThat(lenient(r, "Person")).isEqualTo(new Prf(1, 1, 0));
    }

    @Test
    void onePredictionOverlappingTwoGoldMentionsMatchesOnlyOne() {
        MentionSet gold = set("g", at("d", "Organization", 0, 4), at("d", "Organization", 5, 8));
        MentionSet pred = set("p", at("d", "Organization", 0, 8));
        EvaluationResult r = eval(gold, pred);
        assertThat(lenient(r, "Organization")).isEqualTo(new Prf(1, 0, 1));
        assertThat(strict(r, "Organization")).isEqualTo(new Prf(0, 1, 2));
        // the larger overlap wins the pair
        assertThat(r.errors()).filteredOn(e -> e.kind() == ErrorKind.BOUNDARY).singleElement()
            .satisfies(e -> assertThat(e.gold().article().begin()).isZero());
    }

    @Test
    void lenientMatchingIsMaximumNotGreedy() {
        // Greedy by overlap would pair g1 with p1 (overlap 4) and leave g2 unmatched; the maximum pairs both.
        MentionSet gold = set("g", at("d", "Person", 0, 5), at("d", "Person", 4, 6));
        MentionSet pred = set("p", at("d", "Person", 1, 6), at("d", "Person", 0, 2));
        EvaluationResult r = eval(gold, pred);
        assertThat(lenient(r, "Person")).isEqualTo(new Prf(2, 0, 0));
    }

    @Test
    void lenientKeepsEveryStrictPairCounted() {
        MentionSet gold = set("g", at("d", "Person", 0, 5), at("d", "Person", 6, 9));
        MentionSet pred = set("p", at("d", "Person", 0, 5), at("d", "Person", 4, 8));
        EvaluationResult r = eval(gold, pred);
        assertThat(strict(r, "Person")).isEqualTo(new Prf(1, 1, 1));
        assertThat(lenient(r, "Person")).isEqualTo(new Prf(2, 0, 0));
    }

    @Test
    void typeConfusionsFillTheConfusionTable() {
        MentionSet gold = set("g", at("d", "Person", 0, 3), at("d", "Organization", 5, 9), at("d", "Person", 12, 14));
        MentionSet pred = set("p", at("d", "Organization", 0, 3), at("d", "Organization", 5, 9),
            at("d", "Money", 20, 24));
        EvaluationResult r = eval(gold, pred);
        Confusion c = r.confusion();
        assertThat(c.count("Person", "Organization")).isEqualTo(1);
        assertThat(c.count("Organization", "Organization")).isEqualTo(1);
        assertThat(c.count("Person", Confusion.NONE)).isEqualTo(1);
        assertThat(c.count(Confusion.NONE, "Money")).isEqualTo(1);
        assertThat(c.labels()).containsExactly("Money", "Organization", "Person", Confusion.NONE);
        assertThat(strict(r, "Person")).isEqualTo(new Prf(0, 0, 2));
        assertThat(strict(r, "Organization")).isEqualTo(new Prf(1, 1, 0));
        assertThat(r.errors()).filteredOn(e -> e.kind() == ErrorKind.FALSE_NEGATIVE)
            .extracting(EvaluationResult.ErrorEntry::confusedWith).containsExactly("Organization", null);
        assertThat(r.errors()).filteredOn(e -> e.kind() == ErrorKind.FALSE_POSITIVE)
            .extracting(EvaluationResult.ErrorEntry::confusedWith).containsExactly("Person", null);
    }

    @Test
    void sourceOffsetGoldMatchesOnSourceOffsetsOfPredictions() {
        // The article text starts 100 characters into the original HTML.
        MentionSet gold = set("g", atSource("d", "Person", 110, 113), atSource("d", "Person", 150, 152));
        MentionSet pred = set("p", both("d", "Person", 10, 13, 110, 113), both("d", "Person", 50, 53, 150, 153));
        EvaluationResult r = eval(gold, pred);
        assertThat(strict(r, "Person")).isEqualTo(new Prf(1, 1, 1));
        assertThat(lenient(r, "Person")).isEqualTo(new Prf(2, 0, 0));
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.anchor()).isEqualTo(Anchor.SOURCE));
    }

    @Test
    void articleOffsetGoldMatchesOnArticleOffsets() {
        MentionSet gold = set("g", at("d", "Person", 10, 13));
        MentionSet pred = set("p", both("d", "Person", 10, 13, 110, 113));
        assertThat(strict(eval(gold, pred), "Person")).isEqualTo(new Prf(1, 0, 0));
        // forcing source offsets: the gold's source span (10-13, copied) no longer matches
        EvaluationResult forced = Evaluator.evaluate(gold, pred, NO_BOOTSTRAP.withAnchor(Anchor.SOURCE));
        assertThat(strict(forced, "Person")).isEqualTo(new Prf(0, 1, 1));
    }

    @Test
    void moneyValueCurrencyAndQualifierAccuracyOverMatchedPairs() {
        MentionSet gold = set("g",
            at("d", "Money", 0, 5, "value", "16500000000", "currency", "USD", "qualifier", "EXACT"),
            at("d", "Money", 10, 15, "value", "3000000", "currency", "KRW", "qualifier", "APPROX"),
            at("d", "Money", 20, 25, "value", "200", "value_max", "300", "currency", "KRW", "qualifier", "RANGE"),
            at("d", "Money", 40, 45, "value", "1", "currency", "KRW", "qualifier", "EXACT"));
        MentionSet pred = set("p",
            at("d", "Money", 0, 5, "value", "16500000000.0", "currency", "usd", "qualifier", "EXACT"),
            at("d", "Money", 10, 15, "value", "3000000", "currency", "KRW", "qualifier", "EXACT"),
            at("d", "Money", 19, 25, "value", "200", "currency", "JPY", "qualifier", "RANGE"));
        EvaluationResult r = eval(gold, pred);
        AttributeScore value = attribute(r, "Money", "value_currency");
        AttributeScore qualifier = attribute(r, "Money", "qualifier");
        assertThat(value.strictTotal()).isEqualTo(2);
        assertThat(value.strictCorrect()).isEqualTo(2);
        assertThat(value.lenientTotal()).isEqualTo(3);
        assertThat(value.lenientCorrect()).isEqualTo(2);
        assertThat(qualifier.lenientCorrect()).isEqualTo(2);
        assertThat(qualifier.lenientAccuracy()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(attribute(r, "Money", "value_max").lenientCorrect()).isEqualTo(2);
        assertThat(attribute(r, "Money", "all").lenientCorrect()).isEqualTo(1);
    }

    @Test
    void eventTriggersMustAgreeOnEventType() {
        MentionSet gold = set("g", at("d", "EventTrigger", 0, 2, "event_type", "MEET", "modality", "ASSERTED"),
            at("d", "EventTrigger", 10, 12, "event_type", "INVEST", "modality", "PLANNED"));
        MentionSet pred = set("p", at("d", "EventTrigger", 0, 3, "event_type", "MEET", "modality", "PLANNED"),
            at("d", "EventTrigger", 10, 12, "event_type", "SUPPLY", "modality", "PLANNED"));
        EvaluationResult r = eval(gold, pred);
        assertThat(lenient(r, "EventTrigger")).isEqualTo(new Prf(1, 1, 1));
        assertThat(strict(r, "EventTrigger")).isEqualTo(new Prf(0, 2, 2));
        assertThat(r.confusion().count("EventTrigger:INVEST", "EventTrigger:SUPPLY")).isEqualTo(1);
        assertThat(attribute(r, "EventTrigger", "modality").lenientCorrect()).isZero();
        assertThat(attribute(r, "EventTrigger", "modality").lenientTotal()).isEqualTo(1);
    }

    @Test
    void macroAveragesTheTypesAndMicroPoolsTheCounts() {
        MentionSet gold = set("g", at("d", "Person", 0, 1), at("d", "Person", 2, 3), at("d", "Person", 4, 5),
            at("d", "Organization", 10, 12));
        MentionSet pred = set("p", at("d", "Person", 0, 1), at("d", "Person", 2, 3), at("d", "Person", 4, 5),
            at("d", "Organization", 20, 22));
        EvaluationResult r = eval(gold, pred);
        assertThat(r.micro().strict().f1()).isCloseTo(0.75, within(1e-9));
        assertThat(r.macro().strict().f1()).isCloseTo(0.5, within(1e-9));
        assertThat(r.macro().types()).containsExactly("Person", "Organization");
    }

    @Test
    void perDocumentFigures() {
        MentionSet gold = set("g", at("a", "Person", 0, 1), at("b", "Person", 0, 1));
        MentionSet pred = set("p", at("a", "Person", 0, 1), at("c", "Person", 0, 1));
        EvaluationResult r = eval(gold, pred);
        assertThat(r.documents()).extracting(d -> d.docId() + ":" + d.scores().strict())
            .containsExactly("a:" + new Prf(1, 0, 0), "b:" + new Prf(0, 0, 1), "c:" + new Prf(0, 1, 0));
        EvaluationResult goldOnly = Evaluator.evaluate(gold, pred, new EvaluationOptions(null, null, true, 0, 1,
            0.95, 30));
        assertThat(goldOnly.micro().strict()).isEqualTo(new Prf(1, 0, 1));
    }

    @Test
    void predictionDocumentsNamedLikeFilesMatchGoldSentences() {
        MentionSet gold = set("g", at("ner.dev#1", "Person", 0, 3));
        MentionSet pred = set("p", at("ner.dev#1.txt", "Person", 0, 3));
        EvaluationResult r = eval(gold, pred);
        assertThat(r.micro().strict()).isEqualTo(new Prf(1, 0, 0));
        assertThat(r.documents()).extracting(EvaluationResult.DocumentScore::docId).containsExactly("ner.dev#1");
    }

    @Test
    void predictionDocumentsAnnotatedFromASubfolderMatchByPathSuffix() {
        MentionSet gold = set("g", at("html/a.html", "Person", 0, 3), at("text/a.txt", "Person", 0, 3));
        MentionSet pred = set("p", at("a.html", "Person", 0, 3), at("a.txt", "Person", 1, 3));
        EvaluationResult r = eval(gold, pred);
        assertThat(r.documents()).extracting(EvaluationResult.DocumentScore::docId)
            .containsExactly("html/a.html", "text/a.txt");
        assertThat(r.micro().strict()).isEqualTo(new Prf(1, 1, 1));
    }

    @Test
    void predictedTypesOutsideTheGuidelinesAreScoredOnlyWhenTheGoldHasThem() {
        MentionSet gold = set("g", at("d", "Person", 0, 3));
        MentionSet pred = set("p", at("d", "Person", 0, 3), at("d", "Date", 5, 8), at("d", "Money", 9, 12));
        EvaluationResult r = eval(gold, pred);
        assertThat(r.types()).containsExactly("Person", "Money");
        assertThat(r.warnings()).singleElement().asString().contains("[Date]");
        MentionSet withDates = set("g", at("d", "Person", 0, 3), at("e", "Date", 0, 2));
        assertThat(eval(withDates, pred).types()).containsExactly("Person", "Money", "Date");
    }

    @Test
    void aForeignTagSetIgnoresPredictionsOfTypesItDoesNotAnnotate() {
        MentionSet gold = new MentionSet("ner", true);
        gold.add(at("s#1", "Person", 0, 3));
        MentionSet pred = set("p", at("s#1", "Person", 0, 3), at("s#1", "Money", 5, 8));
        EvaluationResult r = eval(gold, pred);
        assertThat(r.types()).containsExactly("Person");
        assertThat(r.micro().strict()).isEqualTo(new Prf(1, 0, 0));
        EvaluationResult asked = Evaluator.evaluate(gold, pred, NO_BOOTSTRAP.withTypes(List.of("Person", "Money")));
        assertThat(asked.micro().strict()).isEqualTo(new Prf(1, 1, 0));
    }

    @Test
    void errorsCarryContextAndRule() {
        MentionSet gold = set("g", at("d", "Person", 0, 3));
        io.github.hanex.eval.DocumentTexts texts = new io.github.hanex.eval.DocumentTexts();
        texts.put("d", "김민준 한빛전자 사장은 어제 서울에서 기자들을 만났다.", null);
        gold.setTexts(texts);
        MentionSet pred = new MentionSet("p", false);
        pred.add(new io.github.hanex.eval.Mention("d", "Organization", new io.github.hanex.eval.Span(4, 8), null,
            "한빛전자", java.util.Map.of("rule", "ner/orgs.tsv:3")));
        EvaluationResult r = Evaluator.evaluate(gold, pred,
            new EvaluationOptions(null, null, false, 0, 42, 0.95, 5));
        assertThat(r.errors()).filteredOn(e -> e.kind() == ErrorKind.FALSE_NEGATIVE).singleElement()
            .satisfies(e -> {
                assertThat(e.context().left()).isEmpty();
                assertThat(e.context().mention()).isEqualTo("김민준");
                assertThat(e.context().right()).isEqualTo(" 한빛전자");
            });
        assertThat(r.errors()).filteredOn(e -> e.kind() == ErrorKind.FALSE_POSITIVE).singleElement()
            .satisfies(e -> {
                assertThat(e.predicted().attribute("rule")).isEqualTo("ner/orgs.tsv:3");
                assertThat(e.context().left()).isEqualTo("김민준 ");
                assertThat(e.context().right()).isEqualTo(" 사장은 ");
            });
    }

    @Test
    void bootstrapIsSeededAndBracketsTheScore() {
        MentionSet gold = new MentionSet("g", false);
        MentionSet pred = new MentionSet("p", false);
        for (int d = 0; d < 30; d++) {
            for (int k = 0; k < 4; k++) {
                gold.add(at("doc" + d, "Person", k * 10, k * 10 + 3));
                if ((d + k) % 3 != 0) {
                    pred.add(at("doc" + d, "Person", k * 10, k * 10 + 3));
                }
            }
            if (d % 4 == 0) {
                pred.add(at("doc" + d, "Person", 50, 53));
            }
        }
        EvaluationOptions options = EvaluationOptions.defaults();
        EvaluationResult a = Evaluator.evaluate(gold, pred, options);
        EvaluationResult b = Evaluator.evaluate(gold, pred, options);
        var ci = a.bootstrap().overall().get("micro.strict.f1");
        assertThat(a.bootstrap().resamples()).isEqualTo(1000);
        assertThat(ci).isEqualTo(b.bootstrap().overall().get("micro.strict.f1"));
        assertThat(ci.low()).isLessThan(a.micro().strict().f1()).isGreaterThan(0.5);
        assertThat(ci.high()).isGreaterThan(a.micro().strict().f1()).isLessThanOrEqualTo(1.0);
        assertThat(a.bootstrap().byType().get("Person")).containsKey("lenient.f1");
    }

    @Test
    void percentilesInterpolate() {
        var i = Bootstrap.percentiles(new double[] {5, 1, 4, 2, 3}, 0.5);
        assertThat(i.low()).isEqualTo(2.0);
        assertThat(i.high()).isEqualTo(4.0);
    }

    @Test
    void numbersCompareAsDecimals() {
        assertThat(Evaluator.sameNumber("1.50", "1.5")).isTrue();
        assertThat(Evaluator.sameNumber("", "")).isTrue();
        assertThat(Evaluator.sameNumber("", "0")).isFalse();
        assertThat(Evaluator.stem("a/b.html")).isEqualTo("a/b");
        assertThat(Evaluator.stem("ner.dev#3")).isEqualTo("ner.dev#3");
    }

    private static AttributeScore attribute(EvaluationResult r, String type, String name) {
        return r.attributes().stream().filter(a -> a.type().equals(type) && a.attribute().equals(name)).findFirst()
            .orElseThrow();
    }
}
