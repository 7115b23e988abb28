package io.github.hanex.cas;

import org.apache.uima.cas.CAS;

/**
 * The views of a hanex CAS, named once for every module. The reader writes the decoded input into {@link #RAW};
 * the boilerplate remover reads it from there and writes the article into {@link #ARTICLE}, which the annotators
 * after it work on. Components that read or write a view other than the one they are given take its name as a
 * parameter defaulting to these (as UIMA Ruta's {@code HtmlConverter} does), so they can be put in pipelines
 * that name their views otherwise.
 */
public final class Views {
    /** The decoded original input (HTML page or page text) with its {@code DocumentMetadata}. */
    public static final String RAW = "raw";
    /** The article text: the initial view, which annotators get when no view is mapped. */
    public static final String ARTICLE = CAS.NAME_DEFAULT_SOFA;

    private Views() {
    }
}
