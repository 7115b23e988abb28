package io.github.hanex.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lucene Nori behind the same annotator: Sejong tags through the tag map, the same offset guarantees. */
class NoriTokenizerTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = AnalysisEngineFactory.createEngine(KoreanTokenizer.class, KoreanTokenizer.PARAM_ANALYZER, "nori");
    }

    @AfterAll
    static void close() {
        engine.destroy();
    }

    private static JCas analyze(String text) throws Exception {
        JCas jcas = engine.newJCas();
        jcas.setDocumentText(text);
        engine.process(jcas);
        TokenizationInvariants.check(jcas);
        return jcas;
    }

    @Test
    void tagsAreMappedToSejong() throws Exception {
        JCas jcas = analyze("김민준 사장은 계약을 체결했다.");
        assertThat(TokenizationInvariants.describe(jcas)).contains("계약=계약/NNG", ".=./SF")
            .noneMatch(m -> m.endsWith("/E") || m.endsWith("/J") || m.endsWith("/SC"));
    }

    @Test
    void sameOffsetGuaranteesOnHardInput() throws Exception {
        analyze("그는 165억달러와 3조4,500억원을 투자했고, 갔었다. 이건 해봤어요 Microsoft와 朴 회장 😀");
    }

    @Test
    void emptyText() throws Exception {
        assertThat(TokenizationInvariants.describe(analyze(""))).isEmpty();
    }
}
