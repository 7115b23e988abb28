package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.resource.RuleFileException;
import io.github.hanex.resource.RuleFileReader;
import io.github.hanex.type.DocumentMetadata;
import io.github.hanex.type.Paragraph;
import io.github.hanex.type.SourceSpan;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {

    @Test
    void writesArticleParagraphsSourceSpansAndMetadataIntoTheInitialView() throws Exception {
        String html = HtmlArticleExtractorTest.resource("korean-news.html");
        JCas jcas = JCasFactory.createJCas();
        DocumentLoader.loadText(jcas, "korean-news.html", "file:/korean-news.html", InputFormat.HTML, html, "UTF-8");
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(BoilerplateRemover.class);
        engine.process(jcas);

        assertThat(jcas.getDocumentText()).startsWith("시청 앞 광장, 주말마다 \"차 없는 거리\"로\n");
        assertThat(JCasUtil.select(jcas, Paragraph.class)).extracting(Paragraph::getKind)
            .containsExactly("title", "subtitle", "body", "body", "caption", "body", "body");
        assertThat(JCasUtil.select(jcas, Paragraph.class)).allSatisfy(p -> assertThat(p.getRule()).startsWith("html:"));
        for (SourceSpan span : JCasUtil.select(jcas, SourceSpan.class)) {
            String text = span.getCoveredText();
            String source = html.substring(span.getSourceBegin(), span.getSourceEnd());
            if (text.length() == source.length()) {
                assertThat(text).isEqualTo(source);
            }
        }
        DocumentMetadata meta = JCasUtil.selectSingle(jcas, DocumentMetadata.class);
        assertThat(meta.getDocId()).isEqualTo("korean-news.html");
        assertThat(meta.getTitle()).isEqualTo("시청 앞 광장, 주말마다 \"차 없는 거리\"로");
        assertThat(meta.getPublished()).isEqualTo("2025-03-02T10:21:00+09:00");
        assertThat(meta.getPublisher()).isEqualTo("한빛일보");
        assertThat(meta.getAuthor()).isEqualTo("이서연");
        assertThat(meta.getCanonicalUrl()).isEqualTo("https://news.hanbit.example/article/123");
        assertThat(meta.getSourceFormat()).isEqualTo("html");
    }

    @Test
    void readsAndWritesTheViewsItIsToldTo() throws Exception {
        String html = HtmlArticleExtractorTest.resource("korean-news.html");
        for (Class<? extends JCasAnnotator_ImplBase> component : List.of(BoilerplateRemover.class,
            VerbatimArticle.class)) {
            JCas jcas = JCasFactory.createJCas();
            JCas page = jcas.createView("page");
            page.setDocumentText(html);
            DocumentMetadata meta = new DocumentMetadata(page, 0, html.length());
            meta.setDocId("korean-news.html");
            meta.setSourceFormat(InputFormat.HTML.label());
            meta.addToIndexes();
            AnalysisEngine engine = AnalysisEngineFactory.createEngine(component,
                BoilerplateRemover.PARAM_INPUT_VIEW, "page", BoilerplateRemover.PARAM_OUTPUT_VIEW, "article");
            engine.process(jcas);

            JCas article = jcas.getView("article");
            assertThat(article.getDocumentText()).as(component.getSimpleName()).contains("시청 앞 광장");
            assertThat(JCasUtil.selectSingle(article, DocumentMetadata.class).getDocId())
                .isEqualTo("korean-news.html");
            assertThat(JCasUtil.select(article, Paragraph.class)).isNotEmpty();
            assertThat(jcas.getDocumentText()).as("the initial view is left alone").isNull();
            assertThatThrownBy(() -> AnalysisEngineFactory.createEngine(component).process(jcas))
                .hasStackTraceContaining("no 'raw' view");
        }
    }

    @Test
    void brokenCueFileFailsWithFileLineAndReason() {
        assertThatThrownBy(() -> BoilerplateCues.parse(RuleFileReader.parse("cues.tsv",
            "# comment\nchrome-attr\tshare\nsomething\tx\n")))
            .isInstanceOf(RuleFileException.class).hasMessageContaining("cues.tsv:3")
            .hasMessageContaining("unknown cue kind");
        assertThatThrownBy(() -> BoilerplateCues.parse(RuleFileReader.parse("cues.tsv", "chrome-attr\n")))
            .isInstanceOf(RuleFileException.class).hasMessageContaining("cues.tsv:1");
    }

    @Test
    void wholeTokenCuesNeedSeparators() {
        BoilerplateCues cues = BoilerplateCues.parse(RuleFileReader.parse("c.tsv", "chrome-attr\t=ad\n"));
        assertThat(cues.matchAttr(BoilerplateCues.Kind.CHROME_ATTR, "top-ad box")).isNotNull();
        assertThat(cues.matchAttr(BoilerplateCues.Kind.CHROME_ATTR, "header")).isNull();
        assertThat(cues.matchAttr(BoilerplateCues.Kind.CHROME_ATTR, "ad")).isNotNull()
            .extracting(BoilerplateCues.Cue::ruleId).isEqualTo("c.tsv:1");
    }
}
