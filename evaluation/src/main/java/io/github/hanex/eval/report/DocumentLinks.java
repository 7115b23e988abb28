package io.github.hanex.eval.report;

import io.github.hanex.eval.Span;

/**
 * Where the HTML report links a document to, e.g. its page in a document viewer. Every error row also carries
 * the document ids and the gold and predicted offsets as {@code data-} attributes, so a viewer can link back.
 */
@FunctionalInterface
public interface DocumentLinks {

    /** No links. */
    DocumentLinks NONE = (predDocId, article) -> null;

    /**
     * The link (a URL, typically relative to the report) to a document's page, or null for none.
     *
     * @param predDocId the document's id in the predictions (an annotate output's doc_id); null when the
     *     predictions do not have the document
     * @param article the span of the error in the document's article text, or null when it is not in it
     */
    String href(String predDocId, Span article);
}
