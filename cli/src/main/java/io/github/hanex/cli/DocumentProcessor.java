package io.github.hanex.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hanex.cas.Views;
import io.github.hanex.io.output.CsvTables;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.io.input.InputDocument;
import io.github.hanex.io.input.InputRejectedException;
import io.github.hanex.io.input.TextDecoder;
import io.github.hanex.io.output.XmiFiles;
import io.github.hanex.type.DocumentMetadata;
import io.github.hanex.type.Paragraph;
import io.github.hanex.type.Sentence;
import io.github.hanex.type.Token;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.apache.commons.csv.CSVPrinter;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CASException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates one document in a worker's engine and CAS and renders everything it contributes to the output: its
 * XMI file (written here, atomically), its {@code documents.csv} row, its rows of every {@link DocumentTable}
 * and optionally its JSON line. A document that cannot be read or processed becomes a failed result with the
 * stage and the reason; nothing escapes.
 */
class DocumentProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentProcessor.class);

    static final String DOCUMENTS = "documents.csv";
    static final String ERRORS = "errors.csv";
    static final String JSONL = "documents.jsonl";
    static final List<String> DOCUMENTS_HEADER = List.of("doc_id", "source", "format", "charset", "status", "title",
        "published", "raw_chars", "text_chars", "paragraphs", "sentences", "tokens", "annotations");
    static final List<String> ERRORS_HEADER = List.of("doc_id", "stage", "message");

    private static final JsonFactory JSON = new JsonFactory();

    private final long maxBytes;
    private final Path xmiDir;
    private final boolean jsonl;
    private final List<DocumentTable> tables;

    /** @param xmiDir where XMI files go, or null for none */
    DocumentProcessor(long maxBytes, Path xmiDir, boolean jsonl, List<DocumentTable> tables) {
        this.maxBytes = maxBytes;
        this.xmiDir = xmiDir;
        this.jsonl = jsonl;
        this.tables = tables;
    }

    /** The output files every document has a part in, in order. */
    List<String> outputFiles() {
        List<String> files = new ArrayList<>(List.of(DOCUMENTS, ERRORS));
        tables.forEach(t -> files.add(t.file()));
        if (jsonl) {
            files.add(JSONL);
        }
        return files;
    }

    /** The first line of an output file (its CSV header), empty for JSON Lines. */
    byte[] header(String file) {
        return switch (file) {
            case DOCUMENTS -> csv(List.of(DOCUMENTS_HEADER));
            case ERRORS -> csv(List.of(ERRORS_HEADER));
            case JSONL -> new byte[0];
            default -> csv(List.of(tables.stream().filter(t -> t.file().equals(file)).findFirst().orElseThrow()
                .header()));
        };
    }

    /**
     * Processes {@code doc} with {@code engine} in {@code jcas} (reset before and after).
     *
     * @param claim called once the document is annotated, before its XMI file is written; false means the
     *     document was given up (timed out) meanwhile, and nothing must be written
     */
    DocumentResult process(InputDocument doc, AnalysisEngine engine, JCas jcas, BooleanSupplier claim) {
        String stage = "read";
        String charset = "";
        long inputBytes = 0;
        try {
            jcas.reset();
            byte[] bytes = doc.readBytes(maxBytes);
            inputBytes = bytes.length;
            TextDecoder.Decoded decoded = DocumentLoader.load(doc, bytes, jcas);
            charset = decoded.charset();
            stage = "annotate";
            engine.process(jcas);
            stage = "write";
            Map<String, byte[]> parts = new LinkedHashMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, List<List<String>>> rowsByTable = new LinkedHashMap<>();
            int annotations = 0;
            for (DocumentTable table : tables) {
                List<List<String>> rows = table.rows().apply(jcas);
                rowsByTable.put(table.file(), rows);
                if (table.file().equals("annotations.csv")) {
                    annotations = rows.size();
                    for (List<String> row : rows) {
                        counts.merge(row.get(1), 1, Integer::sum);
                    }
                }
            }
            List<String> documentRow = documentRow(doc, jcas, charset, annotations);
            parts.put(DOCUMENTS, csv(List.of(documentRow)));
            rowsByTable.forEach((file, rows) -> parts.put(file, csv(rows)));
            if (jsonl) {
                parts.put(JSONL, jsonLine(doc, jcas, documentRow, rowsByTable));
            }
            long textChars = jcas.getDocumentText() == null ? 0 : jcas.getDocumentText().length();
            if (!claim.getAsBoolean()) {
                return failure(doc, charset, "annotate", "given up (timed out)", inputBytes);
            }
            if (xmiDir != null) {
                XmiFiles.write(jcas.getCas(), XmiFiles.xmiPath(xmiDir, doc.docId()));
            }
            return new DocumentResult(doc.docId(), true, "", "", inputBytes, textChars, counts, parts);
        } catch (InputRejectedException e) {
            return failure(doc, charset, stage, e.getMessage(), inputBytes);
        } catch (Exception | StackOverflowError e) {
            LOG.debug("{} failed", doc.docId(), e);
            return failure(doc, charset, stage, Errors.describe(e), inputBytes);
        } catch (OutOfMemoryError e) {
            return failure(doc, charset, stage, "out of memory (input too large for the heap; see --max-bytes)",
                inputBytes);
        } finally {
            try {
                jcas.reset();
            } catch (RuntimeException e) {
                LOG.debug("cannot reset the CAS", e);
            }
        }
    }

    /** The result of a document that failed before or while it was processed. */
    static DocumentResult failure(InputDocument doc, String charset, String stage, String message, long inputBytes) {
        String reason = message == null || message.isBlank() ? "unknown error" : message;
        List<String> row = List.of(doc.docId(), doc.sourceUri(), doc.format().label(), charset == null ? "" : charset,
            "failed", "", "", "", "", "", "", "", "");
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(DOCUMENTS, csv(List.of(row)));
        parts.put(ERRORS, csv(List.of(List.of(doc.docId(), stage, reason))));
        return new DocumentResult(doc.docId(), false, stage, reason, inputBytes, 0, Map.of(), parts);
    }

    private static List<String> documentRow(InputDocument doc, JCas jcas, String charset, int annotations)
        throws CASException {
        DocumentMetadata meta = null;
        Iterator<DocumentMetadata> it = jcas.getAnnotationIndex(DocumentMetadata.class).iterator();
        if (it.hasNext()) {
            meta = it.next();
        }
        String raw = jcas.getView(Views.RAW).getDocumentText();
        String text = jcas.getDocumentText();
        return List.of(doc.docId(), doc.sourceUri(), doc.format().label(), charset, "ok",
            meta == null || meta.getTitle() == null ? "" : meta.getTitle(),
            meta == null || meta.getPublished() == null ? "" : meta.getPublished(),
            Integer.toString(raw == null ? 0 : raw.length()), Integer.toString(text == null ? 0 : text.length()),
            count(jcas, Paragraph.class), count(jcas, Sentence.class), count(jcas, Token.class),
            Integer.toString(annotations));
    }

    private static String count(JCas jcas, Class<? extends Annotation> type) {
        return Integer.toString(jcas.getAnnotationIndex(type).size());
    }

    /** CSV lines (CRLF, RFC 4180) of some rows, as UTF-8. */
    static byte[] csv(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return new byte[0];
        }
        StringBuilder out = new StringBuilder(rows.size() * 96);
        try (CSVPrinter printer = new CSVPrinter(out, CsvTables.FORMAT)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One JSON line: the document's metadata (documents.csv columns), its article text, and for each extracted
     * table (annotations, events ...) an array of objects with that table's columns; empty values are left out
     * and offsets are numbers.
     */
    private byte[] jsonLine(InputDocument doc, JCas jcas, List<String> documentRow,
        Map<String, List<List<String>>> rowsByTable) throws IOException {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            for (int i = 0; i < DOCUMENTS_HEADER.size(); i++) {
                writeField(json, DOCUMENTS_HEADER.get(i), documentRow.get(i));
            }
            json.writeStringField("text", jcas.getDocumentText() == null ? "" : jcas.getDocumentText());
            for (DocumentTable table : tables) {
                String key = table.file().replaceFirst("\\.csv$", "");
                json.writeArrayFieldStart(key);
                for (List<String> row : rowsByTable.get(table.file())) {
                    json.writeStartObject();
                    for (int i = 1; i < table.header().size(); i++) {
                        writeField(json, table.header().get(i), row.get(i));
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        out.write('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeField(JsonGenerator json, String name, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean number = name.equals("begin") || name.equals("end") || name.endsWith("_begin")
            || name.endsWith("_end") || name.endsWith("_chars") || name.equals("paragraphs")
            || name.equals("sentences") || name.equals("tokens") || name.equals("annotations");
        if (number && value.chars().allMatch(c -> c >= '0' && c <= '9') && value.length() < 10) {
            json.writeNumberField(name, Integer.parseInt(value));
        } else {
            json.writeStringField(name, value);
        }
    }
}
