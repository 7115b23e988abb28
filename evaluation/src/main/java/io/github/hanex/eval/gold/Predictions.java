package io.github.hanex.eval.gold;

import io.github.hanex.cas.Views;
import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.MentionSet;
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
        Map<String, String[]> sources = new HashMap<>();
        Path documents = path.resolve("documents.csv");
        if (Files.isRegularFile(documents)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = CSVParser.builder().setPath(documents).setCharset(StandardCharsets.UTF_8)
                .setFormat(format).get()) {
                boolean hasSource = parser.getHeaderMap().containsKey("source");
                boolean hasCharset = parser.getHeaderMap().containsKey("charset");
                for (CSVRecord r : parser) {
                    if (!r.isMapped("doc_id") || r.get("doc_id").isEmpty()) {
                        continue;
                    }
                    set.addDocument(r.get("doc_id"));
                    if (hasSource) {
                        sources.put(r.get("doc_id"), new String[] {r.get("source"), hasCharset ? r.get("charset") : ""});
                    }
                }
            }
        }
        CsvMentions.readInto(annotations, types, set);
        set.setTexts(new OutputTexts(path.resolve("xmi"), sources));
        return set;
    }

    /** Texts of an annotate output: from its XMI (both views), else the original input file. */
    static final class OutputTexts implements TextSource {
        private final Path xmiDir;
        private final Map<String, String[]> sources;
        private String cachedId;
        private String[] cached;

        OutputTexts(Path xmiDir, Map<String, String[]> sources) {
            this.xmiDir = xmiDir;
            this.sources = sources;
        }

        @Override
        public Optional<String> text(String docId, Anchor anchor) {
            if (!docId.equals(cachedId)) {
                cachedId = docId;
                cached = load(docId);
            }
            String text = cached[anchor == Anchor.ARTICLE ? 0 : 1];
            if (text == null && anchor == Anchor.SOURCE) {
                text = cached[1] = readSource(docId);
            }
            return Optional.ofNullable(text);
        }

        private String[] load(String docId) {
            Path xmi = xmiDir.resolve(docId + ".xmi");
            if (Files.isRegularFile(xmi)) {
                try {
                    Map<String, String> views = XmiTexts.read(xmi);
                    return new String[] {views.get(Views.ARTICLE), views.get(Views.RAW)};
                } catch (IOException e) {
                    return new String[2];
                }
            }
            return new String[2];
        }

        /** The original input, decoded with the charset annotate reported (best effort: for context only). */
        private String readSource(String docId) {
            String[] source = sources.get(docId);
            if (source == null || source[0].isEmpty()) {
                return null;
            }
            try {
                Path file = Path.of(URI.create(source[0]));
                byte[] bytes;
                try (InputStream raw = Files.newInputStream(file);
                     InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                    bytes = in.readNBytes(64 << 20);
                }
                Charset charset = source[1].isEmpty() ? StandardCharsets.UTF_8 : Charset.forName(source[1]);
                String text = new String(bytes, charset);
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return null;
            }
        }
    }
}
