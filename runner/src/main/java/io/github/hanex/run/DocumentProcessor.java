package io.github.hanex.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hanex.cas.Views;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.io.input.InputDocument;
import io.github.hanex.io.input.InputRejectedException;
import io.github.hanex.io.input.TextDecoder;
import io.github.hanex.io.output.CsvTables;
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
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates one document in an engine and CAS and renders everything it contributes to the output: its
 * {@code documents.csv} row, its rows of every {@link DocumentTable}, optionally its JSON line, and its XMI (as
 * bytes, or written to its file atomically). A document that cannot be read or processed becomes a failed result
 * with the stage and the reason; nothing escapes.
 *
 * <p>One processor serves any number of threads; each thread brings its own engine and CAS (see
 * {@link DocumentPipeline} for a ready-made pair).
 */
public final class DocumentProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentProcessor.class);

    /** The table of all documents, ok or failed. */
    public static final String DOCUMENTS = "documents.csv";
    /** The table of failed documents. */
    public static final String ERRORS = "errors.csv";
    /** One JSON object per document (with {@code --jsonl}). */
    public static final String JSONL = "documents.jsonl";
    static final List<String> DOCUMENTS_HEADER = List.of("doc_id", "source", "format", "charset", "status", "title",
        "published", "raw_chars", "text_chars", "paragraphs", "sentences", "tokens", "annotations", "charset_reason",
        "replaced_chars", "xmi");
    static final List<String> ERRORS_HEADER = List.of("doc_id", "stage", "message");

    private static final JsonFactory JSON = new JsonFactory();

    private final long maxBytes;
    private final boolean jsonl;
    private final List<DocumentTable> tables;

    /**
     * @param maxBytes the largest input accepted (after gunzip)
     * @param jsonl whether to render each document's JSON line
     * @param tables the tables to make rows of (usually {@link DocumentTable#EXTRACTED})
     */
    public DocumentProcessor(long maxBytes, boolean jsonl, List<DocumentTable> tables) {
        this.maxBytes = maxBytes;
        this.jsonl = jsonl;
        this.tables = List.copyOf(tables);
    }

    /** The output files every document has a part in, in order. */
    public List<String> outputFiles() {
        List<String> files = new ArrayList<>(List.of(DOCUMENTS, ERRORS));
        tables.forEach(t -> files.add(t.file()));
        if (jsonl) {
            files.add(JSONL);
        }
        return files;
    }

    /** The columns of a CSV output file; empty for JSON Lines. */
    public List<String> columns(String file) {
        return switch (file) {
            case DOCUMENTS -> DOCUMENTS_HEADER;
            case ERRORS -> ERRORS_HEADER;
            case JSONL -> List.of();
            default -> tables.stream().filter(t -> t.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + file)).header();
        };
    }

    /** The first line of an output file (its CSV header), empty for JSON Lines. */
    byte[] header(String file) {
        List<String> columns = columns(file);
        return columns.isEmpty() ? new byte[0] : csv(List.of(columns));
    }

    /**
     * Reads, annotates and renders one document with {@code engine} in {@code jcas} (reset before and after).
     *
     * @param xmi whether to serialize the CAS as XMI into {@link DocumentRows#xmi()}
     */
    public DocumentRows process(InputDocument doc, AnalysisEngine engine, JCas jcas, boolean xmi) {
        return process(doc, engine, jcas, () -> true, xmi ? XmiFiles::bytes : null);
    }

    /** As {@link #process(InputDocument, AnalysisEngine, JCas, boolean)}, for a worker that may be given up. */
    DocumentRows process(InputDocument doc, AnalysisEngine engine, JCas jcas, BooleanSupplier claim, boolean xmi) {
        return process(doc, engine, jcas, claim, xmi ? XmiFiles::bytes : null);
    }

    /**
     * Processes {@code doc} for the corpus runner, writing its XMI file into {@code xmiDir} (null for none).
     *
     * @param claim called once the document is annotated, before its XMI file is written; false means the
     *     document was given up (timed out) meanwhile, and nothing must be written
     */
    DocumentRows process(InputDocument doc, AnalysisEngine engine, JCas jcas, BooleanSupplier claim, Path xmiDir) {
        return process(doc, engine, jcas, claim, xmiDir == null ? null : cas -> {
            XmiFiles.write(cas, XmiFiles.xmiPath(xmiDir, doc.docId()));
            return null;
        });
    }

    /** Where the XMI of an annotated CAS goes: returns its bytes, or null when it went to a file. */
    @FunctionalInterface
    private interface XmiOutput {
        byte[] write(CAS cas) throws IOException;
    }

    private DocumentRows process(InputDocument doc, AnalysisEngine engine, JCas jcas, BooleanSupplier claim,
        XmiOutput xmiOutput) {
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
            Map<String, List<List<String>>> rowsByTable = new LinkedHashMap<>();
            int annotations = 0;
            for (DocumentTable table : tables) {
                List<List<String>> rows = table.rows().apply(jcas);
                rowsByTable.put(table.file(), rows);
                if (table.file().equals(DocumentTable.ANNOTATIONS)) {
                    annotations = rows.size();
                }
            }
            List<String> documentRow = documentRow(doc, jcas, decoded, annotations,
                xmiOutput == null ? "" : xmiFile(doc.docId()));
            Map<String, List<List<String>>> all = new LinkedHashMap<>();
            all.put(DOCUMENTS, List.of(documentRow));
            all.putAll(rowsByTable);
            String jsonLine = jsonl ? jsonLine(jcas, documentRow, rowsByTable) : null;
            long textChars = jcas.getDocumentText() == null ? 0 : jcas.getDocumentText().length();
            if (!claim.getAsBoolean()) {
                return failure(doc, charset, "annotate", "given up (timed out)", Retry.NEVER, inputBytes);
            }
            byte[] xmi = xmiOutput == null ? null : xmiOutput.write(jcas.getCas());
            return new DocumentRows(doc.docId(), true, "", "", Retry.NEVER, inputBytes, textChars, all, jsonLine,
                xmi);
        } catch (InputRejectedException e) {
            Retry retry = switch (e.remedy()) {
                case NONE -> Retry.NEVER;
                case ENVIRONMENT -> Retry.ALWAYS;
                case LARGER_SIZE_LIMIT -> new Retry(Retry.Kind.LARGER_SIZE_LIMIT, e.sizeLimit());
            };
            return failure(doc, charset, stage, e.getMessage() + (retry == Retry.ALWAYS ? AGAIN : ""), retry,
                inputBytes);
        } catch (IOException e) {
            // Reading or writing files: a file gone or unreadable, a full disk. Not the document's fault, unless the
            // XMI serializer refused its content.
            LOG.debug("{} failed", doc.docId(), e);
            boolean environment = !(e.getCause() instanceof org.xml.sax.SAXException);
            return failure(doc, charset, stage, Errors.describe(e) + (environment ? AGAIN : ""),
                environment ? Retry.ALWAYS : Retry.NEVER, inputBytes);
        } catch (Exception | StackOverflowError e) {
            LOG.debug("{} failed", doc.docId(), e);
            return failure(doc, charset, stage, Errors.describe(e), Retry.NEVER, inputBytes);
        } catch (OutOfMemoryError e) {
            return failure(doc, charset, stage, "out of memory (the input is too large for the heap: give more with "
                    + "HANEX_HEAP, or skip such inputs with a lower --max-bytes)",
                new Retry(Retry.Kind.LARGER_HEAP, Runtime.getRuntime().maxMemory()), inputBytes);
        } finally {
            try {
                jcas.reset();
            } catch (RuntimeException e) {
                LOG.debug("cannot reset the CAS", e);
            }
        }
    }

    /** Said of a failure the next run tries again. */
    static final String AGAIN = " (the next run tries again)";

    /** The rows of a document that failed before or while it was processed. */
    public static DocumentRows failure(InputDocument doc, String charset, String stage, String message, Retry retry,
        long inputBytes) {
        String reason = message == null || message.isBlank() ? "unknown error" : message;
        List<String> row = List.of(doc.docId(), doc.sourceUri(), doc.format().label(), charset == null ? "" : charset,
            "failed", "", "", "", "", "", "", "", "", "", "", "");
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        tables.put(DOCUMENTS, List.of(row));
        tables.put(ERRORS, List.of(List.of(doc.docId(), stage, reason)));
        return new DocumentRows(doc.docId(), false, stage, reason, retry, inputBytes, 0, tables, null, null);
    }

    /** Where a document's XMI file goes, relative to the output folder: {@code xmi/<doc_id>.xmi}, made safe. */
    public static String xmiFile(String docId) {
        Path relative = XmiFiles.xmiPath(Path.of(CorpusRunner.XMI_DIR), docId);
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    private static List<String> documentRow(InputDocument doc, JCas jcas, TextDecoder.Decoded decoded,
        int annotations, String xmi) throws CASException {
        DocumentMetadata meta = null;
        Iterator<DocumentMetadata> it = jcas.getAnnotationIndex(DocumentMetadata.class).iterator();
        if (it.hasNext()) {
            meta = it.next();
        }
        String raw = jcas.getView(Views.RAW).getDocumentText();
        String text = jcas.getDocumentText();
        return List.of(doc.docId(), doc.sourceUri(), doc.format().label(), decoded.charset(), "ok",
            meta == null || meta.getTitle() == null ? "" : meta.getTitle(),
            meta == null || meta.getPublished() == null ? "" : meta.getPublished(),
            Integer.toString(raw == null ? 0 : raw.length()), Integer.toString(text == null ? 0 : text.length()),
            count(jcas, Paragraph.class), count(jcas, Sentence.class), count(jcas, Token.class),
            Integer.toString(annotations), decoded.how(), Integer.toString(decoded.replacedCharacters()), xmi);
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
    private String jsonLine(JCas jcas, List<String> documentRow, Map<String, List<List<String>>> rowsByTable)
        throws IOException {
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
        return out.toString();
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
