package io.github.hanex.boilerplate;

import io.github.hanex.io.DocumentLoader;
import io.github.hanex.text.ArticleText;
import io.github.hanex.text.XmlText;
import io.github.hanex.type.DocumentMetadata;
import io.github.hanex.type.Paragraph;
import io.github.hanex.type.SourceSpan;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/** Writes an extracted article into the {@code _InitialView} of a CAS whose {@code raw} view holds the input. */
public final class ArticleViews {

    private ArticleViews() {
    }

    /** The raw view of a CAS loaded by {@link DocumentLoader}. */
    public static JCas rawView(JCas jcas) throws AnalysisEngineProcessException {
        try {
            return jcas.getView(DocumentLoader.RAW_VIEW);
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(new IllegalStateException(
                "no '" + DocumentLoader.RAW_VIEW + "' view: load documents with hanex's reader or DocumentLoader", e));
        }
    }

    /**
     * Sets the article text, paragraphs, source spans and metadata of the initial view. Text and metadata are made
     * safe for XML 1.0 ({@link XmlText}): HTML entities such as {@code &#xFFFE;} decode to characters it cannot
     * carry.
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
