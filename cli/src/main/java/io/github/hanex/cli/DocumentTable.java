package io.github.hanex.cli;

import io.github.hanex.io.AnnotationRows;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.uima.jcas.JCas;

/**
 * A CSV table of the corpus output with rows made from each annotated document: its file name, its columns and
 * the function that makes one document's rows (each row starting with the doc_id). {@code documents.csv} and
 * {@code errors.csv} are made by the runner itself; every other table is listed in {@link #EXTRACTED}.
 */
record DocumentTable(String file, List<String> header, Function<JCas, List<List<String>>> rows) {

    /** The extracted tables, in the order they are written. Adding a table is adding one line here. */
    static final List<DocumentTable> EXTRACTED = extracted();

    private static List<DocumentTable> extracted() {
        List<DocumentTable> tables = new ArrayList<>();
        tables.add(new DocumentTable("annotations.csv", AnnotationRows.HEADER, AnnotationRows::of));
        // events.csv: once io.github.hanex.io.EventRows is on this branch, replace the next line by
        //   tables.add(new DocumentTable("events.csv", EventRows.HEADER, EventRows::of));
        ifPresent("io.github.hanex.io.EventRows", "events.csv", tables);
        return List.copyOf(tables);
    }

    /** Adds the table of a row class ({@code HEADER} and {@code static List<List<String>> of(JCas)}) if it exists. */
    @SuppressWarnings("unchecked")
    private static void ifPresent(String rowClass, String file, List<DocumentTable> tables) {
        Class<?> type;
        try {
            type = Class.forName(rowClass);
        } catch (ClassNotFoundException e) {
            return;
        }
        try {
            List<String> header = (List<String>) type.getField("HEADER").get(null);
            MethodHandle of = MethodHandles.publicLookup().findStatic(type, "of",
                MethodType.methodType(List.class, JCas.class));
            tables.add(new DocumentTable(file, header, jcas -> {
                try {
                    return (List<List<String>>) of.invoke(jcas);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(rowClass + " does not have HEADER and of(JCas): " + e, e);
        }
    }
}
