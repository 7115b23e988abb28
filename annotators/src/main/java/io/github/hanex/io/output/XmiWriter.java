package io.github.hanex.io.output;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasConsumer_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Writes each CAS as {@code <outputDirectory>/<doc_id>.xmi} (XML 1.0, all views) and the type system as
 * {@code TypeSystem.xml} beside the first one, so the files open in standard UIMA tools (CAS Editor,
 * INCEpTION, dkpro-cassis). Every file is written atomically.
 */
@ResourceMetaData(name = "hanex XMI writer")
public class XmiWriter extends JCasConsumer_ImplBase {

    /** Folder for the XMI files. */
    public static final String PARAM_OUTPUT_DIRECTORY = "outputDirectory";
    @ConfigurationParameter(name = PARAM_OUTPUT_DIRECTORY)
    private String outputDirectory;

    /** Where to write the type system file; empty for none. */
    public static final String PARAM_TYPE_SYSTEM_FILE = "typeSystemFile";
    @ConfigurationParameter(name = PARAM_TYPE_SYSTEM_FILE, mandatory = false)
    private String typeSystemFile;

    private boolean typeSystemWritten;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        typeSystemWritten = typeSystemFile == null || typeSystemFile.isBlank();
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            String docId = AnnotationRows.docId(jcas);
            if (docId.isEmpty()) {
                throw new AnalysisEngineProcessException(new IllegalStateException("document without a doc_id"));
            }
            XmiFiles.write(jcas.getCas(), XmiFiles.xmiPath(Paths.get(outputDirectory), docId));
            if (!typeSystemWritten) {
                XmiFiles.writeTypeSystem(jcas.getCas(), Path.of(typeSystemFile));
                typeSystemWritten = true;
            }
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }
}
