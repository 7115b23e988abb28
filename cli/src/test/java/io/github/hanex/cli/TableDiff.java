package io.github.hanex.cli;

import io.github.hanex.io.output.CsvTables;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The row-by-row difference between an expected and an actual version of a hanex CSV table whose first column is
 * {@code doc_id} (annotations.csv, events.csv, documents.csv), for the golden regression test. Rows are compared
 * document by document as a line diff does (longest common subsequence), so a rule change shows as the rows it
 * removed and the rows it added, in text order, under the document they belong to.
 */
final class TableDiff {

    /** A removed ({@code -}) or added ({@code +}) row. */
    record Change(char sign, List<String> row) {
    }

    private final List<String> expectedHeader;
    private final List<String> actualHeader;
    private final Map<String, List<Change>> changesByDocument = new LinkedHashMap<>();
    private int removed;
    private int added;

    private TableDiff(List<String> expectedHeader, List<String> actualHeader) {
        this.expectedHeader = expectedHeader;
        this.actualHeader = actualHeader;
    }

    /** Compares two tables, each given as its rows with the header first. */
    static TableDiff of(List<List<String>> expected, List<List<String>> actual) {
        TableDiff diff = new TableDiff(expected.isEmpty() ? List.of() : expected.get(0),
            actual.isEmpty() ? List.of() : actual.get(0));
        Map<String, List<List<String>>> before = byDocument(expected);
        Map<String, List<List<String>>> after = byDocument(actual);
        List<String> documents = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(d -> !before.containsKey(d)).forEach(documents::add);
        for (String doc : documents) {
            List<Change> changes = lineDiff(before.getOrDefault(doc, List.of()), after.getOrDefault(doc, List.of()));
            if (!changes.isEmpty()) {
                diff.changesByDocument.put(doc, changes);
                for (Change c : changes) {
                    if (c.sign() == '-') {
                        diff.removed++;
                    } else {
                        diff.added++;
                    }
                }
            }
        }
        return diff;
    }

    /** Reads a table in hanex's CSV dialect: every record, the header first. */
    static List<List<String>> read(Reader reader) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CsvTables.FORMAT.parse(reader)) {
            rows.add(record.toList());
        }
        return rows;
    }

    boolean isEmpty() {
        return removed == 0 && added == 0 && expectedHeader.equals(actualHeader);
    }

    int removed() {
        return removed;
    }

    int added() {
        return added;
    }

    int documents() {
        return changesByDocument.size();
    }

    /**
     * The difference for a reader: a summary line, a changed header if any, then the changed rows grouped by
     * document ({@code - } removed, {@code + } added, without the doc_id column), at most {@code maxRows} of them,
     * and a count of the rest.
     */
    String render(String table, int maxRows) {
        StringBuilder out = new StringBuilder();
        out.append(table).append(": ").append(removed).append(removed == 1 ? " row" : " rows").append(" removed, ")
            .append(added).append(" added, in ").append(documents())
            .append(documents() == 1 ? " document" : " documents").append('\n');
        if (!expectedHeader.equals(actualHeader)) {
            out.append("  header changed\n  - ").append(line(expectedHeader, 0)).append("\n  + ")
                .append(line(actualHeader, 0)).append('\n');
        }
        if (changesByDocument.isEmpty()) {
            return out.toString();
        }
        out.append("  columns: ").append(line(actualHeader, 1)).append('\n');
        int shown = 0;
        int documentsShown = 0;
        for (Map.Entry<String, List<Change>> e : changesByDocument.entrySet()) {
            if (shown >= maxRows) {
                break;
            }
            out.append(e.getKey()).append('\n');
            documentsShown++;
            for (Change c : e.getValue()) {
                if (shown >= maxRows) {
                    break;
                }
                out.append("  ").append(c.sign()).append(' ').append(line(c.row(), 1)).append('\n');
                shown++;
            }
        }
        int rest = removed + added - shown;
        if (rest > 0) {
            int restDocuments = changesByDocument.size() - documentsShown;
            out.append("... and ").append(rest).append(rest == 1 ? " more changed row" : " more changed rows");
            if (restDocuments > 0) {
                out.append(" (").append(restDocuments).append(restDocuments == 1 ? " more document)" : " more documents)");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static Map<String, List<List<String>>> byDocument(List<List<String>> table) {
        Map<String, List<List<String>>> byDoc = new LinkedHashMap<>();
        for (List<String> row : table.subList(Math.min(1, table.size()), table.size())) {
            byDoc.computeIfAbsent(row.isEmpty() ? "" : row.get(0), k -> new ArrayList<>()).add(row);
        }
        return byDoc;
    }

    /** The removed and added rows that turn {@code a} into {@code b}, in order (longest common subsequence). */
    private static List<Change> lineDiff(List<List<String>> a, List<List<String>> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                changes.add(new Change('-', a.get(i++)));
            } else {
                changes.add(new Change('+', b.get(j++)));
            }
        }
        return changes;
    }

    /** A row as one CSV line from column {@code from} on; line breaks inside values shown as {@code \n}. */
    private static String line(List<String> row, int from) {
        if (row.isEmpty()) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CsvTables.FORMAT)) {
            for (String value : row.subList(Math.min(from, row.size()), row.size())) {
                printer.print(value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
