package io.github.hanex.run;

import io.github.hanex.io.input.InputCollector;
import io.github.hanex.io.input.InputDocument;
import io.github.hanex.io.output.XmiFiles;
import io.github.hanex.pipeline.HanexPipeline;
import io.github.hanex.pipeline.PipelineOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
     * @param followLinks follow symbolic links in input folders wherever they point (else only inside)
     */
    public record Settings(PipelineOptions pipeline, Path output, int threads, long maxBytes, boolean xmi,
        boolean jsonl, boolean fresh, boolean retryFailed, double docTimeoutSeconds, boolean followLinks) {

        /** Settings that follow symbolic links only inside the input folders. */
        public Settings(PipelineOptions pipeline, Path output, int threads, long maxBytes, boolean xmi,
            boolean jsonl, boolean fresh, boolean retryFailed, double docTimeoutSeconds) {
            this(pipeline, output, threads, maxBytes, xmi, jsonl, fresh, retryFailed, docTimeoutSeconds, false);
        }

        /** @throws IllegalArgumentException for a value out of the {@link Limits} */
        public Settings {
            require("threads", Limits.threadsProblem(threads));
            require("maxBytes", Limits.maxBytesProblem(maxBytes));
            require("docTimeoutSeconds", Limits.docTimeoutProblem(docTimeoutSeconds));
        }

        private static void require(String name, String problem) {
            if (problem != null) {
                throw new IllegalArgumentException(name + " " + problem);
            }
        }
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

        /** The files and folders the documents are read from: the output folder must not be or contain one. */
        default List<Path> roots() throws IOException {
            return List.of();
        }
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
                return InputCollector.open(inputs, settings.maxBytes(), settings.followLinks());
            }

            @Override
            public long count() throws IOException {
                return InputCollector.count(inputs, settings.followLinks());
            }

            @Override
            public List<Path> roots() throws IOException {
                return InputCollector.paths(inputs);
            }
        });
    }

    /**
     * Runs over the documents of {@code source}.
     *
     * @throws RunRefusedException when the output folder is not one this run may write into
     * @throws ResourceInitializationException when the pipelines cannot start (a broken rule file)
     */
    public Summary run(Source source) throws IOException, ResourceInitializationException, InterruptedException {
        long start = System.nanoTime();
        OutputFolder folder = OutputFolder.prepare(settings.output(), source.roots(), allOutputFiles());
        boolean[] started = new boolean[1];
        try (FileChannel lockFile = FileChannel.open(folder.state().resolve("lock"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
             FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                throw new RunRefusedException(settings.output() + " is being written by another hanex run");
            }
            Path journalFile = folder.state().resolve("journal");
            if (settings.fresh()) {
                folder.clear(journalFile);
            }
            Map<String, String> fingerprint = SavedSettings.of(settings, processor);
            SavedSettings.check(folder.state().resolve(SavedSettings.FILE), fingerprint, settings.output());
            folder.removeTemporaries();
            try (InputCollector.Inputs documents = source.open();
                 Journal journal = Journal.open(journalFile)) {
                return run(source, documents, journal, start, () -> {
                    started[0] = true;
                    SavedSettings.save(folder.state().resolve(SavedSettings.FILE), fingerprint);
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!started[0]) {
                folder.removeIfCreated();
            }
        }
    }

    /** Every file a run may write at the top of the output folder, whatever its settings. */
    private static List<String> allOutputFiles() {
        List<String> files = new ArrayList<>(new DocumentProcessor(1, true, DocumentTable.EXTRACTED).outputFiles());
        files.add(TYPE_SYSTEM);
        return files;
    }

    /** What to do once the pipelines have started. */
    @FunctionalInterface
    private interface OnStart {
        void run() throws IOException;
    }

    private Summary run(Source source, InputCollector.Inputs documents, Journal journal, long start,
        OnStart onStart) throws IOException, ResourceInitializationException, InterruptedException {
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
             OutputTables tables = new OutputTables(out, processor)) {
            onStart.run();
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
                    // Kept: done, or failed for a reason this run cannot change (without --retry-failed).
                    if (done != null && (done.ok() || !settings.retryFailed() && !done.retry().due(settings))) {
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
}
