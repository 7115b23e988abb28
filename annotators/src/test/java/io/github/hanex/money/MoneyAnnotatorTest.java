package io.github.hanex.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hanex.type.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotator writes Money annotations with every feature, and refuses broken rule files at start-up. */
class MoneyAnnotatorTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void createEngine() throws Exception {
        engine = AnalysisEngineFactory.createEngine(MoneyAnnotator.class);
    }

    @Test
    void annotatesAmountsWithValueCurrencyQualifierAndRule() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("미화 8억 달러(약 1조원)와 4~5조원, 수천억원대. 직원 1만2000명.");
        engine.process(jcas);
        assertThat(JCasUtil.select(jcas, Money.class))
            .extracting(Money::getCoveredText, Money::getValue, Money::getValueMax, Money::getCurrency,
                Money::getQualifier)
            .containsExactly(
                tuple("미화 8억 달러", "800000000", null, "USD", "EXACT"),
                tuple("1조원", "1000000000000", null, "KRW", "APPROX"),
                tuple("4~5조원", "4000000000000", "5000000000000", "KRW", "RANGE"),
                tuple("수천억원", null, null, "KRW", "APPROX"));
        assertThat(JCasUtil.select(jcas, Money.class)).extracting(Money::getRule)
            .allMatch(rule -> rule.matches("money/currencies\\.tsv:\\d+|money:range|money:vague"));
    }

    @Test
    void annotatesANewsLikeTextAndNothingElse() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        try (var in = MoneyAnnotatorTest.class.getResourceAsStream("news-sample.txt")) {
            jcas.setDocumentText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        engine.process(jcas);
        assertThat(JCasUtil.select(jcas, Money.class)).extracting(Money::getCoveredText).containsExactly(
            "165억달러", "24조원", "미화 8억 달러", "2조원", "4~5조원", "수천억원", "$4.2 billion",
            "3 million euros", "칠천만 원", "1조 7천억 원");
    }

    @Test
    void aDocumentWithoutTextIsLeftAlone() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        engine.process(jcas);
        assertThat(JCasUtil.select(jcas, Money.class)).isEmpty();
    }

    @Test
    void ownRuleFilesReplaceTheBundledOnes(@TempDir Path dir) throws Exception {
        Path currencies = dir.resolve("currencies.tsv");
        Files.writeString(currencies, "# only rupees\n루피\tINR\tafter\n");
        AnalysisEngine own = AnalysisEngineFactory.createEngine(MoneyAnnotator.class,
            MoneyAnnotator.PARAM_CURRENCIES, currencies.toString());
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("3억원과 5억 루피");
        own.process(jcas);
        assertThat(JCasUtil.select(jcas, Money.class)).singleElement().satisfies(m -> {
            assertThat(m.getCoveredText()).isEqualTo("5억 루피");
            assertThat(m.getRule()).isEqualTo("currencies.tsv:2");
        });
    }

    @Test
    void aBrokenRuleFileStopsTheStartWithFileAndLine(@TempDir Path dir) throws Exception {
        Path qualifiers = dir.resolve("qualifiers.tsv");
        Files.writeString(qualifiers, "약\tbefore\tAPPROX\n최대\tbefore\tMAYBE\n");
        assertThatThrownBy(() -> AnalysisEngineFactory.createEngine(MoneyAnnotator.class,
            MoneyAnnotator.PARAM_QUALIFIERS, qualifiers.toString()))
            .isInstanceOf(ResourceInitializationException.class)
            .rootCause().hasMessageStartingWith("qualifiers.tsv:2:").hasMessageContaining("MAYBE");
    }
}
