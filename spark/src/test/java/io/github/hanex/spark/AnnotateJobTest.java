package io.github.hanex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.io.output.CsvTables;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.io.output.XmiFiles;
import io.github.hanex.pipeline.PipelineOptions;
import io.github.hanex.run.CorpusRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in-process ({@code local[2]}) on the bundled corpus, a WARC file and two broken inputs, against
 * {@code hanex annotate}'s own runner on the same inputs: the Parquet tables hold the rows of the CSV tables,
 * the XMI is the same, a rerun gives the same rows, and a task that dies is retried without duplicating rows.
 * One Spark session (with a retry allowed per task) and one set of pipelines serve every job of the class.
 */
class AnnotateJobTest {

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static List<String> inputs;
    static Path cliOut;
    static Path sparkOut;
    static int firstExit;
    static int pipelinesAfterFirstJob;
    static Map<String, List<Row>> first;
    static Map<String, List<Row>> rerun;
    static boolean xmiGoneAfterRerun;

    @BeforeAll
    static void run() throws Exception {
        Path corpus = Path.of("..", "corpus").toAbsolutePath().normalize();
        Path crawl = tmp.resolve("crawl");
        Files.createDirectories(crawl);
        String article = Files.readString(corpus.resolve("html").resolve(firstHtml(corpus.resolve("html"))));
        Path warc = crawl.resolve("news.warc.gz");
        TestWarc.write(warc, true, article.replaceAll("(?i)<meta[^>]*charset[^>]*>", ""));
        TestWarc.appendGarbage(warc);
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("empty.html"), "");
        Path broken = bad.resolve("broken.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(broken))) {
            out.write("잘린 파일입니다. ".repeat(300).getBytes(StandardCharsets.UTF_8));
        }
        byte[] gz = Files.readAllBytes(broken);
        Files.write(broken, Arrays.copyOf(gz, gz.length / 2));
        inputs = List.of(corpus.toString(), crawl.toString(), bad.toString());

        cliOut = tmp.resolve("cli");
        new CorpusRunner(new CorpusRunner.Settings(new PipelineOptions(), cliOut, 2, DocumentLoader.DEFAULT_MAX_BYTES,
            true, false, false, false, 120)).run(inputs);

