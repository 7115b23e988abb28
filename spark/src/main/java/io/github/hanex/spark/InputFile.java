package io.github.hanex.spark;

import io.github.hanex.io.InputFormat;
import java.io.Serializable;

/**
 * One input of the job as the driver found it: a page file, a WARC file, or an entry of an {@code @list} that
 * names nothing. Small and serializable: tasks get lists of these and read the bytes themselves.
 */
final class InputFile implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What an input is. */
    enum Kind {
        /** A page ({@code .html}, {@code .txt}, their {@code .gz} variants, or a file named on its own). */
        PAGE,
        /** A WARC archive: one document per HTML or text response, {@code <docId>#<record position>}. */
        WARC,
        /** A list entry that names nothing; it becomes a failed document with {@link #problem()}. */
        MISSING
    }

    private final String uri;
    private final String docId;
    private final long size;
    private final Kind kind;
    private final String problem;

    private InputFile(String uri, String docId, long size, Kind kind, String problem) {
        this.uri = uri;
        this.docId = docId;
        this.size = size;
        this.kind = kind;
        this.problem = problem;
    }

    static InputFile page(String uri, String docId, long size) {
        return new InputFile(uri, docId, size, Kind.PAGE, null);
    }

    static InputFile warc(String uri, String docId, long size) {
        return new InputFile(uri, docId, size, Kind.WARC, null);
    }

    /** A list entry ({@code entry}, as written) that cannot be read. */
    static InputFile missing(String entry, String docId, String problem) {
        return new InputFile(entry, docId, 0, Kind.MISSING, problem);
    }

    /** The fully qualified Hadoop path ({@code file:/...}, {@code hdfs://...}, {@code s3a://...}). */
    String uri() {
        return uri;
    }

    /** The document id, or for a WARC file the prefix of its records' ids. */
    String docId() {
        return docId;
    }

    /** Its length in bytes (as stored, before gunzip). */
    long size() {
        return size;
    }

    Kind kind() {
        return kind;
    }

    String problem() {
        return problem;
    }

    /** The page format of a page file, decided by its name as {@code hanex annotate} does. */
    InputFormat format() {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        InputFormat format = InputFormat.of(name);
        return format == null ? InputFormat.TEXT : format;
    }

    @Override
    public String toString() {
        return kind + " " + docId + " (" + uri + ")";
    }
}
