package io.github.hanex.run;

import io.github.hanex.io.output.AnnotationRows;
import io.github.hanex.io.output.EventRows;
import java.util.List;
import java.util.function.Function;
import org.apache.uima.jcas.JCas;

/**
 * A CSV table of the corpus output with rows made from each annotated document: its file name, its columns and
 * the function that makes one document's rows (each row starting with the doc_id). {@code documents.csv} and
 * {@code errors.csv} are made by the runner itself; every other table is listed in {@link #EXTRACTED}.
 */
public record DocumentTable(String file, List<String> header, Function<JCas, List<List<String>>> rows) {

    /** The table of entity, money and trigger annotations (its row count is a document's annotation count). */
    public static final String ANNOTATIONS = "annotations.csv";

    /** The extracted tables, in the order they are written. Adding a table is adding one line here. */
    public static final List<DocumentTable> EXTRACTED = List.of(
        new DocumentTable(ANNOTATIONS, AnnotationRows.HEADER, AnnotationRows::of),
        new DocumentTable("events.csv", EventRows.HEADER, EventRows::of));
}