        spark = SparkSession.builder().master("local[2,2]").appName("AnnotateJobTest")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.hadoop.fs.flaky.impl", FlakyFileSystem.class.getName())
            .config("spark.hadoop.fs.flaky.impl.disable.cache", "true")
            .getOrCreate();
        sparkOut = tmp.resolve("spark");
        firstExit = job(sparkOut, "--xmi");
        pipelinesAfterFirstJob = Pipelines.created();
        first = readAll(sparkOut, true);
        assertThat(sparkOut.resolve("xmi")).isDirectory();
        job(sparkOut);
        rerun = readAll(sparkOut, false);
        xmiGoneAfterRerun = !Files.exists(sparkOut.resolve("xmi")) && !Files.exists(sparkOut.resolve("TypeSystem.xml"));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static String firstHtml(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().findFirst()
                .orElseThrow();
        }
    }

    private static int job(Path out, String... options) {
        List<String> args = new ArrayList<>(inputs);
        args.addAll(List.of("-o", out.toString(), "--master", "local[2,2]"));
        args.addAll(List.of(options));
        return AnnotateJob.run(args.toArray(String[]::new));
    }

    private static Map<String, List<Row>> readAll(Path out, boolean xmi) {
        Map<String, List<Row>> tables = new HashMap<>();
        for (String table : List.of("documents", "errors", "annotations", "events")) {
            tables.put(table, spark.read().parquet(out.resolve(table).toString()).collectAsList());
        }
        if (xmi) {
            tables.put("xmi", spark.read().parquet(out.resolve("xmi").toString()).collectAsList());
        }
        return tables;
    }

    /** A Parquet row as the CSV writer writes it: null as empty, numbers in plain notation. */
    private static List<String> text(Row row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            Object v = row.get(i);
            if (v == null) {
                values.add("");
            } else if (v instanceof BigDecimal d) {
                BigDecimal stripped = d.stripTrailingZeros();
                values.add((stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString());
            } else {
                values.add(v.toString());
            }
        }
        return values;
    }

    /** Rows by document, each document's rows in their order (Parquet files are read in no set order). */
    private static Map<String, List<List<String>>> byDocument(List<List<String>> rows) {
        Map<String, List<List<String>>> map = new LinkedHashMap<>();
        for (List<String> row : rows) {
            map.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row);
        }
        return map;
    }

    private static List<List<String>> parquet(Map<String, List<Row>> tables, String table) {
        return tables.get(table).stream().map(AnnotateJobTest::text).toList();
    }

    private static List<List<String>> withoutColumn(List<List<String>> rows, int column) {
        return rows.stream().map(row -> {
            List<String> copy = new ArrayList<>(row);
            copy.remove(column);
            return (List<String>) copy;
        }).toList();
    }

    private static List<List<String>> csv(String table) throws IOException {
        try (Reader reader = Files.newBufferedReader(cliOut.resolve(table + ".csv"));
             CSVParser parser = CSVParser.parse(reader, CsvTables.readFormat())) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    private static List<String> header(String table) throws IOException {
        try (Reader reader = Files.newBufferedReader(cliOut.resolve(table + ".csv"));
             CSVParser parser = CSVParser.parse(reader, CsvTables.readFormat())) {
            return parser.getHeaderNames();
        }
    }

    @Test
    void annotationsAndEventsAreTheRowsOfTheCliTables() throws IOException {
        for (String table : List.of("annotations", "events")) {
            List<List<String>> expected = csv(table);
            assertThat(expected).as(table).hasSizeGreaterThan(100);
            assertThat(byDocument(parquet(first, table))).as(table).isEqualTo(byDocument(expected));
            assertThat(spark.read().parquet(sparkOut.resolve(table).toString()).columns()).as(table)
                .containsExactlyElementsOf(header(table));
        }
        // the WARC file's page is in them (three input folders: ids start with the folder's name)
        assertThat(byDocument(parquet(first, "annotations"))).containsKey("crawl/news.warc.gz#1");
    }

    @Test
    void documentsAndErrorsAreTheRowsOfTheCliTablesAndBadInputsAreErrors() throws IOException {
        assertThat(byDocument(parquet(first, "documents"))).isEqualTo(byDocument(csv("documents")));
        assertThat(byDocument(parquet(first, "errors"))).isEqualTo(byDocument(csv("errors")));
        Map<String, List<List<String>>> errors = byDocument(parquet(first, "errors"));
        assertThat(errors.get("bad/empty.html")).containsExactly(List.of("bad/empty.html", "read", "empty file"));
        assertThat(errors.get("bad/broken.txt.gz")).containsExactly(List.of("bad/broken.txt.gz", "read",
            "truncated gzip file"));
        assertThat(errors.keySet()).anyMatch(id -> id.startsWith("crawl/news.warc.gz#"));
        assertThat(first.get("documents")).hasSize(csv("documents").size()).hasSizeGreaterThan(55);
        assertThat(firstExit).as("exit code: some documents failed").isEqualTo(AnnotateJob.SOME_FAILED);
    }

    @Test
    void theXmiOfEachDocumentIsTheCliXmi() throws IOException {
        List<Row> xmi = first.get("xmi");
        assertThat(xmi).hasSize((int) first.get("documents").stream().filter(r -> r.getString(4).equals("ok"))
            .count());
        for (Row row : xmi) {
            assertThat((byte[]) row.get(1)).as(row.getString(0))
                .isEqualTo(Files.readAllBytes(XmiFiles.xmiPath(cliOut.resolve("xmi"), row.getString(0))));
        }
    }

    @Test
    void aRerunIntoTheSameOutputGivesTheSameRowsAndRemovesWhatItDoesNotWrite() {
        for (String table : List.of("errors", "annotations", "events")) {
            assertThat(byDocument(parquet(rerun, table))).as(table).isEqualTo(byDocument(parquet(first, table)));
        }
        // documents: the same but for the xmi column, which says where the XMI is (the first job made it)
        int xmi = first.get("documents").get(0).fieldIndex("xmi");
        assertThat(byDocument(withoutColumn(parquet(rerun, "documents"), xmi)))
            .isEqualTo(byDocument(withoutColumn(parquet(first, "documents"), xmi)));
        assertThat(parquet(rerun, "documents")).allMatch(row -> row.get(xmi).isEmpty());
        assertThat(xmiGoneAfterRerun).as("xmi table and type system of the first job removed").isTrue();
    }

    @Test
    void everyTaskOfTheJvmSharesItsPipelines() {
        // the driver's check pipeline, handed on to a task, and one for the second task that runs at once
        assertThat(pipelinesAfterFirstJob).isBetween(1, 2);
    }

    @Test
    void aTaskThatDiesIsRetriedWithoutDuplicatingRows() throws Exception {
        Path pages = tmp.resolve("flaky-pages");
        Files.createDirectories(pages);
        for (int i = 0; i < 8; i++) {
            String name = i == 1 ? FlakyFileSystem.CRASH_ONCE : "p" + i + ".txt";
            Files.writeString(pages.resolve(name), "누리은행은 " + (i + 1) + "조원 규모의 대출을 공급한다고 3일 밝혔다.");
        }
        FlakyFileSystem.crashes.set(0);
        Path out = tmp.resolve("flaky-out");

        int exit = AnnotateJob.run("flaky://" + pages.toAbsolutePath(), "-o", out.toString(), "--master", "local[2,2]");

        assertThat(exit).isEqualTo(AnnotateJob.OK);
        assertThat(FlakyFileSystem.crashes.get()).as("simulated task deaths").isEqualTo(1);
        List<String> ids = spark.read().parquet(out.resolve("documents").toString()).collectAsList().stream()
            .map(r -> r.getString(0)).sorted().toList();
        assertThat(ids).containsExactly(FlakyFileSystem.CRASH_ONCE, "p0.txt", "p2.txt", "p3.txt", "p4.txt", "p5.txt",
            "p6.txt", "p7.txt");
        assertThat(spark.read().parquet(out.resolve("annotations").toString()).where("type = 'Money'").count())
            .isEqualTo(8);
    }

    @Test
    void anOutputFolderWithOtherFilesIsRefused() throws IOException {
        Path other = tmp.resolve("not-ours");
        Files.createDirectories(other);
        Files.writeString(other.resolve("notes.txt"), "mine");

        assertThat(job(other)).isEqualTo(AnnotateJob.FATAL);
        assertThat(other.resolve("notes.txt")).exists();
        assertThat(job(Path.of(inputs.get(1)))).as("an input folder").isEqualTo(AnnotateJob.FATAL);
    }
}
