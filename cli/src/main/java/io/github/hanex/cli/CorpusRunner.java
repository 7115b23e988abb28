package io.github.hanex.cli;

import io.github.hanex.io.AnnotationRows;
import io.github.hanex.io.AtomicFiles;
import io.github.hanex.io.CsvTables;
import io.github.hanex.io.DocumentLoader;
import io.github.hanex.io.InputCollector;
import io.github.hanex.io.InputDocument;
import io.github.hanex.io.InputRejectedException;
import io.github.hanex.io.TextDecoder;
import io.github.hanex.io.XmiFiles;
import io.github.hanex.pipeline.HanexPipeline;
import io.github.hanex.pipeline.PipelineOptions;
import io.github.hanex.type.DocumentMetadata;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVPrinter;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline over a set of inputs with N worker threads (one engine and one CAS each) and writes the
 * outputs in input order, whatever N is. Each document is isolated: one that fails is listed in
 * {@code errors.csv} and the run goes on. Table files are written under temporary names and renamed at the end.
 */
final class CorpusRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusRunner.class);

    static final List<String> DOCUMENTS_HEADER = List.of("doc_id", "source", "format", "charset", "status", "title",
        "published", "raw_chars", "text_chars", "paragraphs", "sentences", "tokens", "annotations");
    static final List<String> ERRORS_HEADER = List.of("doc_id", "stage", "message");

    /** What a run did. */
    record Summary(int documents, int ok, int failed, Map<String, Integer> annotationsByType, long millis) {
    }

    /** The outcome of one document. */
    private record Outcome(InputDocument input, List<List<String>> rows, List<String> documentRow,
        String failedStage, String failure) {
    }

    /** A worker's engine and the CAS it reuses. */
    private record Worker(AnalysisEngine engine, JCas jcas) {
    }

    private final PipelineOptions options;
    private final Path output;
    private final int threads;
    private final long maxBytes;
    private final boolean writeXmi;

    CorpusRunner(PipelineOptions options, Path output, int threads, long maxBytes, boolean writeXmi) {
        this.options = options;
        this.output = output;
        this.threads = threads;
        this.maxBytes = maxBytes;
        this.writeXmi = writeXmi;
    }

    Summary run(List<Path> inputs) throws IOException, ResourceInitializationException, InterruptedException {
        long start = System.nanoTime();
        List<InputDocument> documents = InputCollector.collect(inputs);
        Files.createDirectories(output);
        LOG.info("{} documents; starting {} pipeline(s) ({} analyzer)", documents.size(), threads, options.analyzer);
        BlockingQueue<Worker> workers = createWorkers();
        Map<String, Integer> byType = new LinkedHashMap<>();
        int ok = 0;
        int failed = 0;
        TableFile annotations = new TableFile(output.resolve("annotations.csv"), AnnotationRows.HEADER);
        TableFile documentsCsv = new TableFile(output.resolve("documents.csv"), DOCUMENTS_HEADER);
        TableFile errors = new TableFile(output.resolve("errors.csv"), ERRORS_HEADER);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "hanex-worker");
            t.setDaemon(true);
            return t;
        });
        Progress progress = Progress.start(documents.size());
        boolean typeSystemWritten = false;
        try {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < documents.size() || !inFlight.isEmpty()) {
                // Keep a bounded window of documents in flight, so memory does not grow with the corpus.
                while (next < documents.size() && inFlight.size() < threads * 4) {
                    InputDocument doc = documents.get(next++);
                    inFlight.add(pool.submit(() -> process(doc, workers)));
                }
                Outcome outcome = get(inFlight.poll());
                documentsCsv.add(outcome.documentRow());
                if (outcome.failure() == null) {
                    ok++;
                    for (List<String> row : outcome.rows()) {
                        annotations.add(row);
                        byType.merge(row.get(1), 1, Integer::sum);
                    }
                    if (writeXmi && !typeSystemWritten) {
                        Worker w = workers.take();
                        try {
                            XmiFiles.writeTypeSystem(w.jcas().getCas(), output.resolve("TypeSystem.xml"));
                        } finally {
                            workers.put(w);
                        }
                        typeSystemWritten = true;
                    }
                } else {
                    failed++;
                    errors.add(List.of(outcome.input().docId(), outcome.failedStage(), outcome.failure()));
                    LOG.warn("{}: {} failed: {}", outcome.input().docId(), outcome.failedStage(), outcome.failure());
                }
                progress.step(outcome.failure() != null);
            }
        } finally {
            progress.close();
            pool.shutdownNow();
            for (Worker w : workers) {
                w.engine().destroy();
            }
        }
        annotations.commit();
        documentsCsv.commit();
        errors.commit();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Summary summary = new Summary(documents.size(), ok, failed, byType, millis);
        LOG.info("done: {} documents, {} ok, {} failed, {} in {} s; output in {}", summary.documents(), ok, failed,
            byType, String.format("%.1f", millis / 1000.0), output);
        return summary;
    }

    private BlockingQueue<Worker> createWorkers() throws ResourceInitializationException, InterruptedException {
        AnalysisEngineDescription description = HanexPipeline.create(options);
        BlockingQueue<Worker> workers = new ArrayBlockingQueue<>(threads);
        List<Future<Worker>> starting = new ArrayList<>();
        ExecutorService init = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < threads; i++) {
                starting.add(init.submit(() -> {
                    AnalysisEngine engine = AnalysisEngineFactory.createEngine(description);
                    return new Worker(engine, engine.newJCas());
                }));
            }
            for (Future<Worker> f : starting) {
                workers.add(f.get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResourceInitializationException rie) {
                throw rie;
            }
            throw new ResourceInitializationException(e.getCause());
        } finally {
            init.shutdown();
        }
        return workers;
    }

    private Outcome process(InputDocument doc, BlockingQueue<Worker> workers) throws InterruptedException {
        Worker worker = workers.take();
        JCas jcas = worker.jcas();
        String stage = "read";
        String charset = "";
        try {
            jcas.reset();
            TextDecoder.Decoded decoded = DocumentLoader.load(doc, jcas, maxBytes);
            charset = decoded.charset();
            stage = "annotate";
            worker.engine().process(jcas);
            stage = "write";
            List<List<String>> rows = AnnotationRows.of(jcas);
            if (writeXmi) {
                XmiFiles.write(jcas.getCas(), XmiFiles.xmiPath(output.resolve("xmi"), doc.docId()));
            }
            return new Outcome(doc, rows, documentRow(doc, jcas, charset, "ok", rows.size()), null, null);
        } catch (InputRejectedException e) {
            return failure(doc, charset, stage, e.getMessage());
        } catch (Exception | StackOverflowError e) {
            LOG.debug("{} failed", doc.docId(), e);
            return failure(doc, charset, stage, Errors.describe(e));
        } catch (OutOfMemoryError e) {
            return failure(doc, charset, stage, "out of memory (input too large for the heap; see --max-bytes)");
        } finally {
            jcas.reset();
            workers.put(worker);
        }
    }

    private static Outcome failure(InputDocument doc, String charset, String stage, String message) {
        List<String> row = List.of(doc.docId(), doc.sourceUri(), doc.format().label(), charset, "failed", "", "", "",
            "", "", "", "", "");
        return new Outcome(doc, List.of(), row, stage, message);
    }

    private static List<String> documentRow(InputDocument doc, JCas jcas, String charset, String status,
        int annotations) throws Exception {
        DocumentMetadata meta = JCasUtil.select(jcas, DocumentMetadata.class).stream().findFirst().orElse(null);
        String raw = jcas.getView(DocumentLoader.RAW_VIEW).getDocumentText();
        return List.of(doc.docId(), doc.sourceUri(), doc.format().label(), charset, status,
            meta == null || meta.getTitle() == null ? "" : meta.getTitle(),
            meta == null || meta.getPublished() == null ? "" : meta.getPublished(),
            Integer.toString(raw.length()), Integer.toString(jcas.getDocumentText().length()),
            count(jcas, io.github.hanex.type.Paragraph.class), count(jcas, io.github.hanex.type.Sentence.class),
            count(jcas, io.github.hanex.type.Token.class), Integer.toString(annotations));
    }

    private static String count(JCas jcas, Class<? extends org.apache.uima.jcas.tcas.Annotation> type) {
        return Integer.toString(JCasUtil.select(jcas, type).size());
    }

    private static Outcome get(Future<Outcome> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed outside document isolation", e.getCause());
        }
    }

    /** A CSV table written under a temporary name, renamed into place by {@link #commit()}. */
    private static final class TableFile {
        private final Path target;
        private final Path tmp;
        private final CSVPrinter printer;

        TableFile(Path target, List<String> header) throws IOException {
            this.target = target;
            this.tmp = target.resolveSibling("." + target.getFileName() + ".part");
            Writer out = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8);
            this.printer = CsvTables.open(new java.io.BufferedWriter(out, 1 << 16), header);
        }

        void add(List<String> row) throws IOException {
            printer.printRecord(row);
        }

        void commit() throws IOException {
            printer.close();
            AtomicFiles.write(target, out -> Files.copy(tmp, out));
            Files.deleteIfExists(tmp);
        }
    }
}
