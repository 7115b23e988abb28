package io.github.hanex.run;

import io.github.hanex.io.AtomicFiles;
import io.github.hanex.io.InputCollector;
import io.github.hanex.io.InputDocument;
import io.github.hanex.io.XmiFiles;
import io.github.hanex.pipeline.HanexPipeline;
import io.github.hanex.pipeline.PipelineOptions;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.uima.resource.ResourceInitializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline over a corpus with N worker threads (one engine and one reused CAS each, see
 * {@link WorkerPool}) and writes the outputs in input order, whatever N is.
 *
 * <p>Resumable: every finished document is committed by appending one entry to the journal
 * {@code OUT/.hanex/journal} (after its XMI file has been renamed into place). A rerun with the same {@code -o}
 * skips the documents the journal holds and processes the rest. The tables ({@code documents.csv},
 * {@code errors.csv}, {@code annotations.csv}, the other {@link DocumentTable}s, {@code documents.jsonl}) are
 * rebuilt in input order by every run, from the new results and the journal entries of skipped documents, into
 * temporary files renamed into place at the end. A run killed at any moment leaves whole files only and a journal
 * whose incomplete tail is cut off on the next start; no document is ever in the tables twice.
 *
 * <p>Memory stays flat: documents are streamed from the inputs through a bounded window; what grows with the
 * corpus is only the journal index (doc id to entry position) and the set of doc ids met, about 200 bytes per
 * document (measured by {@code hanex bench}: +1 MB of live heap from 1,000 to 10,000 documents).
 */
