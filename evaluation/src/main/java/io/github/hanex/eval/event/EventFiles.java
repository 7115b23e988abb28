package io.github.hanex.eval.event;

import io.github.hanex.eval.Span;
import io.github.hanex.eval.gold.GoldFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads events CSV files: the gold ({@code doc_id,trigger_source_begin,trigger_source_end,trigger,event_type,
 * modality,participants,amount_value,amount_currency,date,place}) and the {@code events.csv} an {@code annotate}
 * run writes (the same columns and more: {@code event_id}, article offsets, {@code sentence}, {@code rule}).
 * Columns are found by header name; {@code doc_id}, {@code event_type} and the source offsets are required.
 * A row whose offsets are missing or not numbers is kept without a span (it can match nothing) and warned about.
 */
public final class EventFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true).setTrim(false).setAllowMissingColumnNames(true).get();

    private EventFiles() {
    }

    /**
     * Reads a CSV file, or an {@code annotate} output directory: its {@code events.csv}, with every document of
     * its {@code documents.csv} known (also those without events).
     */
    public static EventSet read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            Path events = path.resolve("events.csv");
            if (!Files.isRegularFile(events)) {
                throw new IOException(path + ": no events.csv (run annotate with this hanex version)");
            }
            EventSet set = new EventSet(path.toString());
            Path documents = path.resolve("documents.csv");
            if (Files.isRegularFile(documents)) {
                try (CSVParser parser = parser(documents)) {
                    for (CSVRecord r : parser) {
                        if (r.isMapped("doc_id") && !r.get("doc_id").isEmpty()) {
                            set.addDocument(r.get("doc_id"));
                        }
                    }
                } catch (java.io.UncheckedIOException e) {
                    throw GoldFiles.csvError(documents, e);
                }
            }
            readInto(events, set);
            return set;
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException(path + ": no such file or directory");
        }
        EventSet set = new EventSet(path.toString());
        readInto(path, set);
        return set;
    }

    private static void readInto(Path csv, EventSet set) throws IOException {
        String fileName = csv.getFileName().toString();
        try (CSVParser parser = parser(csv)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.put(k.trim().toLowerCase(Locale.ROOT), v));
            for (String required : new String[] {"doc_id", "event_type", "trigger_source_begin", "trigger_source_end"}) {
                if (!header.containsKey(required)) {
                    throw new IOException(fileName + ":1: not an events CSV (needs doc_id, event_type, "
                        + "trigger_source_begin, trigger_source_end; found " + parser.getHeaderNames() + ")");
                }
            }
            long lastLine = parser.getCurrentLineNumber();
            for (CSVRecord r : parser) {
                String where = fileName + ":" + (lastLine + 1);
                lastLine = parser.getCurrentLineNumber();
                String docId = get(r, header, "doc_id");
                if (docId.isEmpty()) {
                    set.warn(where + ": empty doc_id; row skipped");
                    continue;
                }
                Span span = null;
                try {
                    span = span(get(r, header, "trigger_source_begin"), get(r, header, "trigger_source_end"));
                } catch (IllegalArgumentException e) {
                    set.warn(where + ": " + e.getMessage());
                }
                if (span == null) {
                    set.warn(where + ": no trigger source offsets; the event can match nothing");
                }
                Set<String> participants = new LinkedHashSet<>();
                Arrays.stream(get(r, header, "participants").split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).forEach(participants::add);
                set.add(new EventFrame(docId, get(r, header, "event_id"), span, get(r, header, "trigger"),
                    get(r, header, "event_type"), get(r, header, "modality"), participants,
                    get(r, header, "amount_value"), get(r, header, "amount_currency"), get(r, header, "date"),
                    get(r, header, "place"), get(r, header, "rule")));
            }
        } catch (java.io.UncheckedIOException | java.nio.charset.CharacterCodingException e) {
            throw GoldFiles.csvError(csv, e);
        }
    }

    private static CSVParser parser(Path csv) throws IOException {
        return GoldFiles.csv(csv, FORMAT);
    }

    private static Span span(String begin, String end) {
        if (begin.isBlank() || end.isBlank()) {
            return null;
        }
        try {
            return new Span(Integer.parseInt(begin.trim()), Integer.parseInt(end.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad trigger offsets '" + begin + "', '" + end + "'");
        }
    }

    private static String get(CSVRecord r, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        return i == null || i >= r.size() ? "" : r.get(i);
    }
}
