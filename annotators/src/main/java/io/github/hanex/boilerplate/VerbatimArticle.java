package io.github.hanex.boilerplate;

import io.github.hanex.text.ArticleText;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/**
 * Takes the whole input as the article (for text that is already clean: {@code --no-boilerplate}). Copies the
 * {@code raw} view to the {@code _InitialView} unchanged, as one body paragraph mapped one to one.
 */
@ResourceMetaData(name = "hanex verbatim article")
@LanguageCapability("ko")
@TypeCapability(
    inputs = "io.github.hanex.type.DocumentMetadata",
    outputs = {"io.github.hanex.type.Paragraph", "io.github.hanex.type.SourceSpan",
        "io.github.hanex.type.DocumentMetadata"})
public class VerbatimArticle extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        JCas raw = ArticleViews.rawView(jcas);
        ArticleText article = ArticleText.verbatim(raw.getDocumentText(), "verbatim");
        ArticleViews.write(jcas, raw, new ExtractedArticle(article, PageMetadata.EMPTY));
    }
}
