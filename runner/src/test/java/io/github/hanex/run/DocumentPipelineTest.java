package io.github.hanex.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.InputCollector;
import io.github.hanex.io.input.InputDocument;
import io.github.hanex.pipeline.PipelineOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One document at a time, as a Spark job would do it: the same rows and XMI as a corpus run. */
class DocumentPipelineTest {

    @TempDir
    Path tmp;

    @Test
    void givesTheRowsAndXmiOfACorpusRun() throws Exception {
        Path corpus = Path.of(DocumentPipelineTest.class.getResource("/fixtures/corpus").toURI());
        Path out = tmp.resolve("out");
        new CorpusRunner(new CorpusRunner.Settings(new PipelineOptions(), out, 1, 1 << 20, true, true, false, false,
            60)).run(List.of(corpus.toString()));

        try (DocumentPipeline pipeline = DocumentPipeline.create(new PipelineOptions(), 1 << 20, true, true);
             InputCollector.Inputs docs = InputCollector.open(List.of(corpus.toString()), 1 << 20)) {
            Map<String, ByteArrayOutputStream> tables = new java.util.LinkedHashMap<>();
            for (String table : pipeline.tables()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                List<String> columns = pipeline.columns(table);
                if (!columns.isEmpty()) {
                    bytes.write(DocumentProcessor.csv(List.of(columns)));
                }
                tables.put(table, bytes);
            }
            int n = 0;
            while (docs.hasNext()) {
                InputDocument doc = docs.next();
                DocumentRows rows = pipeline.process(doc);
                assertThat(rows.ok()).as(doc.docId()).isTrue();
                assertThat(rows.documentRow().get(0)).isEqualTo(doc.docId());
                assertThat(rows.xmi()).as(doc.docId() + " XMI")
                    .isEqualTo(Files.readAllBytes(out.resolve("xmi/" + doc.docId() + ".xmi")));
                for (String table : pipeline.tables()) {
                    tables.get(table).write(table.equals(DocumentProcessor.JSONL)
                        ? rows.jsonLine().getBytes(StandardCharsets.UTF_8) : DocumentProcessor.csv(rows.rows(table)));
                }
                n++;
            }
            assertThat(n).isEqualTo(4);
            for (String table : pipeline.tables()) {
                assertThat(tables.get(table).toByteArray()).as(table).isEqualTo(Files.readAllBytes(out.resolve(table)));
            }
            assertThat(new String(pipeline.typeSystemXml(), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(out.resolve("TypeSystem.xml")));
        }
    }

    @Test
    void aDocumentThatFailsGivesItsFailureRows() throws Exception {
        try (DocumentPipeline pipeline = DocumentPipeline.create(new PipelineOptions())) {
            DocumentRows rows = pipeline.process(InputDocument.ofBytes("empty.html", null, InputFormat.HTML,
                "https://news.example/empty", null, new byte[0]));

            assertThat(rows.ok()).isFalse();
            assertThat(rows.rows(DocumentProcessor.ERRORS)).containsExactly(List.of("empty.html", "read", "empty file"));
            assertThat(rows.documentRow()).startsWith("empty.html", "https://news.example/empty", "html", "",
                "failed");
            assertThat(rows.xmi()).isNull();
        }
    }

    @Test
    void withATimeLimitGivesTheSameRowsAndFailsADocumentThatTakesLonger() throws Exception {
        Path corpus = Path.of(DocumentPipelineTest.class.getResource("/fixtures/corpus").toURI());
        List<InputDocument> docs = InputCollector.collect(List.of(corpus));
        try (DocumentPipeline plain = DocumentPipeline.create(new PipelineOptions(), 1 << 20, true, false);
             DocumentPipeline timed = DocumentPipeline.create(new PipelineOptions(), 1 << 20, true, false, 60)) {
            for (InputDocument doc : docs) {
                DocumentRows expected = plain.process(doc);
                DocumentRows actual = timed.process(doc);
                assertThat(actual.tables()).as(doc.docId()).isEqualTo(expected.tables());
                assertThat(actual.xmi()).as(doc.docId()).isEqualTo(expected.xmi());
            }
            assertThat(timed.typeSystemXml()).isEqualTo(plain.typeSystemXml());
        }
        String longText = "삼성전자는 15일 서울에서 미국 반도체 기업과 165억달러 규모의 공급 계약을 맺었다고 밝혔다.\n".repeat(3000);
        try (DocumentPipeline timed = DocumentPipeline.create(new PipelineOptions(), 16 << 20, false, false, 0.05)) {
            DocumentRows rows = timed.process(InputDocument.ofBytes("long.txt", null, InputFormat.TEXT, "long.txt", null,
                longText.getBytes(StandardCharsets.UTF_8)));
            assertThat(rows.ok()).isFalse();
            assertThat(rows.rows(DocumentProcessor.ERRORS).get(0)).startsWith("long.txt", "annotate");
            assertThat(rows.failure()).contains("timed out");
            // the pipeline goes on with a fresh engine
            DocumentRows next = timed.process(InputDocument.ofBytes("short.txt", null, InputFormat.TEXT, "short.txt",
                null, "짧은 글이다.".getBytes(StandardCharsets.UTF_8)));
            assertThat(next.docId()).isEqualTo("short.txt");
        }
    }
}
