package io.github.hanex.eval.gold;

import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.TypeMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the project's CSV ({@code annotations.csv} columns, found by header name; only {@code doc_id},
 * {@code type} and one pair of offsets are required). A row gives article offsets ({@code begin/end}), source
 * offsets ({@code source_begin/source_end}) or both. Rows that cannot be used are skipped with a warning.
 */
public final class CsvMentions {

    /** The attribute columns kept on each mention. */
    public static final List<String> ATTRIBUTES = List.of("canonical", "value", "value_max", "currency",
        "qualifier", "event_type", "modality", "rule");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true).setTrim(false).setAllowMissingColumnNames(true).get();

    private CsvMentions() {
    }

    /** Reads a CSV file into a new set. */
    public static MentionSet read(Path csv, TypeMap types) throws IOException {
        MentionSet set = new MentionSet(csv.toString(), false);
        readInto(csv, types, set);
        return set;
    }

    /** Reads a CSV file into {@code set}; problems name the file and the line. */
    public static void readInto(Path csv, TypeMap types, MentionSet set) throws IOException {
        try (CSVParser parser = GoldFiles.csv(csv, FORMAT)) {
            readRows(parser, csv.getFileName().toString(), types, set);
        } catch (UncheckedIOException | CharacterCodingException e) {
            throw GoldFiles.csvError(csv, e);
        }
    }

    static void readInto(Reader reader, String fileName, TypeMap types, MentionSet set) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            readRows(parser, fileName, types, set);
        } catch (UncheckedIOException e) {
            throw GoldFiles.csvError(Path.of(fileName), e);
        }
    }

    private static void readRows(CSVParser parser, String fileName, TypeMap types, MentionSet set)
        throws IOException {
        Map<String, Integer> header = new HashMap<>();
        parser.getHeaderMap().forEach((k, v) -> header.put(k.trim().toLowerCase(java.util.Locale.ROOT), v));
        if (!header.containsKey("doc_id") || !header.containsKey("type")) {
            throw new IOException(fileName + ":1: not a hanex CSV (needs the columns doc_id and type; found "
                + parser.getHeaderNames() + ")");
        }
        long lastLine = parser.getCurrentLineNumber();
        for (CSVRecord record : parser) {
            // the line the record starts on (a quoted field may span lines)
            String where = fileName + ":" + (lastLine + 1);
            lastLine = parser.getCurrentLineNumber();
            try {
                Mention m = mention(record, header);
                if (m == null) {
                    set.warn(where + ": no usable offsets (begin/end or source_begin/source_end); row skipped");
                    continue;
                }
                var type = types.map(m.type());
                if (type.isEmpty()) {
                    set.ignoreType(m.type());
                    set.addDocument(m.docId());
                    continue;
                }
                set.add(new Mention(m.docId(), type.get(), m.article(), m.source(), m.text(), m.attributes()));
            } catch (IllegalArgumentException e) {
                set.warn(where + ": " + e.getMessage() + "; row skipped");
            }
        }
    }

    private static Mention mention(CSVRecord r, Map<String, Integer> header) {
        String docId = get(r, header, "doc_id");
        String type = get(r, header, "type").trim();
        if (docId.isEmpty() || type.isEmpty()) {
            throw new IllegalArgumentException("empty doc_id or type");
        }
        Span article = span(get(r, header, "begin"), get(r, header, "end"));
        Span source = span(get(r, header, "source_begin"), get(r, header, "source_end"));
        if (article == null && source == null) {
            return null;
        }
        Map<String, String> attributes = new HashMap<>();
        for (String a : ATTRIBUTES) {
            String v = get(r, header, a);
            if (!v.isEmpty()) {
                attributes.put(a, v);
            }
        }
        return new Mention(docId, type, article, source, get(r, header, "text"), attributes);
    }

    private static Span span(String begin, String end) {
        if (begin.isBlank() || end.isBlank()) {
            return null;
        }
        try {
            return new Span(Integer.parseInt(begin.trim()), Integer.parseInt(end.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("offsets '" + begin + "', '" + end + "' are not numbers");
        }
    }

    private static String get(CSVRecord r, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        return i == null || i >= r.size() ? "" : r.get(i);
    }
}
