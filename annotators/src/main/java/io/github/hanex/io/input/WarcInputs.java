package io.github.hanex.io.input;

import io.github.hanex.cas.InputFormat;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The documents of a WARC file (plain or gzip-compressed, read with jwarc): every {@code response} record with
 * HTTP status 200 and every {@code resource} record whose payload is HTML ({@code text/html},
 * {@code application/xhtml+xml}) or plain text. Other records (requests, metadata, revisits, redirects, images
 * ...) are skipped.
 *
 * <p>Document ids are {@code <id of the WARC file>#<n>}, where {@code n} is the 0-based position of the record
 * among all records of the file: stable for a given file, unique even when a URL was captured twice, and safe as
 * a file name (URLs are not). The record's target URL is the document's source, and the charset of the HTTP
 * {@code Content-Type} header is its declared charset. The payload is the HTTP body with transfer and content
 * encodings (chunked, gzip, deflate) removed.
 *
 * <p>A record whose payload cannot be decoded becomes an unreadable document (listed in errors.csv); a file that
 * cannot be parsed past some point ends with one unreadable document naming the position.
 */
final class WarcInputs implements Iterator<InputDocument>, Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(WarcInputs.class);

    private final Path file;
    private final String fileId;
    private final long maxBytes;
    private final boolean readPayloads;
    private WarcReader reader;
    private long position = -1;
    private InputDocument next;
    private boolean done;

    /**
     * @param fileId the document id of the WARC file itself, the prefix of its records' ids
     * @param readPayloads false to only find the documents (for counting): payloads are then empty
     */
    WarcInputs(Path file, String fileId, long maxBytes, boolean readPayloads) {
        this.file = file;
        this.fileId = fileId;
        this.maxBytes = maxBytes;
        this.readPayloads = readPayloads;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public InputDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputDocument doc = next;
        next = null;
        return doc;
    }

    /** The next document, null for a skipped record, and sets {@code done} at the end. */
    private InputDocument advance() {
        WarcRecord record;
        try {
            if (reader == null) {
                reader = new WarcReader(file);
                reader.setLenient(true);
                reader.onWarning(message -> LOG.debug("{}: {}", file, message));
            }
            Optional<WarcRecord> read = reader.next();
            if (read.isEmpty()) {
                done = true;
                return null;
            }
            record = read.get();
            position++;
        } catch (IOException | RuntimeException e) {
            done = true;
            String id = fileId + "#" + (position + 1);
            return InputDocument.unreadable(id, file, file.toUri().toString(), "corrupt WARC file: cannot read "
                + "record " + (position + 1) + " (" + describe(e) + ")");
        }
        String id = fileId + "#" + position;
        if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
            return null;
        }
        String url = ((WarcTargetRecord) record).target();
        try {
            MediaType type;
            MessageBody body;
            if (record instanceof WarcResponse response) {
                if (!response.contentType().base().equals(MediaType.HTTP)) {
                    return null; // e.g. a DNS or Gemini record
                }
                HttpResponse http = response.http();
                if (http.status() != 200) {
                    return null;
                }
                type = http.contentType();
                body = readPayloads ? http.bodyDecoded() : null;
            } else {
                type = record.contentType();
                body = readPayloads ? record.body() : null;
            }
            InputFormat format = format(type);
            if (format == null) {
                return null;
            }
            String charset = type.parameters().get("charset");
            if (!readPayloads) {
                return InputDocument.ofBytes(id, file, format, url, charset, new byte[0]);
            }
            byte[] payload;
            try (InputStream in = body.stream()) {
                payload = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            return InputDocument.ofBytes(id, file, format, url, charset, payload);
        } catch (IOException | RuntimeException e) {
            return InputDocument.unreadable(id, file, url, "cannot read the WARC record's payload: " + describe(e));
        }
    }

    /** The page format of a payload media type, or null when hanex does not read it. */
    static InputFormat format(MediaType type) {
        // Not type.isValid(): jwarc parses HTTP headers leniently and flags many real ones as invalid.
        if (type == null || type.type() == null || type.subtype() == null) {
            return null;
        }
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return switch (base) {
            case "text/html", "application/xhtml+xml" -> InputFormat.HTML;
            case "text/plain" -> InputFormat.TEXT;
            default -> null;
        };
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
