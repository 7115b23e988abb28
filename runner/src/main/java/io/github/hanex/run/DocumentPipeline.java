package io.github.hanex.run;

import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.io.input.InputDocument;
import io.github.hanex.io.output.XmiFiles;
import io.github.hanex.pipeline.HanexPipeline;
import io.github.hanex.pipeline.PipelineOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
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
 * <pre>{@code
 * try (DocumentPipeline pipeline = DocumentPipeline.create(new PipelineOptions())) {
 *     DocumentRows rows = pipeline.process(InputDocument.ofBytes("a.html", null, InputFormat.HTML,
 *         "https://news.example/a", null, bytes));
 *     rows.rows("annotations.csv").forEach(...);
 * }
 * }</pre>
 */
public final class DocumentPipeline implements AutoCloseable {

    private final AnalysisEngine engine;
    private final JCas jcas;
    private final DocumentProcessor processor;
    private final boolean xmi;

    private DocumentPipeline(AnalysisEngine engine, JCas jcas, DocumentProcessor processor, boolean xmi) {
        this.engine = engine;
        this.jcas = jcas;
        this.processor = processor;
        this.xmi = xmi;
    }

    /** A pipeline making every table's rows and the XMI, with the default size limit and no JSON line. */
    public static DocumentPipeline create(PipelineOptions options) throws ResourceInitializationException {
        return create(options, DocumentLoader.DEFAULT_MAX_BYTES, true, false);
    }

    /**
     * A pipeline.
     *
     * @param maxBytes the largest input accepted (after gunzip)
     * @param xmi whether {@link DocumentRows#xmi()} is made
     * @param jsonLine whether {@link DocumentRows#jsonLine()} is made
     */
    public static DocumentPipeline create(PipelineOptions options, long maxBytes, boolean xmi, boolean jsonLine)
        throws ResourceInitializationException {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(HanexPipeline.create(options));
        try {
            JCas jcas = engine.newJCas();
            return new DocumentPipeline(engine, jcas,
                new DocumentProcessor(maxBytes, jsonLine, DocumentTable.EXTRACTED), xmi);
        } catch (ResourceInitializationException | RuntimeException e) {
            engine.destroy();
            throw e;
        }
    }

    /** Reads, annotates and renders one document; a document that fails gives its failure rows, never throws. */
    public DocumentRows process(InputDocument doc) {
        return processor.process(doc, engine, jcas, xmi);
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
        XmiFiles.writeTypeSystem(jcas.getCas(), out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        engine.destroy();
    }
}