public final class CorpusRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusRunner.class);
    /** The run state in OUT: journal, settings, lock. */
    public static final String STATE_DIR = ".hanex";
    /** The XMI files in OUT. */
    public static final String XMI_DIR = "xmi";
    /** The type system of the XMI files in OUT. */
    public static final String TYPE_SYSTEM = "TypeSystem.xml";
    /** Documents in flight per worker: enough to keep workers busy while outputs are written in order. */
    private static final int WINDOW_PER_THREAD = 4;
    /** At most this many finished-earlier documents wait in the window behind a document being annotated. */
    private static final int MAX_WINDOW = 10_000;

    /**
     * How a run is made.
     *
     * @param pipeline the pipeline's options
     * @param output the output folder
     * @param threads worker threads, one pipeline each
     * @param maxBytes the largest input accepted (after gunzip)
     * @param xmi whether to write an XMI file per document
     * @param jsonl whether to write {@code documents.jsonl}
     * @param fresh start over: delete the outputs of earlier runs in the output folder
     * @param retryFailed process again the documents that failed in earlier runs
     * @param docTimeoutSeconds time limit per document, 0 for none
     */
    public record Settings(PipelineOptions pipeline, Path output, int threads, long maxBytes, boolean xmi, boolean jsonl,
        boolean fresh, boolean retryFailed, double docTimeoutSeconds) {
    }

    /**
     * What a run did.
     *
     * @param documents documents in the output (this run's and those done earlier)
     * @param processed documents processed by this run
     * @param skipped documents done by an earlier run and kept
     * @param startupMillis time to start the pipelines
     * @param processingMillis time from the first document to the last
     * @param workerCpuMillis CPU time the workers spent on this run's documents
     */
    public record Summary(long documents, long ok, long failed, long processed, long skipped, long timeouts,
        Map<String, Long> annotationsByType, long processedBytes, long processedChars, long startupMillis,
        long processingMillis, long millis, long workerCpuMillis) {

        public double docsPerSecond() {
            return processingMillis == 0 ? 0 : processed * 1000.0 / processingMillis;
        }

        public double charsPerSecond() {
            return processingMillis == 0 ? 0 : processedChars * 1000.0 / processingMillis;
        }

        public double megabytesPerSecond() {
            return processingMillis == 0 ? 0 : processedBytes / 1e3 / processingMillis;
        }
    }

    /** Opens the documents of a run, and counts them (for progress; may be slow, runs in the background). */
    public interface Source {
        InputCollector.Inputs open() throws IOException;

        long count() throws IOException;
    }

    private final Settings settings;
    private final DocumentProcessor processor;
    private final List<RunListener> listeners = new ArrayList<>();
    private final RunListener events = new RunListener() {
        @Override
        public void starting(Settings s, int doneBefore) {
            listeners.forEach(l -> l.starting(s, doneBefore));
        }

        @Override
        public void started() {
            listeners.forEach(RunListener::started);
        }

        @Override
        public void total(long documents) {
            listeners.forEach(l -> l.total(documents));
        }

        @Override
        public void processed(DocumentResult result, long processed) {
            listeners.forEach(l -> l.processed(result, processed));
        }

        @Override
        public void finished(Summary summary) {
            listeners.forEach(l -> l.finished(summary));
        }

        @Override
        public void ended() {
            listeners.forEach(RunListener::ended);
        }
    };

    public CorpusRunner(Settings settings) {
        this.settings = settings;
        this.processor = new DocumentProcessor(settings.maxBytes(), settings.jsonl(), DocumentTable.EXTRACTED);
    }

    /** Adds a listener (a progress display, a benchmark's probe); a runner without any is silent. */
    public CorpusRunner listener(RunListener listener) {
        listeners.add(listener);
        return this;
    }

    /** Runs over files, folders, globs and {@code @lists}. */
    public Summary run(List<String> inputs) throws IOException, ResourceInitializationException, InterruptedException {
        return run(new Source() {
            @Override
            public InputCollector.Inputs open() throws IOException {
                return InputCollector.open(inputs, settings.maxBytes());
            }

            @Override
            public long count() throws IOException {
                return InputCollector.count(inputs);
            }
        });
    }

    /** Runs over the documents of {@code source}. */
    public Summary run(Source source) throws IOException, ResourceInitializationException, InterruptedException {
        long start = System.nanoTime();
        Path out = settings.output();
        Files.createDirectories(out.resolve(STATE_DIR));
        try (FileChannel lockFile = FileChannel.open(out.resolve(STATE_DIR).resolve("lock"),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                throw new IOException(out + " is being written by another hanex run");
            }
            if (settings.fresh()) {
                clearOutputs();
            }
            checkSettings();
            removeTemporaries();
            try (InputCollector.Inputs documents = source.open();
                 Journal journal = Journal.open(out.resolve(STATE_DIR).resolve("journal"))) {
                return run(source, documents, journal, start);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Summary run(Source source, InputCollector.Inputs documents, Journal journal, long start)
        throws IOException, ResourceInitializationException, InterruptedException {
        Path out = settings.output();
        int doneBefore = journal.size();
        events.starting(settings, doneBefore);
        Totals totals = new Totals();
        Thread counter = null;
        Path xmiDir = settings.xmi() ? out.resolve(XMI_DIR) : null;
        WorkerPool.Job<DocumentResult> job = (doc, engine, jcas, claim) ->
            DocumentResult.of(processor.process(doc, engine, jcas, claim, xmiDir));
        try (WorkerPool<DocumentResult> pool = new WorkerPool<>(HanexPipeline.create(settings.pipeline()),
            settings.threads(), job, settings.docTimeoutSeconds(), DocumentResult::failure);
             Tables tables = new Tables(out, processor)) {
            if (settings.xmi()) {
                XmiFiles.writeTypeSystem(pool.anyCas().getCas(), out.resolve(TYPE_SYSTEM));
            }
            events.started();
            long ready = System.nanoTime();
            counter = startCounter(source, doneBefore);
            Deque<Pending> window = new ArrayDeque<>();
            int inFlight = 0;
            int limit = settings.threads() * WINDOW_PER_THREAD;
            while (true) {
                while (inFlight < limit && window.size() < MAX_WINDOW && documents.hasNext()) {
                    InputDocument doc = documents.next();
                    Journal.Entry done = journal.get(doc.docId());
                    if (done != null && (done.ok() || !settings.retryFailed())) {
                        window.add(new Pending(done.offset(), null));
                    } else {
                        window.add(new Pending(-1, pool.submit(doc)));
                        inFlight++;
                    }
                }
                Pending next = window.poll();
                if (next == null) {
                    break;
                }
                DocumentResult result;
                if (next.result() == null) {
                    result = journal.read(next.offset());
                    totals.skipped++;
                } else {
                    result = get(next.result());
                    inFlight--;
                    journal.append(result);
                    totals.processed(result);
                    events.processed(result, totals.processed);
                }
                tables.add(result);
                totals.add(result);
            }
            long finished = System.nanoTime();
            tables.commit();
            journal.sync();
            Summary summary = totals.summary(pool.timeouts(), (ready - start) / 1_000_000,
                (finished - ready) / 1_000_000, (System.nanoTime() - start) / 1_000_000,
                pool.workerCpuNanos() / 1_000_000);
            events.finished(summary);
            return summary;
        } finally {
            if (counter != null) {
                counter.interrupt();
            }
            events.ended();
        }
    }

    /** Counts the documents left to do in the background, so the progress display can show an ETA. */
    private Thread startCounter(Source source, int doneBefore) {
        Thread counter = new Thread(() -> {
            try {
                long all = source.count();
                events.total(Math.max(0, all - doneBefore));
            } catch (IOException | RuntimeException e) {
                LOG.debug("cannot count the inputs", e);
            }
        }, "hanex-counter");
        counter.setDaemon(true);
        counter.setPriority(Thread.MIN_PRIORITY);
        counter.start();
        return counter;
    }

    private static DocumentResult get(CompletableFuture<DocumentResult> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed outside document isolation", e.getCause());
        }
    }

    /** Deletes what earlier runs wrote into the output folder (and nothing else). */
    private void clearOutputs() throws IOException {
        Path out = settings.output();
        deleteTree(out.resolve(XMI_DIR));
        try (Stream<Path> state = Files.list(out.resolve(STATE_DIR))) {
            for (Path p : (Iterable<Path>) state::iterator) {
                if (!p.getFileName().toString().equals("lock")) {
                    Files.deleteIfExists(p);
                }
            }
        }
        List<String> files = new ArrayList<>(List.of(DocumentProcessor.DOCUMENTS, DocumentProcessor.ERRORS,
            DocumentProcessor.JSONL, TYPE_SYSTEM));
        DocumentTable.EXTRACTED.forEach(t -> files.add(t.file()));
        for (String file : files) {
            Files.deleteIfExists(out.resolve(file));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** Removes temporary files a killed run left behind. */
    private void removeTemporaries() throws IOException {
        try (Stream<Path> paths = Files.walk(settings.output())) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (AtomicFiles.isTemporary(p.getFileName().toString()) && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Refuses to mix outputs of different settings: the settings that shape the results are kept in
     * {@code OUT/.hanex/settings.properties} by the first run.
     */
    private void checkSettings() throws IOException {
        Path file = settings.output().resolve(STATE_DIR).resolve("settings.properties");
        Map<String, String> now = fingerprint();
        if (Files.isRegularFile(file)) {
            Properties saved = new Properties();
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                saved.load(in);
            }
            Map<String, String> before = new TreeMap<>();
            saved.stringPropertyNames().forEach(k -> before.put(k, saved.getProperty(k)));
            if (!before.equals(now)) {
                String diff = now.keySet().stream().filter(k -> !now.get(k).equals(before.get(k)))
                    .map(k -> k + " was " + before.getOrDefault(k, "(unset)") + ", now " + now.get(k))
                    .collect(Collectors.joining("; "));
                throw new IOException(settings.output() + " holds the output of a run with other settings (" + diff
                    + "): use another -o, or --fresh to start over");
            }
            return;
        }
        Properties props = new Properties();
        props.putAll(now);
        AtomicFiles.write(file, o -> props.store(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8),
            "hanex annotate: settings of the output in this folder"));
    }

    private Map<String, String> fingerprint() {
        PipelineOptions p = settings.pipeline();
        Map<String, String> f = new TreeMap<>();
        f.put("boilerplate", Boolean.toString(p.boilerplate));
        f.put("analyzer", p.analyzer);
        f.put("komoranModel", p.komoranModel);
        f.put("userDictionaries", String.join(";", p.userDictionaries));
        f.put("tokenizeOnly", Boolean.toString(p.tokenizeOnly));
        f.put("xmi", Boolean.toString(settings.xmi()));
        f.put("outputs", String.join(";", processor.outputFiles()));
        return f;
    }

    /** A document in the window: either an entry done earlier (offset) or one being processed. */
    private record Pending(long offset, CompletableFuture<DocumentResult> result) {
    }

    /** Counts over the output set and over this run. */
    private static final class Totals {
        long documents;
        long ok;
        long failed;
        long processed;
        long skipped;
        long bytes;
        long chars;
        final Map<String, Long> byType = new TreeMap<>();

        void add(DocumentResult r) {
            documents++;
            if (r.ok()) {
                ok++;
            } else {
                failed++;
            }
            r.countsByType().forEach((type, n) -> byType.merge(type, (long) n, Long::sum));
        }

        void processed(DocumentResult r) {
            processed++;
            bytes += r.inputBytes();
            chars += r.textChars();
        }

        Summary summary(int timeouts, long startupMillis, long processingMillis, long millis, long workerCpuMillis) {
            return new Summary(documents, ok, failed, processed, skipped, timeouts, new LinkedHashMap<>(byType), bytes,
                chars, startupMillis, processingMillis, millis, workerCpuMillis);
        }
    }

    /** The output files, written under temporary names and renamed into place by {@link #commit()}. */
    private static final class Tables implements AutoCloseable {
        private final Map<String, Path> targets = new LinkedHashMap<>();
        private final Map<String, Path> temporaries = new LinkedHashMap<>();
        private final Map<String, OutputStream> streams = new LinkedHashMap<>();
        private boolean committed;

        Tables(Path out, DocumentProcessor processor) throws IOException {
            for (String file : processor.outputFiles()) {
                Path target = out.resolve(file);
                Path tmp = AtomicFiles.temporaryFor(target);
                OutputStream stream = new BufferedOutputStream(Files.newOutputStream(tmp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
                targets.put(file, target);
                temporaries.put(file, tmp);
                streams.put(file, stream);
                stream.write(processor.header(file));
            }
        }

        void add(DocumentResult result) throws IOException {
            for (Map.Entry<String, OutputStream> e : streams.entrySet()) {
                e.getValue().write(result.part(e.getKey()));
            }
        }

        void commit() throws IOException {
            for (OutputStream s : streams.values()) {
                s.close();
            }
            for (String file : targets.keySet()) {
                AtomicFiles.commit(temporaries.get(file), targets.get(file));
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                for (Map.Entry<String, OutputStream> e : streams.entrySet()) {
                    e.getValue().close();
                    Files.deleteIfExists(temporaries.get(e.getKey()));
                }
            }
        }
    }
}
