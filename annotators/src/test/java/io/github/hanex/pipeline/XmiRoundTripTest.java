package io.github.hanex.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.cas.Views;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.io.output.XmiFiles;
import io.github.hanex.type.DocumentMetadata;
import io.github.hanex.type.Morpheme;
import io.github.hanex.type.Paragraph;
import io.github.hanex.type.Sentence;
import io.github.hanex.type.SourceSpan;
import io.github.hanex.type.Token;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XMI the pipeline writes re-loads with the written TypeSystem.xml alone, as any UIMA tool would load it:
 * same views, same text, same annotations; XML 1.0 even when the input had XML-illegal characters.
 */
class XmiRoundTripTest {

    private static AnalysisEngine pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void create() throws Exception {
        pipeline = AnalysisEngineFactory.createEngine(HanexPipeline.create(new PipelineOptions()));
    }

    @AfterAll
    static void close() {
        pipeline.destroy();
    }

    @Test
    void xmiReloadsWithTheWrittenTypeSystem() throws Exception {
        String page = "<html><head><title>한빛전자 &amp; 누리</title></head><body><nav><a href=/>홈</a></nav>"
            + "<h1>한빛전자, 165억달러 투자</h1><p>김민준 한빛전자 사장은 23일 누리바이오와 계약을 체결했다.\u0001</p>"
            + "</body></html>";
        JCas jcas = pipeline.newJCas();
        DocumentLoader.loadText(jcas, "sub/page.html", "file:/sub/page.html", InputFormat.HTML, page, "UTF-8");
        pipeline.process(jcas);

        Path xmi = XmiFiles.xmiPath(dir.resolve("xmi"), "sub/page.html");
        XmiFiles.write(jcas.getCas(), xmi);
        Path typeSystem = dir.resolve("TypeSystem.xml");
        XmiFiles.writeTypeSystem(jcas.getCas(), typeSystem);
        assertThat(xmi).exists();
        String xml = Files.readString(xmi, StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");

        TypeSystemDescription tsd = UIMAFramework.getXMLParser()
            .parseTypeSystemDescription(new XMLInputSource(typeSystem.toFile()));
        CAS reloaded = CasCreationUtils.createCas(tsd, null, null);
        XmiFiles.read(xmi, reloaded);
        JCas copy = reloaded.getJCas();

        assertThat(copy.getDocumentText()).isEqualTo(jcas.getDocumentText());
        assertThat(copy.getView(Views.RAW).getDocumentText())
            .isEqualTo(jcas.getView(Views.RAW).getDocumentText());
        for (Class<? extends org.apache.uima.jcas.tcas.Annotation> type : java.util.List.of(Sentence.class,
            Token.class, Morpheme.class, Paragraph.class, SourceSpan.class, DocumentMetadata.class)) {
            assertThat(JCasUtil.select(copy, type)).as(type.getSimpleName())
                .hasSameSizeAs(JCasUtil.select(jcas, type)).isNotEmpty();
        }
        assertThat(JCasUtil.selectSingle(copy, DocumentMetadata.class).getDocId()).isEqualTo("sub/page.html");
    }
}
