package io.github.hanex.io.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.csv.CSVPrinter;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasConsumer_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Writes {@code annotations.csv}: one row per Person, Organization, Money and EventTrigger (see
 * {@link AnnotationRows#HEADER}). The file is written under a temporary name and renamed when the collection is
 * complete, so it is never seen half-written.
 */
@ResourceMetaData(name = "hanex annotations CSV writer")
@TypeCapability(inputs = {"io.github.hanex.type.Person", "io.github.hanex.type.Organization",
    "io.github.hanex.type.Money", "io.github.hanex.type.EventTrigger", "io.github.hanex.type.SourceSpan"})
public class AnnotationCsvWriter extends JCasConsumer_ImplBase {

    /** The CSV file to write. */
    public static final String PARAM_TARGET = "target";
    @ConfigurationParameter(name = PARAM_TARGET)
    private String target;

    private Path tmp;
    private CSVPrinter printer;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            Path file = Path.of(target).toAbsolutePath();
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
            printer = CsvTables.open(out, AnnotationRows.HEADER);
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            for (var row : AnnotationRows.of(jcas)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        try {
            printer.close();
            Files.move(tmp, Path.of(target), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }
}
