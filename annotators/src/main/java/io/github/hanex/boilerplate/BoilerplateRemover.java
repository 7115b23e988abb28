package io.github.hanex.boilerplate;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.cas.Views;
import io.github.hanex.type.DocumentMetadata;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Decides what the article of a page is. Reads the original page from the input view ({@value Views#RAW}: HTML or
 * scraped page text, as its {@link DocumentMetadata} says) and writes the article text, its paragraphs, a
 * {@code SourceSpan} map back to the page and the page metadata into the output view (the initial view), which is
 * all the annotators after it see.
 */
@ResourceMetaData(name = "hanex boilerplate remover")
@LanguageCapability("ko")
@TypeCapability(
    inputs = "io.github.hanex.type.DocumentMetadata",
    outputs = {"io.github.hanex.type.Paragraph", "io.github.hanex.type.SourceSpan",
        "io.github.hanex.type.DocumentMetadata"})
public class BoilerplateRemover extends JCasAnnotator_ImplBase {

    /**
     * Location of the cue file (class/id words of page chrome, content, captions and subtitles; copyright and
     * byline words; see {@code rules/README.md}). Cues only tip the balance: extraction works from the shape of
     * the page.
     */
    public static final String PARAM_CUES = "cues";
    @ConfigurationParameter(name = PARAM_CUES, defaultValue = BoilerplateCues.DEFAULT_LOCATION)
    private String cuesLocation;

    /** The view holding the page, with the reader's DocumentMetadata. */
    public static final String PARAM_INPUT_VIEW = "inputView";
    @ConfigurationParameter(name = PARAM_INPUT_VIEW, defaultValue = Views.RAW)
    private String inputView;

    /** The view the article is written into (created if missing). */
    public static final String PARAM_OUTPUT_VIEW = "outputView";
    @ConfigurationParameter(name = PARAM_OUTPUT_VIEW, defaultValue = Views.ARTICLE)
    private String outputView;

    private ArticleExtractor html;
    private ArticleExtractor text;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            BoilerplateCues cues = BoilerplateCues.load(cuesLocation);
            html = new HtmlArticleExtractor(cues);
            text = new ScrapedTextExtractor(cues);
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        JCas raw = ArticleViews.inputView(jcas, inputView);
        DocumentMetadata meta = JCasUtil.selectSingle(raw, DocumentMetadata.class);
        InputFormat format = InputFormat.fromLabel(meta.getSourceFormat());
        ArticleExtractor extractor = format == InputFormat.HTML ? html : text;
        ExtractedArticle article;
        try {
            article = extractor.extract(raw.getDocumentText());
        } catch (RuntimeException | StackOverflowError e) {
            throw new AnalysisEngineProcessException(e);
        }
        ArticleViews.write(ArticleViews.outputView(jcas, outputView), raw, article);
    }
}
