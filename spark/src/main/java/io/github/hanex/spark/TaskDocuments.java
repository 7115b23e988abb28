package io.github.hanex.spark;

import io.github.hanex.io.input.InputCollector;
import io.github.hanex.io.input.InputDocument;
import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.InputRejectedException;
import io.github.hanex.run.Errors;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IOUtils;

/**
 * The documents of one task's inputs, read through Hadoop file systems one at a time: page files as they are,
 * WARC files record by record. Every problem (a file that vanished, a truncated gzip file, a corrupt WARC record)
 * becomes a document that fails at its {@code read} stage with the message {@code hanex annotate} gives, never an
 * exception: the task goes on.
 *
 * <p>WARC files are read by {@code hanex annotate}'s own reader ({@link InputCollector}), so the records taken,
 * their positions and their payloads are the same: a local file through a link in a temporary folder, a remote
 * one (HDFS, S3) after a copy to the task's local disk (a WARC file takes minutes to annotate, longer than an
 * object store keeps a slowly read stream open). Only page files are read here, with the same limits and messages
 * as {@link InputDocument#readBytes}.
 */
final class TaskDocuments implements Iterator<TaskDocuments.Source>, Closeable {

    /**
     * A document to process, and the format its file name says (a failed page file's row keeps it, as with
     * {@code hanex annotate}).
     */
    record Source(InputDocument document, InputFormat format) {
    }

    private final Iterator<InputFile> files;
    private final Configuration conf;
    private final long maxBytes;
    private Warc warc;
    private Source next;

    TaskDocuments(List<InputFile> files, Configuration conf, long maxBytes) {
        this.files = files.iterator();
        this.conf = conf;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (warc != null) {
                next = warc.next();
                if (next != null) {
                    break;
                }
                warc.close();
                warc = null;
            }
            if (!files.hasNext()) {
                return false;
            }
            InputFile file = files.next();
            switch (file.kind()) {
                case MISSING -> next = new Source(InputDocument.unreadable(file.docId(), null, file.uri(),
                    file.problem()), InputFormat.TEXT);
                case PAGE -> next = page(file);
                case WARC -> warc = new Warc(file);
                default -> throw new IllegalStateException(file.toString());
            }
        }
        return true;
    }

    @Override
    public Source next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Source source = next;
        next = null;
        return source;
    }

    /** A page file's bytes (gunzipped), or its failure. */
    private Source page(InputFile file) {
        Path path = new Path(file.uri());
        String source = sourceUri(path);
        InputFormat format = file.format();
        boolean gzip = path.getName().toLowerCase(Locale.ROOT).endsWith(".gz");
        String problem;
        if (!gzip && file.size() > maxBytes) {
            problem = tooLarge(file.size() + " bytes");
        } else {
            try (InputStream raw = path.getFileSystem(conf).open(path);
                 InputStream in = gzip ? new GZIPInputStream(raw, 65536) : raw) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length <= maxBytes) {
                    return new Source(InputDocument.ofBytes(file.docId(), null, format, source, null, bytes), format);
                }
                problem = tooLarge("over " + maxBytes + " bytes uncompressed");
            } catch (EOFException e) {
                problem = "truncated gzip file";
            } catch (ZipException e) {
                problem = "corrupt gzip file: " + e.getMessage();
            } catch (IOException | RuntimeException e) {
                problem = Errors.describe(e);
            }
        }
        return new Source(InputDocument.unreadable(file.docId(), null, source, problem), format);
    }

    private String tooLarge(String size) {
        return "too large: " + size + " (limit " + maxBytes + "; raise it with --max-bytes)";
    }

    /** The source of a document from a file: for a local file its {@code file:///} URI, as hanex annotate has it. */
    static String sourceUri(Path path) {
        if ("file".equals(path.toUri().getScheme())) {
            return java.nio.file.Path.of(path.toUri()).toAbsolutePath().normalize().toUri().toString();
        }
        return path.toString();
    }

    /** One WARC file being read: a local view of it and hanex annotate's reader over that. */
    private final class Warc implements Closeable {
        private final InputFile file;
        private final String source;
        private java.nio.file.Path folder;
        private java.nio.file.Path local;
        private InputCollector.Inputs records;
        private boolean failed;
        private long position = -1;

        Warc(InputFile file) {
            this.file = file;
            this.source = sourceUri(new Path(file.uri()));
        }

        /** The next document of the file, or null at its end. */
        Source next() {
            if (failed) {
                return null;
            }
            try {
                if (records == null) {
                    open();
                }
                if (!records.hasNext()) {
                    return null;
                }
                return rename(records.next());
            } catch (IOException | RuntimeException e) {
                failed = true;
                return new Source(InputDocument.unreadable(file.recordId(position + 1), null, source,
                    "cannot read the WARC file: " + Errors.describe(e)), InputFormat.TEXT);
            }
        }

        private void open() throws IOException {
            Path path = new Path(file.uri());
            // A plain name: hanex annotate's reader takes [, {, * and ? in a path for a glob.
            String name = path.getName().toLowerCase(Locale.ROOT).endsWith(".gz") ? "input.warc.gz" : "input.warc";
            folder = Files.createTempDirectory("hanex-warc-");
            local = folder.resolve(name);
            if ("file".equals(path.toUri().getScheme())) {
                Files.createSymbolicLink(local, java.nio.file.Path.of(path.toUri()).toAbsolutePath());
            } else {
                FileSystem fs = path.getFileSystem(conf);
                try (InputStream in = fs.open(path)) {
                    Files.copy(in, local);
                }
            }
            records = InputCollector.open(List.of(local.toString()), maxBytes);
        }

        /** A record of the local view under its id and source in the job: {@code <docId of the file>#<n>}. */
        private Source rename(InputDocument record) {
            String id = record.docId();
            position = Long.parseLong(id.substring(id.lastIndexOf('#') + 1));
            String docId = file.recordId(position);
            String recordSource = record.sourceUri();
            if (recordSource.isEmpty() || recordSource.equals(local.toUri().toString())) {
                recordSource = source;
            }
            String first = file.firstRecordId(position);
            if (first != null) {
                return new Source(InputDocument.unreadable(docId, null, recordSource, "the same input as " + first
                    + ", named again by the inputs: annotated once, as " + first), InputFormat.TEXT);
            }
            try {
                // the payload as read (at most the limit + 1 byte): the limit is applied when it is processed
                byte[] payload = record.readBytes(Long.MAX_VALUE);
                return new Source(InputDocument.ofBytes(docId, null, record.format(), recordSource,
                    record.declaredCharset(), payload), record.format());
            } catch (InputRejectedException e) {
                return new Source(InputDocument.unreadable(docId, null, recordSource, e.getMessage()),
                    record.format());
            } catch (IOException e) {
                return new Source(InputDocument.unreadable(docId, null, recordSource, Errors.describe(e)),
                    record.format());
            }
        }

        @Override
        public void close() {
            IOUtils.closeStream(records);
            try {
                if (local != null) {
                    Files.deleteIfExists(local);
                }
                if (folder != null) {
                    Files.deleteIfExists(folder);
                }
            } catch (IOException e) {
                // a temporary file left behind; the JVM's temporary folder is cleaned with the container
            }
        }
    }

    @Override
    public void close() {
        if (warc != null) {
            warc.close();
            warc = null;
        }
    }
}
