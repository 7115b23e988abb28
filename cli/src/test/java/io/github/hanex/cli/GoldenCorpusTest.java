package io.github.hanex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.hanex.io.output.CsvTables;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden regression test, in the style of DKPro Core's {@code IOTestRunner}: annotates the whole bundled
 * corpus as {@code ./hanex annotate corpus/ -o OUT} does (in this JVM, one pipeline) and compares its tables with
 * the committed ones in {@code corpus/expected/}, row by row. A difference fails with the rows removed and added,
 * grouped by document, so every change of a rule or an annotator shows its exact effect on the corpus in review.
 *
 * <p>When the change is intended, update the expected files and commit them with it:
 * {@code mvn -B verify -Dhanex.golden.update} (see the README). The expected files are what hanex outputs today,
 * mistakes included; {@code corpus/gold/} is what is right.
 */
class GoldenCorpusTest {
    /** Set (to anything but {@code false}) to write this run's tables into {@code corpus/expected/}. */
    static final String UPDATE = "hanex.golden.update";
    static final String UPDATE_COMMAND = "mvn -B verify -D" + UPDATE;

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path CORPUS = REPOSITORY.resolve("corpus");
    private static final Path EXPECTED = CORPUS.resolve("expected");
    /** The tables compared; documents.csv with its source column relative to the repository. */
    private static final List<String> TABLES = List.of("documents.csv", "annotations.csv", "events.csv");
    private static final int MAX_ROWS_SHOWN = 60;

    @TempDir
    Path out;

    @Test
    void theBundledCorpusGivesTheExpectedTables() throws Exception {
        int exit = Hanex.run("annotate", CORPUS.toString(), "-o", out.toString(), "--no-xmi", "--threads", "1");
        assertThat(exit).as("exit code of hanex annotate corpus/ (the reason is in the output above)")
            .isIn(Hanex.OK, Hanex.SOME_FAILED);
        boolean update = !"false".equalsIgnoreCase(System.getProperty(UPDATE, "false"));
        String failed = exit == Hanex.OK ? "" : "Some documents failed; errors.csv:\n"
            + Files.readString(out.resolve("errors.csv"), StandardCharsets.UTF_8);
        if (update && exit != Hanex.OK) {
            fail("The expected files are not updated. " + failed);
        }

        List<String> differences = new ArrayList<>();
        for (String table : TABLES) {
            String actual = Files.readString(out.resolve(table), StandardCharsets.UTF_8);
            if (table.equals("documents.csv")) {
                actual = relativeSources(actual);
            }
            Path expectedFile = EXPECTED.resolve(table);
            String expected = Files.isRegularFile(expectedFile)
                ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
            TableDiff diff = TableDiff.of(TableDiff.read(new StringReader(expected)),
                TableDiff.read(new StringReader(actual)));
            if (update) {
                if (!actual.equals(expected)) {
                    Files.createDirectories(EXPECTED);
                    Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                    System.out.println("golden: updated " + REPOSITORY.relativize(expectedFile)
                        + " (review with git diff corpus/expected)\n" + diff.render(table, MAX_ROWS_SHOWN));
                }
            } else if (!Files.isRegularFile(expectedFile)) {
                differences.add(REPOSITORY.relativize(expectedFile) + " is missing");
            } else if (!diff.isEmpty()) {
                differences.add(diff.render("corpus/expected/" + table, MAX_ROWS_SHOWN));
            }
        }
        if (exit != Hanex.OK) {
            differences.add(failed);
        }
        if (!differences.isEmpty()) {
            fail("The bundled corpus no longer gives the expected tables (corpus/expected/).\n\n"
                + String.join("\n", differences)
                + "\nIf the change is intended, update the expected files and commit them with it:\n  "
                + UPDATE_COMMAND + "\n");
        }
    }

    /**
     * documents.csv with the source column ({@code file:} URIs of the inputs) relative to the repository
     * ({@code corpus/html/econ-001.html}), so the expected file does not depend on where the repository is.
     */
    private static String relativeSources(String documents) throws IOException {
        List<List<String>> rows = TableDiff.read(new StringReader(documents));
        int source = rows.get(0).indexOf("source");
        String root = REPOSITORY.toUri().toString();
        StringBuilder out = new StringBuilder(documents.length());
        try (CSVPrinter printer = new CSVPrinter(out, CsvTables.FORMAT)) {
            for (List<String> row : rows) {
                List<String> copy = new ArrayList<>(row);
                if (copy.get(source).startsWith(root)) {
                    copy.set(source, copy.get(source).substring(root.length()));
                }
                printer.printRecord(copy);
            }
        }
        return out.toString();
    }
}
