package io.github.hanex.spark;

import io.github.hanex.cas.InputFormat;
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
    private final String recordSuffix;
    private final String sameAs;

    private InputFile(String uri, String docId, long size, Kind kind, String problem, String recordSuffix,
        String sameAs) {
        this.uri = uri;
        this.docId = docId;
        this.size = size;
        this.kind = kind;
        this.problem = problem;
        this.recordSuffix = recordSuffix;
        this.sameAs = sameAs;
    }

    static InputFile page(String uri, String docId, long size) {
        return new InputFile(uri, docId, size, Kind.PAGE, null, "", null);
    }

    /**
     * A WARC file.
     *
     * @param recordSuffix what follows its records' ids ({@code ~2} when an earlier WARC file had its id)
     * @param sameAs when the same file came earlier under this id: the suffix of its records' ids then (its
     *     records fail here as named twice); else null
     */
    static InputFile warc(String uri, String docId, long size, String recordSuffix, String sameAs) {
        return new InputFile(uri, docId, size, Kind.WARC, null, recordSuffix, sameAs);
    }

    /** An input that fails with {@code problem} (a list entry that names nothing, an unreadable folder ...). */
    static InputFile missing(String source, String docId, String problem) {
        return new InputFile(source, docId, 0, Kind.MISSING, problem, "", null);
    }

    /** The id of a WARC record at {@code position}: {@code <docId>#<position>}, and a suffix if need be. */
    String recordId(long position) {
        return docId + "#" + position + recordSuffix;
    }

    /** For a WARC file named twice, the id its record at {@code position} had the first time; else null. */
    String firstRecordId(long position) {
        return sameAs == null ? null : docId + "#" + position + sameAs;
    }

    /**
     * The fully qualified Hadoop path ({@code file:/...}, {@code hdfs://...}, {@code s3a://...}); of an input that
     * fails, its source (the list entry as written, the folder's URI).
     */
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
