package io.github.hanex.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One input to annotate: its document id (the path relative to the input root it was found under), where it
 * is, and its format. The bytes are read only when the document is processed, so collecting a large corpus
 * costs no memory.
 */
public record InputDocument(String docId, Path path, InputFormat format) {

    /** Reads the bytes, gunzipping {@code .gz} files; refuses files over {@code maxBytes}. */
    public byte[] readBytes(long maxBytes) throws IOException, InputRejectedException {
        long size = Files.size(path);
        boolean gzip = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
        if (!gzip && size > maxBytes) {
            throw new InputRejectedException("too large: " + size + " bytes (limit " + maxBytes
                + "; raise it with --max-bytes)");
        }
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = gzip ? new GZIPInputStream(raw, 65536) : raw) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputRejectedException("too large: over " + maxBytes + " bytes uncompressed (limit "
                    + maxBytes + "; raise it with --max-bytes)");
            }
            return bytes;
        } catch (java.io.EOFException e) {
            throw new InputRejectedException("truncated gzip file", e);
        } catch (java.util.zip.ZipException e) {
            throw new InputRejectedException("corrupt gzip file: " + e.getMessage(), e);
        }
    }

    /** The source URI recorded in the document metadata. */
    public String sourceUri() {
        return path.toAbsolutePath().normalize().toUri().toString();
    }
}
