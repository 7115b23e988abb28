package io.github.hanex.boilerplate;

import io.github.hanex.cas.Views;
import io.github.hanex.text.ArticleText;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/**
 * Takes the whole input as the article (for text that is already clean: {@code --no-boilerplate}). Copies the
 * input view ({@value Views#RAW}) to the output view (the initial view) unchanged, as one body paragraph mapped
 * one to one.
 */
@ResourceMetaData(name = "hanex verbatim article")
@LanguageCapability("ko")
@TypeCapability(
    inputs = "io.github.hanex.type.DocumentMetadata",
    outputs = {"io.github.hanex.type.Paragraph", "io.github.hanex.type.SourceSpan",
        "io.github.hanex.type.DocumentMetadata"})
public class VerbatimArticle extends JCasAnnotator_ImplBase {

    /** The view holding the input, with the reader's DocumentMetadata. */
    public static final String PARAM_INPUT_VIEW = BoilerplateRemover.PARAM_INPUT_VIEW;
    @ConfigurationParameter(name = PARAM_INPUT_VIEW, defaultValue = Views.RAW)
    private String inputView;

    /** The view the article is written into (created if missing). */
    public static final String PARAM_OUTPUT_VIEW = BoilerplateRemover.PARAM_OUTPUT_VIEW;
    @ConfigurationParameter(name = PARAM_OUTPUT_VIEW, defaultValue = Views.ARTICLE)
    private String outputView;

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        JCas raw = ArticleViews.inputView(jcas, inputView);
        ArticleText article = ArticleText.verbatim(raw.getDocumentText(), "verbatim");
        ArticleViews.write(ArticleViews.outputView(jcas, outputView), raw,
            new ExtractedArticle(article, PageMetadata.EMPTY));
    }
}
