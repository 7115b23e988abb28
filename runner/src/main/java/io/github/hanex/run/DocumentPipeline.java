package io.github.hanex.run;

import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.io.input.InputDocument;
import io.github.hanex.io.output.XmiFiles;
import io.github.hanex.pipeline.HanexPipeline;
import io.github.hanex.pipeline.PipelineOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * One hanex pipeline (an engine and the CAS it reuses) that turns documents, one at a time, into the rows and XMI
 * that {@code hanex annotate} would write for them: for programs that distribute documents themselves (a Spark
 * job's partitions, a service). Not thread-safe: one per thread. KOMORAN's model is loaded once per JVM and
 * shared by all pipelines.
 *
 * <p>With a time limit per document, documents run in a worker thread of the pipeline's own, watched as in
 * {@code hanex annotate --doc-timeout}: a document over the limit gives a timeout failure and the engine is
 * replaced by a fresh one.
 *
 * <pre>{@code
 * try (DocumentPipeline pipeline = DocumentPipeline.create(new PipelineOptions())) {
 *     DocumentRows rows = pipeline.process(InputDocument.ofBytes("a.html", null, InputFormat.HTML,
 *         "https://news.example/a", null, bytes));
 *     rows.rows("annotations.csv").forEach(...);
 * }
 * }</pre>
 */
public final class DocumentPipeline implements AutoCloseable {

    private final DocumentProcessor processor;
    private final boolean xmi;
    /** The engine and CAS of a pipeline without a time limit, used in the caller's thread. */
    private final AnalysisEngine engine;
    private final JCas jcas;
    /** The worker of a pipeline with a time limit (then engine and jcas are null). */
    private final WorkerPool<DocumentRows> worker;

    private DocumentPipeline(DocumentProcessor processor, boolean xmi, AnalysisEngine engine, JCas jcas,
        WorkerPool<DocumentRows> worker) {
        this.processor = processor;
        this.xmi = xmi;
        this.engine = engine;
        this.jcas = jcas;
        this.worker = worker;
    }

    /** A pipeline making every table's rows and the XMI, with the default size limit and no JSON line. */
    public static DocumentPipeline create(PipelineOptions options) throws ResourceInitializationException {
        return create(options, DocumentLoader.DEFAULT_MAX_BYTES, true, false);
    }

    /**
     * A pipeline without a time limit per document.
     *
     * @param maxBytes the largest input accepted (after gunzip)
     * @param xmi whether {@link DocumentRows#xmi()} is made
     * @param jsonLine whether {@link DocumentRows#jsonLine()} is made
     */
    public static DocumentPipeline create(PipelineOptions options, long maxBytes, boolean xmi, boolean jsonLine)
        throws ResourceInitializationException {
        return create(options, maxBytes, xmi, jsonLine, 0);
    }

    /**
     * A pipeline.
     *
     * @param maxBytes the largest input accepted (after gunzip)
     * @param xmi whether {@link DocumentRows#xmi()} is made
     * @param jsonLine whether {@link DocumentRows#jsonLine()} is made
     * @param timeoutSeconds the time limit per document ({@code --doc-timeout}); 0 or less for none
     */
    public static DocumentPipeline create(PipelineOptions options, long maxBytes, boolean xmi, boolean jsonLine,
        double timeoutSeconds) throws ResourceInitializationException {
        DocumentProcessor processor = new DocumentProcessor(maxBytes, jsonLine, DocumentTable.EXTRACTED);
        if (timeoutSeconds > 0) {
            WorkerPool.Job<DocumentRows> job = (doc, e, cas, claim) -> processor.process(doc, e, cas, claim, xmi);
            try {
                return new DocumentPipeline(processor, xmi, null, null, new WorkerPool<>(
                    HanexPipeline.create(options), 1, job, timeoutSeconds,
                    (doc, stage, message, retry) -> DocumentProcessor.failure(doc, "", stage, message, retry, 0)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ResourceInitializationException(e);
            }
        }
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(HanexPipeline.create(options));
        try {
            return new DocumentPipeline(processor, xmi, engine, engine.newJCas(), null);
        } catch (ResourceInitializationException | RuntimeException e) {
            engine.destroy();
            throw e;
        }
    }

    /**
     * Reads, annotates and renders one document; a document that fails gives its failure rows, never throws
     * (but an interrupt of the calling thread, while it waits for a pipeline with a time limit, ends the wait
     * with a {@link CancellationException}, the thread's interrupt flag set).
     */
    public DocumentRows process(InputDocument doc) {
        if (worker == null) {
            return processor.process(doc, engine, jcas, xmi);
        }
        try {
            return worker.submit(doc).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(doc.docId() + ": interrupted while waiting for its pipeline");
        } catch (ExecutionException e) {
            // the worker completes every document itself (with a failure if need be)
            return DocumentProcessor.failure(doc, "", "annotate", Errors.describe(e.getCause()), Retry.NEVER, 0);
        }
    }

    /** The output files (tables) a document has rows in, in order; see {@link #columns}. */
    public List<String> tables() {
        return processor.outputFiles();
    }

    /** The columns of a table ({@code documents.csv}, {@code annotations.csv} ...). */
    public List<String> columns(String table) {
        return processor.columns(table);
    }

    /** The type system of the XMI, as {@code hanex annotate} writes it to {@code TypeSystem.xml}. */
    public byte[] typeSystemXml() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiFiles.writeTypeSystem((worker == null ? jcas : worker.anyCas()).getCas(), out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        } else {
            engine.destroy();
        }
    }
}
