package io.github.hanex.io.input;

import io.github.hanex.cas.Views;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.collection.CollectionException;
import org.apache.uima.fit.component.JCasCollectionReader_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.Progress;
import org.apache.uima.util.ProgressImpl;

/**
 * Reads {@code .txt} and {@code .html}/{@code .htm} files (and their {@code .gz} variants) from files and
 * directories into the {@value Views#RAW} view, decoding them with charset detection. For use
 * in plain uimaFIT pipelines; the {@code hanex annotate} command uses the same loading with fault isolation.
 * An input that cannot be read fails with a {@link CollectionException} naming it.
 */
@ResourceMetaData(name = "hanex file reader")
@TypeCapability(outputs = "io.github.hanex.type.DocumentMetadata")
public class HanexReader extends JCasCollectionReader_ImplBase {

    /** Files and directories to read. */
    public static final String PARAM_INPUTS = "inputs";
    @ConfigurationParameter(name = PARAM_INPUTS)
    private String[] inputs;

    /** Largest input accepted, in bytes. */
    public static final String PARAM_MAX_BYTES = "maxBytes";
    @ConfigurationParameter(name = PARAM_MAX_BYTES, defaultValue = "16777216")
    private long maxBytes;

    private List<InputDocument> documents;
    private int next;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            documents = InputCollector.collect(Arrays.stream(inputs).map(Path::of).toList());
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public boolean hasNext() {
        return next < documents.size();
    }

    @Override
    public void getNext(JCas jcas) throws IOException, CollectionException {
        InputDocument doc = documents.get(next++);
        try {
            DocumentLoader.load(doc, jcas, maxBytes);
        } catch (InputRejectedException e) {
            throw new CollectionException(new IOException(doc.docId() + ": " + e.getMessage(), e));
        }
    }

    @Override
    public Progress[] getProgress() {
        return new Progress[] {new ProgressImpl(next, documents.size(), Progress.ENTITIES)};
    }
}
