package io.github.hanex.run;

import io.github.hanex.io.input.InputDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one document contributed to the output of a corpus run: whether it was annotated, a few figures, and its
 * part of every output table as ready-made bytes (CSV rows, a JSON line), keyed by the table's file name: its
 * {@link DocumentRows}, rendered. Rendering happens in the worker thread; the runner only copies bytes. This is
 * also what the journal stores per document.
 *
 * @param stage where a failed document failed (read, annotate, write), empty if it did not
 * @param inputBytes bytes read from the input (after gunzip), 0 if it could not be read
 * @param textChars characters of the article text
 * @param countsByType annotations per type (from annotations.csv)
 * @param parts the document's part of each output file
 */
public record DocumentResult(String docId, boolean ok, String stage, String failure, Retry retry, long inputBytes,
    long textChars, Map<String, Integer> countsByType, Map<String, byte[]> parts) {

    /** Version 2 added {@link #retry()} after {@link #ok()}; version 1 entries are read as never retried. */
    private static final int VERSION = 2;

    /** The rendered form of a document's rows: CSV lines (CRLF, RFC 4180) and its JSON line, as UTF-8. */
    static DocumentResult of(DocumentRows rows) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        rows.tables().forEach((file, r) -> parts.put(file, DocumentProcessor.csv(r)));
        if (rows.jsonLine() != null) {
            parts.put(DocumentProcessor.JSONL, rows.jsonLine().getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (List<String> row : rows.rows(DocumentTable.ANNOTATIONS)) {
            counts.merge(row.get(1), 1, Integer::sum);
        }
        return new DocumentResult(rows.docId(), rows.ok(), rows.stage(), rows.failure(), rows.retry(),
            rows.inputBytes(), rows.textChars(), counts, parts);
    }

    /** A document that failed before or while it was processed (see {@link DocumentProcessor#failure}). */
    static DocumentResult failure(InputDocument doc, String stage, String message, Retry retry) {
        return of(DocumentProcessor.failure(doc, "", stage, message, retry, 0));
    }

    byte[] part(String file) {
        byte[] bytes = parts.get(file);
        return bytes == null ? new byte[0] : bytes;
    }

    /** The journal form. */
    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + parts.values().stream()
            .mapToInt(b -> b.length + 32).sum());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            writeString(out, docId);
            out.writeBoolean(ok);
            writeString(out, retry.encode());
            writeString(out, stage);
            writeString(out, failure);
            out.writeLong(inputBytes);
            out.writeLong(textChars);
            out.writeInt(countsByType.size());
            for (Map.Entry<String, Integer> e : countsByType.entrySet()) {
                writeString(out, e.getKey());
                out.writeInt(e.getValue());
            }
            out.writeInt(parts.size());
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                writeString(out, e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static DocumentResult decode(byte[] body) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        int version = readVersion(in);
        String docId = readString(in);
        boolean ok = in.readBoolean();
        Retry retry = version >= 2 ? readRetry(in) : Retry.NEVER;
        String stage = readString(in);
        String failure = readString(in);
        long inputBytes = in.readLong();
        long textChars = in.readLong();
        int types = in.readInt();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < types; i++) {
            counts.put(readString(in), in.readInt());
        }
        int n = in.readInt();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String name = readString(in);
            parts.put(name, in.readNBytes(in.readInt()));
        }
        return new DocumentResult(docId, ok, stage, failure, retry, inputBytes, textChars,
            Collections.unmodifiableMap(counts), Collections.unmodifiableMap(parts));
    }

    /** The doc id, status and retry condition of a journal entry (what the index keeps). */
    record Head(String docId, boolean ok, Retry retry) {
    }

    /** Reads only the head of a journal entry (for the index). */
    static Head peek(byte[] body) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        int version = readVersion(in);
        String docId = readString(in);
        boolean ok = in.readBoolean();
        return new Head(docId, ok, version >= 2 ? readRetry(in) : Retry.NEVER);
    }

    private static int readVersion(DataInputStream in) throws IOException {
        int version = in.readUnsignedByte();
        if (version < 1 || version > VERSION) {
            throw new IOException("journal entry of version " + version + " (this hanex reads 1 to " + VERSION
                + "): written by a newer hanex?");
        }
        return version;
    }

    private static Retry readRetry(DataInputStream in) throws IOException {
        try {
            return Retry.decode(readString(in));
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt journal entry: " + e.getMessage(), e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("corrupt journal entry");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
