package io.github.hanex.run;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only record of the documents a corpus run has finished, what makes runs resumable. Each entry is
 * one document's {@link DocumentResult} framed as {@code MAGIC, length, body, CRC-32 of body}; an entry counts
 * once it is wholly written (its XMI file is renamed into place before). On opening, an incomplete or damaged tail
 * (a process killed while writing) is cut off, so the journal always ends with a whole entry.
 *
 * <p>Only an index (doc id to entry position) is kept in memory; entries are read back one at a time when the
 * tables are rebuilt. A document written twice (a retried failure) is indexed by its last entry.
 */
final class Journal implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final int MAGIC = 0x48584A31; // "HXJ1"
    private static final int MAX_ENTRY = Integer.MAX_VALUE - 64;

    /** Where a document's entry is, whether the document was annotated, and if not when to try it again. */
    record Entry(long offset, boolean ok, Retry retry) {
    }

    private final FileChannel channel;
    private final Map<String, Entry> index;
    private long end;

    private Journal(FileChannel channel, Map<String, Entry> index, long end) {
        this.channel = channel;
        this.index = index;
        this.end = end;
    }

    /** Opens (or creates) a journal, cutting off an incomplete tail. */
    static Journal open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
        Map<String, Entry> index = new HashMap<>();
        long good = 0;
        String damage = null;
        InputStream raw = Channels.newInputStream(channel.position(0));
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        while (true) {
            int magic;
            try {
                magic = in.readInt();
            } catch (EOFException e) {
                break;
            }
            try {
                if (magic != MAGIC) {
                    damage = "bad entry marker";
                    break;
                }
                int length = in.readInt();
                if (length < 0 || length > MAX_ENTRY) {
                    damage = "bad entry length";
                    break;
                }
                byte[] body = in.readNBytes(length);
                if (body.length < length) {
                    damage = "incomplete last entry";
                    break;
                }
                int crc = in.readInt();
                if (crc != crc(body)) {
                    damage = "damaged last entry";
                    break;
                }
                DocumentResult.Head head = DocumentResult.peek(body);
                index.put(head.docId(), new Entry(good, head.ok(), head.retry()));
                good += 12L + length;
            } catch (EOFException e) {
                damage = "incomplete last entry";
                break;
            }
        }
        long size = channel.size();
        if (good < size) {
            LOG.warn("{}: {}; cut off {} bytes left by an interrupted run (those documents are redone)", file,
                damage == null ? "trailing bytes" : damage, size - good);
            channel.truncate(good);
        }
        channel.position(good);
        return new Journal(channel, index, good);
    }

    Entry get(String docId) {
        return index.get(docId);
    }

    int size() {
        return index.size();
    }

    /** The ids of the documents in the journal. */
    Set<String> docIds() {
        return Collections.unmodifiableSet(index.keySet());
    }

    /** Appends a document's entry; once this returns, the document counts as done. */
    void append(DocumentResult result) throws IOException {
        byte[] body = result.encode();
        ByteBuffer frame = ByteBuffer.allocate(12 + body.length);
        frame.putInt(MAGIC).putInt(body.length).put(body).putInt(crc(body)).flip();
        long offset = end;
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
        end += 12L + body.length;
        index.put(result.docId(), new Entry(offset, result.ok(), result.retry()));
    }

    /** Reads the entry at {@code offset}. */
    DocumentResult read(long offset) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(8);
        readFully(head, offset);
        head.flip();
        if (head.getInt() != MAGIC) {
            throw new IOException("journal damaged at " + offset);
        }
        ByteBuffer body = ByteBuffer.allocate(head.getInt());
        readFully(body, offset + 8);
        return DocumentResult.decode(body.array());
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        long p = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, p);
            if (n < 0) {
                throw new EOFException("journal ends inside an entry at " + position);
            }
            p += n;
        }
    }

    /** Forces the journal to disk (at the end of a run). */
    void sync() throws IOException {
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static int crc(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return (int) crc.getValue();
    }
}
