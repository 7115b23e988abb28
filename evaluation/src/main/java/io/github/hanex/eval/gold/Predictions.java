package io.github.hanex.eval.gold;

import io.github.hanex.cas.Views;
import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.SourceSpans;
import io.github.hanex.eval.TextSource;
import io.github.hanex.eval.TypeMap;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads predictions: an {@code annotate} output directory ({@code annotations.csv}; {@code documents.csv} lists
 * every document, also those without annotations; {@code xmi/} gives texts for error contexts) or a CSV file.
 * A directory of XMI files without {@code annotations.csv} is read as XMI.
 */
public final class Predictions {

    private Predictions() {
    }

    public static MentionSet read(Path path, TypeMap types) throws IOException {
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) {
                throw new IOException(path + ": no such file or directory");
            }
            return path.getFileName().toString().endsWith(".xmi") ? XmiMentions.read(path, types)
                : CsvMentions.read(path, types);
        }
        Path annotations = path.resolve("annotations.csv");
        if (!Files.isRegularFile(annotations)) {
            return XmiMentions.read(path, types);
        }
        MentionSet set = new MentionSet(path.toString(), false);
        Map<String, DocumentRow> rows = new HashMap<>();
        Path documents = path.resolve("documents.csv");
        if (Files.isRegularFile(documents)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = GoldFiles.csv(documents, format)) {
                for (CSVRecord r : parser) {
                    if (!r.isMapped("doc_id") || r.get("doc_id").isEmpty()) {
                        continue;
                    }
                    set.addDocument(r.get("doc_id"));
                    rows.put(r.get("doc_id"), new DocumentRow(column(r, "source"), column(r, "charset"),
                        column(r, "format"), number(column(r, "raw_chars")), number(column(r, "text_chars"))));
                }
            } catch (java.io.UncheckedIOException e) {
                throw GoldFiles.csvError(documents, e);
            }
        }
        CsvMentions.readInto(annotations, types, set);
        set.setTexts(new OutputTexts(path.resolve("xmi"), rows));
        return set;
    }

    private static String column(CSVRecord r, String name) {
        return r.isMapped(name) && r.isSet(name) ? r.get(name) : "";
    }

    private static int number(String s) {
        try {
            return s.isBlank() ? -1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** What documents.csv says about a document (lengths -1 when not given). */
    record DocumentRow(String source, String charset, String format, int rawChars, int textChars) {
    }

    /**
     * Texts of an annotate output: from its XMI (both views and the article's source map), else the original input
     * file; lengths and formats from documents.csv. Keeps the last document read, as errors come document by
     * document.
     */
    static final class OutputTexts implements TextSource {
        private final Path xmiDir;
        private final Map<String, DocumentRow> rows;
        private String cachedId;
        private String[] cached;
        private SourceSpans cachedMap = SourceSpans.EMPTY;

        OutputTexts(Path xmiDir, Map<String, DocumentRow> rows) {
            this.xmiDir = xmiDir;
            this.rows = rows;
        }

        @Override
        public Optional<String> text(String docId, Anchor anchor) {
            load(docId);
            String text = cached[anchor == Anchor.ARTICLE ? 0 : 1];
            if (text == null && anchor == Anchor.SOURCE) {
                text = cached[1] = readSource(docId);
            }
            return Optional.ofNullable(text);
        }

        @Override
        public OptionalInt length(String docId, Anchor anchor) {
            DocumentRow row = rows.get(docId);
            int n = row == null ? -1 : anchor == Anchor.ARTICLE ? row.textChars() : row.rawChars();
            return n >= 0 ? OptionalInt.of(n) : TextSource.super.length(docId, anchor);
        }

        @Override
        public SourceSpans sourceMap(String docId) {
            load(docId);
            return cachedMap;
        }

        @Override
        public Optional<String> format(String docId) {
            DocumentRow row = rows.get(docId);
            return row == null || row.format().isEmpty() ? Optional.empty() : Optional.of(row.format());
        }

        private void load(String docId) {
            if (docId.equals(cachedId)) {
                return;
            }
            cachedId = docId;
            cached = new String[2];
            cachedMap = SourceSpans.EMPTY;
            Path xmi = xmiDir.resolve(docId + ".xmi");
            if (Files.isRegularFile(xmi)) {
                try {
                    XmiTexts.Texts views = XmiTexts.read(xmi);
                    cached[0] = views.texts().get(Views.ARTICLE);
                    cached[1] = views.texts().get(Views.RAW);
                    cachedMap = views.sourceMap();
                } catch (IOException e) {
                    // no context for this document: the scores do not depend on it
                }
            }
        }

        /** The original input, decoded with the charset annotate reported (best effort: for context only). */
        private String readSource(String docId) {
            DocumentRow row = rows.get(docId);
            if (row == null || row.source().isEmpty()) {
                return null;
            }
            try {
                Path file = Path.of(URI.create(row.source()));
                byte[] bytes;
                try (InputStream raw = Files.newInputStream(file);
                     InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                    bytes = in.readNBytes(64 << 20);
                }
                Charset charset = row.charset().isEmpty() ? StandardCharsets.UTF_8 : Charset.forName(row.charset());
                String text = new String(bytes, charset);
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return null;
            }
        }
    }
}
