package io.github.hanex.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.hanex.boilerplate.VerbatimArticle;
import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.pipeline.HanexPipeline;
import io.github.hanex.pipeline.PipelineOptions;
import io.github.hanex.type.Morpheme;
import io.github.hanex.type.Organization;
import io.github.hanex.type.Person;
import io.github.hanex.type.Sentence;
import io.github.hanex.type.Token;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.util.CasCopier;
import org.junit.jupiter.api.Test;

/**
 * Alias resolution takes time in proportion to the document, not to its sentences times its mentions: on a
 * 2.2-million-character article (one short news text 12,000 times over, analysed once and copied, so the test
 * needs no KOMORAN run over millions of characters) it finishes in seconds; looking at every mention (and every
 * full name, and every sentence) of the document for each sentence (and each surname and each mention) took
 * minutes.
 */
class NameAliasResolverScaleTest {

    private static final String ARTICLE = "한빛전자 김민준 사장은 23일 서울 본사에서 기자들과 만나 \"미국 공장 증설에 "
        + "165억달러를 투자하겠다\"고 밝혔다. 김 사장은 누리바이오 박서연 대표와 공급 계약도 맺었다. 박 대표는 "
        + "\"한빛전자와의 협력을 넓히겠다\"고 말했다. 김민준 사장은 다음 달 워싱턴을 방문한다. 누리바이오는 "
        + "국제통화기금(IMF) 보고서를 인용했다.\n";
    private static final int COPIES = 12_000;

    @Test
    void aMillionsOfCharactersArticleIsResolvedInLinearTime() throws Exception {
        PipelineOptions options = new PipelineOptions();
        options.boilerplate = false;
        JCas one = JCasFactory.createJCas();
        DocumentLoader.loadText(one, "one", "one", InputFormat.TEXT, ARTICLE, "UTF-8");
        List<AnalysisEngineDescription> stages = new ArrayList<>();
        stages.add(AnalysisEngineFactory.createEngineDescription(VerbatimArticle.class));
        stages.add(HanexPipeline.tokenizer(options));
        stages.add(HanexPipeline.names(options).get(0)); // the recognizer alone
        SimplePipeline.runPipeline(one, stages.toArray(AnalysisEngineDescription[]::new));
        int personsInOne = JCasUtil.select(one, Person.class).size();
        assertThat(personsInOne).isGreaterThan(2);

        JCas big = JCasFactory.createJCas();
        big.setDocumentText(ARTICLE.repeat(COPIES));
        for (int k = 0; k < COPIES; k++) {
            int shift = k * ARTICLE.length();
            CasCopier copier = new CasCopier(one.getCas(), big.getCas());
            for (Class<? extends Annotation> type : List.of(Sentence.class, Token.class, Morpheme.class, Person.class,
                Organization.class)) {
                for (Annotation a : JCasUtil.select(one, type)) {
                    Annotation c = (Annotation) copier.copyFs(a);
                    c.setBegin(a.getBegin() + shift);
                    c.setEnd(a.getEnd() + shift);
                    c.addToIndexes();
                }
            }
        }
        AnalysisEngine resolver = AnalysisEngineFactory.createEngine(HanexPipeline.names(options).get(1));

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> resolver.process(big));

        // every copy's surname mentions got the full name's canonical name
        assertThat(JCasUtil.select(big, Person.class)).filteredOn(p -> p.getCoveredText().equals("김"))
            .hasSizeGreaterThanOrEqualTo(COPIES).allMatch(p -> "김민준".equals(p.getCanonical()));
        resolver.destroy();
    }
}
