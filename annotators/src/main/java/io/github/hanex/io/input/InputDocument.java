package io.github.hanex.io.input;

import io.github.hanex.cas.InputFormat;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One input to annotate: its document id, where it came from, its format and, for records taken out of an
 * archive, the payload and the charset the archive declared for it. A file's bytes are read only when the
 * document is processed, so collecting a large corpus costs no memory; an archive record carries its payload
 * (bounded by the size limit) because the archive is read sequentially.
 */
public final class InputDocument {

    private final String docId;
    private final Path path;
    private final InputFormat format;
    private final String sourceUri;
    private final String declaredCharset;
    private final byte[] payload;
    private final String problem;
    private final boolean environmental;

    private InputDocument(String docId, Path path, InputFormat format, String sourceUri, String declaredCharset,
        byte[] payload, String problem, boolean environmental) {
        this.docId = docId;
        this.path = path;
        this.format = format;
        this.sourceUri = sourceUri;
        this.declaredCharset = declaredCharset;
        this.payload = payload;
        this.problem = problem;
        this.environmental = environmental;
    }

    /** A file on disk ({@code .gz} files are gunzipped when read). */
    public InputDocument(String docId, Path path, InputFormat format) {
        this(docId, path, format, null, null, null, null, false);
    }

    /**
     * A document whose bytes are already in memory, such as a WARC record's payload.
     *
     * @param container the file the payload came from (for messages), or null
     * @param declaredCharset the charset declared outside the bytes (HTTP {@code Content-Type}), or null
     */
    public static InputDocument ofBytes(String docId, Path container, InputFormat format, String sourceUri,
        String declaredCharset, byte[] payload) {
        return new InputDocument(docId, container, format, sourceUri, declaredCharset, payload, null, false);
    }

    /** A document that is known to be unreadable before it is processed (e.g. a corrupt archive record). */
    public static InputDocument unreadable(String docId, Path container, String sourceUri, String problem) {
        return new InputDocument(docId, container, InputFormat.TEXT, sourceUri, null, null, problem, false);
    }

    /**
     * An input that cannot be read for now, for a reason around it (a missing file, an unreadable folder):
     * reported like an unreadable document, and worth trying again later.
     */
    public static InputDocument unavailable(String docId, Path container, String sourceUri, String problem) {
        return new InputDocument(docId, container, InputFormat.TEXT, sourceUri, null, null, problem, true);
    }

    /** The same input under another document id. */
    public InputDocument withId(String id) {
        return new InputDocument(id, path, format, sourceUri, declaredCharset, payload, problem, environmental);
    }

    /** The document id: its path relative to the input root, {@code /}-separated (see {@link InputCollector}). */
    public String docId() {
        return docId;
    }

    /** The file the document is, or the archive it came from. */
    public Path path() {
        return path;
    }

    public InputFormat format() {
        return format;
    }

    /** The charset declared outside the document's bytes (e.g. by the HTTP response header), or null. */
    public String declaredCharset() {
        return declaredCharset;
    }

    /** Reads the bytes, gunzipping {@code .gz} files; refuses inputs over {@code maxBytes}. */
    public byte[] readBytes(long maxBytes) throws IOException, InputRejectedException {
        if (problem != null) {
            throw new InputRejectedException(problem, null, environmental ? InputRejectedException.Remedy.ENVIRONMENT
                : InputRejectedException.Remedy.NONE, -1);
        }
        if (payload != null) {
            if (payload.length > maxBytes) {
                throw tooLarge("over " + maxBytes + " bytes", maxBytes);
            }
            return payload;
        }
        long size = Files.size(path);
        boolean gzip = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        if (!gzip && size > maxBytes) {
            throw tooLarge(size + " bytes", maxBytes);
        }
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = gzip ? new GZIPInputStream(raw, 65536) : raw) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge("over " + maxBytes + " bytes uncompressed", maxBytes);
            }
            return bytes;
        } catch (EOFException e) {
            throw new InputRejectedException("truncated gzip file", e);
        } catch (ZipException e) {
            throw new InputRejectedException("corrupt gzip file: " + e.getMessage(), e);
        }
    }

    private static InputRejectedException tooLarge(String size, long maxBytes) {
        return new InputRejectedException("too large: " + size + " (limit " + maxBytes
            + "; raise it with --max-bytes)", null, InputRejectedException.Remedy.LARGER_SIZE_LIMIT, maxBytes);
    }

    /** The source URI recorded in the document metadata: the file's URI, or the URL an archive record names. */
    public String sourceUri() {
        if (sourceUri != null) {
            return sourceUri;
        }
        return path == null ? "" : path.toAbsolutePath().normalize().toUri().toString();
    }

    @Override
    public String toString() {
        return docId;
    }
}
