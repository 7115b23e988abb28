package io.github.hanex.run;

import java.util.List;
import java.util.Map;

/**
 * Everything one document contributes to the output of a corpus run, as values: its row of
 * {@code documents.csv}, its row of {@code errors.csv} if it failed, its rows of every {@link DocumentTable}
 * ({@code annotations.csv}, {@code events.csv} ...), its JSON line and its XMI. These are the rows
 * {@code hanex annotate} writes, column for column (see {@link DocumentProcessor#columns(String)}).
 *
 * @param docId the document id
 * @param ok whether the document was annotated
 * @param stage where a failed document failed ({@code read}, {@code annotate}, {@code write}), empty if it did not
 * @param failure why it failed, empty if it did not
 * @param retry when a failed document is worth processing again ({@link Retry#NEVER} for an ok one)
 * @param inputBytes bytes read from the input (after gunzip), 0 if it could not be read
 * @param textChars characters of the article text
 * @param tables the document's rows of each table, by file name ({@code documents.csv}, {@code errors.csv},
 *     {@code annotations.csv} ...); a table the document has no rows in may be missing
 * @param jsonLine its line of {@code documents.jsonl} (with the line feed), or null when not asked for
 * @param xmi its XMI (UTF-8, XML 1.0), or null when not asked for or when it was written to a file
 */
public record DocumentRows(String docId, boolean ok, String stage, String failure, Retry retry, long inputBytes,
    long textChars, Map<String, List<List<String>>> tables, String jsonLine, byte[] xmi) {

    /** The rows of one table (empty if the document has none in it). */
    public List<List<String>> rows(String file) {
        return tables.getOrDefault(file, List.of());
    }

    /** The document's row of {@code documents.csv}. */
    public List<String> documentRow() {
        return rows(DocumentProcessor.DOCUMENTS).get(0);
    }
}
