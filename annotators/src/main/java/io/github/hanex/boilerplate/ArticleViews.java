package io.github.hanex.boilerplate;

import io.github.hanex.cas.Views;
import io.github.hanex.text.ArticleText;
import io.github.hanex.text.XmlText;
import io.github.hanex.type.DocumentMetadata;
import io.github.hanex.type.Paragraph;
import io.github.hanex.type.SourceSpan;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * The views of the components that make the article of a page: they read the input from one view (by default
 * {@value Views#RAW}) and write the article into another (by default the initial view, {@link Views#ARTICLE}).
 */
public final class ArticleViews {

    private ArticleViews() {
    }

    /** The view holding the input, loaded by hanex's reader ({@code DocumentLoader}). */
    public static JCas inputView(JCas jcas, String name) throws AnalysisEngineProcessException {
        try {
            return jcas.getView(name);
        } catch (CASException | RuntimeException e) {
            throw new AnalysisEngineProcessException(new IllegalStateException(
                "no '" + name + "' view: load documents with hanex's reader or DocumentLoader", e));
        }
    }

    /** The view to write the article into: {@code jcas} itself when it is that view, else created if missing. */
    public static JCas outputView(JCas jcas, String name) throws AnalysisEngineProcessException {
        if (name.equals(jcas.getViewName())) {
            return jcas;
        }
        try {
            return Views.ARTICLE.equals(name) || hasView(jcas, name) ? jcas.getView(name) : jcas.createView(name);
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    private static boolean hasView(JCas jcas, String name) {
        for (var it = jcas.getCas().getViewIterator(); it.hasNext(); ) {
            if (name.equals(it.next().getViewName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets the article text, paragraphs, source spans and metadata of {@code jcas}, taking metadata from
     * {@code raw}. Text and metadata are made safe for XML 1.0 ({@link XmlText}): HTML entities such as
     * {@code &#xFFFE;} decode to characters it cannot carry.
     */
    public static void write(JCas jcas, JCas raw, ExtractedArticle extracted) {
        ArticleText article = extracted.article();
        jcas.setDocumentText(XmlText.safe(article.text()));
        jcas.setDocumentLanguage("ko");
        for (ArticleText.Paragraph p : article.paragraphs()) {
            Paragraph paragraph = new Paragraph(jcas, p.begin(), p.end());
            paragraph.setKind(p.kind());
            paragraph.setRule(p.rule());
            paragraph.addToIndexes();
        }
        for (ArticleText.Segment s : article.segments()) {
            SourceSpan span = new SourceSpan(jcas, s.begin(), s.end());
            span.setSourceBegin(s.sourceBegin());
            span.setSourceEnd(s.sourceEnd());
            span.addToIndexes();
        }
        DocumentMetadata rawMeta = JCasUtil.selectSingle(raw, DocumentMetadata.class);
        DocumentMetadata meta = new DocumentMetadata(jcas, 0, article.text().length());
        meta.setDocId(rawMeta.getDocId());
        meta.setSourceUri(rawMeta.getSourceUri());
        meta.setCharset(rawMeta.getCharset());
        meta.setSourceFormat(rawMeta.getSourceFormat());
        PageMetadata page = extracted.metadata();
        meta.setTitle(XmlText.safe(page.title()));
        meta.setPublisher(XmlText.safe(page.publisher()));
        meta.setPublished(XmlText.safe(page.published()));
        meta.setAuthor(XmlText.safe(page.author()));
        meta.setCanonicalUrl(XmlText.safe(page.canonicalUrl()));
        meta.addToIndexes();
    }
}
