package io.github.hanex.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hanex.io.output.CsvTables;
import io.github.hanex.pipeline.PipelineOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The corpus runner end to end on a few small documents. KOMORAN is loaded once for the whole class (engines
 * share it), so each run costs about a second.
 */
class CorpusRunnerTest {

    @TempDir
    static Path tmp;
    static Path corpus;

    @BeforeAll
    static void corpus() throws Exception {
        corpus = tmp.resolve("corpus");
        Path fixtures = Path.of(CorpusRunnerTest.class.getResource("/fixtures/corpus").toURI());
        try (Stream<Path> files = Files.walk(fixtures)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = corpus.resolve(fixtures.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        // a gzip-compressed page
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("sub/e.txt.gz")))) {
            out.write(Files.readAllBytes(corpus.resolve("a.txt")));
        }
    }

    private static CorpusRunner.Settings settings(Path out, int threads) {
        return settings(out, threads, false, false);
    }

    private static CorpusRunner.Settings settings(Path out, int threads, boolean jsonl, boolean fresh) {
        return new CorpusRunner.Settings(new PipelineOptions(), out, threads, 1 << 20, true, jsonl, fresh, false, 60);
    }

    private static CorpusRunner.Summary run(CorpusRunner.Settings settings, String... inputs) throws Exception {
        return new CorpusRunner(settings).run(List.of(inputs));
    }

    /** Every output file (not the run state), by relative path. */
    private static Map<String, byte[]> outputs(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = out.relativize(p).toString();
                if (!rel.startsWith(CorpusRunner.STATE_DIR)) {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static void assertSameOutputs(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = outputs(expected);
        Map<String, byte[]> b = outputs(actual);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        for (String file : a.keySet()) {
            assertThat(b.get(file)).as(file).isEqualTo(a.get(file));
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser parser = CsvTables.readFormat().parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }

    @Test
    void theOutputIsIdenticalWhateverTheNumberOfThreads() throws Exception {
        Path one = tmp.resolve("threads-1");
        Path two = tmp.resolve("threads-2");

        CorpusRunner.Summary s1 = run(settings(one, 1), corpus.toString());
        CorpusRunner.Summary s2 = run(settings(two, 2), corpus.toString());

        assertThat(s1.ok()).isEqualTo(5);
        assertThat(s2.ok()).isEqualTo(5);
        assertThat(outputs(one)).containsKeys("annotations.csv", "documents.csv", "errors.csv", "TypeSystem.xml",
            "xmi/a.txt.xmi", "xmi/sub/e.txt.gz.xmi");
        assertSameOutputs(one, two);
        assertThat(csv(two.resolve("documents.csv"))).extracting(r -> r.get("doc_id"))
            .containsExactly("a.txt", "b.html", "sub/c.txt", "sub/d.htm", "sub/e.txt.gz");
    }

    @Test
    void aRerunSkipsWhatIsDoneAndWritesTheSameTables() throws Exception {
        Path out = tmp.resolve("rerun");
        run(settings(out, 2), corpus.toString());
        Map<String, byte[]> first = outputs(out);

        CorpusRunner.Summary again = run(settings(out, 2), corpus.toString());

        assertThat(again.processed()).isZero();
        assertThat(again.skipped()).isEqualTo(5);
        assertThat(again.ok()).isEqualTo(5);
        Map<String, byte[]> second = outputs(out);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));

        CorpusRunner.Summary fresh = run(settings(out, 2, false, true), corpus.toString());
        assertThat(fresh.processed()).isEqualTo(5);
    }

    @Test
    void aKilledRunIsCompletedWithNoDuplicates() throws Exception {
        Path reference = tmp.resolve("killed-reference");
        run(settings(reference, 2), corpus.toString());
        Path out = tmp.resolve("killed");
        copyTree(reference, out);
        // The run was killed while writing the third journal entry, before the tables were renamed into place,
        // and after the third document's XMI file but before the fourth's.
        Path journal = out.resolve(CorpusRunner.STATE_DIR).resolve("journal");
        List<Long> entries = entryOffsets(journal);
        try (RandomAccessFile f = new RandomAccessFile(journal.toFile(), "rw")) {
            f.setLength(entries.get(2) + (entries.get(3) - entries.get(2)) / 2);
        }
        for (String table : List.of("annotations.csv", "documents.csv", "errors.csv")) {
            Files.delete(out.resolve(table));
        }
        Files.delete(out.resolve("xmi/sub/d.htm.xmi"));
        Files.delete(out.resolve("xmi/sub/e.txt.gz.xmi"));
        Files.writeString(out.resolve(".documents.csv.k1ll3d.tmp"), "doc_id,source\r\na.txt,half a ro");
        Files.writeString(out.resolve("xmi/sub/.d.htm.xmi.k1ll3d.tmp"), "<?xml version=\"1.0\"?><xmi:XMI");

        CorpusRunner.Summary resumed = run(settings(out, 2), corpus.toString());

        assertThat(resumed.skipped()).isEqualTo(2);
        assertThat(resumed.processed()).isEqualTo(3);
        assertSameOutputs(reference, out);
        List<String> ids = csv(out.resolve("documents.csv")).stream().map(r -> r.get("doc_id")).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void badInputsAreListedInErrorsAndTheRunGoesOn() throws Exception {
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.copy(corpus.resolve("a.txt"), bad.resolve("good.txt"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("binary.html"), new byte[] {'<', 'p', '>', 0, 1, 2, 0, (byte) 0xFF, 0, 0});
        byte[] gz = gzip(Files.readAllBytes(corpus.resolve("a.txt")));
        Files.write(bad.resolve("truncated.txt.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        Files.write(bad.resolve("invalid.txt"), damagedUtf8(Files.readString(corpus.resolve("a.txt"))));
        Files.writeString(bad.resolve("control.txt"), "한빛전자\u0001가 영업이익\u0008을 밝혔다.\uFFFE", StandardCharsets.UTF_8);
        Files.writeString(bad.resolve("huge.txt"), "가".repeat(10_000), StandardCharsets.UTF_8);
        Path out = tmp.resolve("bad-out");

        CorpusRunner.Summary summary = run(new CorpusRunner.Settings(new PipelineOptions(), out, 2, 20_000, true,
            false, false, false, 60), bad.toString());

        assertThat(summary.failed()).isEqualTo(5);
        Map<String, String> errors = new TreeMap<>();
        csv(out.resolve("errors.csv")).forEach(r -> errors.put(r.get("doc_id"), r.get("message")));
        assertThat(errors).containsOnlyKeys("binary.html", "empty.txt", "huge.txt", "invalid.txt",
            "truncated.txt.gz");
        assertThat(errors.get("binary.html")).contains("binary");
        assertThat(errors.get("empty.txt")).contains("empty");
        assertThat(errors.get("huge.txt")).contains("too large");
        assertThat(errors.get("invalid.txt")).contains("invalid encoding");
        assertThat(errors.get("truncated.txt.gz")).contains("truncated");
        List<CSVRecord> documents = csv(out.resolve("documents.csv"));
        assertThat(documents).hasSize(7);
        assertThat(documents).filteredOn(r -> r.get("status").equals("ok")).extracting(r -> r.get("doc_id"))
            .containsExactly("control.txt", "good.txt");
        // the text with XML-illegal characters is valid XML 1.0 XMI
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("xmi/control.txt.xmi").toFile());
    }

    @Test
    void warcResponsesAreDocumentsWithTheirUrlAsSource() throws Exception {
        Path warcDir = tmp.resolve("warc");
        Files.createDirectories(warcDir);
        Path warc = warcDir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(warc,
            java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
            writer.write(response("http://news.example/1", "<html><body><p>"
                + Files.readString(corpus.resolve("a.txt")).replace("\n\n", "</p><p>") + "</p></body></html>"));
            writer.write(response("http://news.example/2", Files.readString(corpus.resolve("b.html"))));
        }
        Path out = tmp.resolve("warc-out");

        CorpusRunner.Summary s = run(settings(out, 2, true, false), warcDir.toString());

        assertThat(s.ok()).isEqualTo(2);
        List<CSVRecord> documents = csv(out.resolve("documents.csv"));
        assertThat(documents).extracting(r -> r.get("doc_id")).containsExactly("crawl.warc.gz#0", "crawl.warc.gz#1");
        assertThat(documents).extracting(r -> r.get("source")).containsExactly("http://news.example/1",
            "http://news.example/2");
        assertThat(out.resolve("xmi/crawl.warc.gz#1.xmi")).exists();
        // --jsonl: one JSON object per document
        List<String> lines = Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("doc_id").asText()).isEqualTo("crawl.warc.gz#1");
        assertThat(second.get("text").asText()).contains("누리은행");
        assertThat(second.get("annotations").isArray()).isTrue();
        assertThat(second.get("text_chars").asInt()).isEqualTo(second.get("text").asText().length());
    }

    @Test
    void aListOnTheCommandLineNamesDocumentsByTheirPaths() throws Exception {
        Path list = tmp.resolve("list.txt");
        Files.writeString(list, "# two pages\n" + corpus.resolve("b.html") + "\n" + corpus.resolve("sub/c.txt") + "\n");
        Path out = tmp.resolve("list-out");

        CorpusRunner.Summary summary = run(new CorpusRunner.Settings(new PipelineOptions(), out, 1, 1 << 20, false,
            false, false, false, 60), "@" + list);

        assertThat(summary.failed()).isZero();
        assertThat(csv(out.resolve("documents.csv"))).extracting(r -> r.get("doc_id"))
            .allMatch(id -> !id.startsWith("/")).anyMatch(id -> id.endsWith("corpus/b.html"))
            .anyMatch(id -> id.endsWith("corpus/sub/c.txt"));
        assertThat(out.resolve("xmi")).doesNotExist();
    }

    @Test
    void failedDocumentsAreKeptOnRerunUnlessRetried() throws Exception {
        Path in = tmp.resolve("retry");
        Files.createDirectories(in);
        Files.copy(corpus.resolve("a.txt"), in.resolve("a.txt"));
        Files.write(in.resolve("later.txt"), new byte[0]);
        Path out = tmp.resolve("retry-out");
        assertThat(run(settings(out, 1), in.toString()).failed()).isEqualTo(1);
        Files.copy(corpus.resolve("sub/c.txt"), in.resolve("later.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CorpusRunner.Summary kept = run(settings(out, 1), in.toString());
        CorpusRunner.Summary retried = new CorpusRunner(new CorpusRunner.Settings(new PipelineOptions(), out, 1,
            1 << 20, true, false, false, true, 60)).run(List.of(in.toString()));

        assertThat(kept.processed()).isZero();
        assertThat(kept.failed()).isEqualTo(1);
        assertThat(retried.processed()).isEqualTo(1);
        assertThat(retried.failed()).isZero();
        assertThat(csv(out.resolve("errors.csv"))).isEmpty();
        assertThat(csv(out.resolve("documents.csv"))).extracting(r -> r.get("status")).containsExactly("ok", "ok");
    }

    @Test
    void failuresOfTheSurroundingsAreTriedAgainByTheNextRun() throws Exception {
        Path in = tmp.resolve("environment");
        Files.createDirectories(in.resolve("sub"));
        Files.copy(corpus.resolve("a.txt"), in.resolve("a.txt"));
        Files.copy(corpus.resolve("sub/c.txt"), in.resolve("sub/c.txt"));
        Files.writeString(in.resolve("big.txt"), "가".repeat(10_000), StandardCharsets.UTF_8);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path out = tmp.resolve("environment-out");
        run(settings(out, 1), in.resolve("a.txt").toString()); // the output folder exists
        // A write that fails as on a full disk: a file stands where the XMI folder of sub/ must go.
        Files.writeString(out.resolve("xmi/sub"), "in the way");
        CorpusRunner.Settings small = new CorpusRunner.Settings(new PipelineOptions(), out, 1, 20_000, true, false,
            false, false, 60);

        CorpusRunner.Summary first = run(small, in.toString());

        assertThat(first.failed()).isEqualTo(3);
        Map<String, String> errors = new TreeMap<>();
        csv(out.resolve("errors.csv")).forEach(r -> errors.put(r.get("doc_id"), r.get("stage") + ": "
            + r.get("message")));
        assertThat(errors.get("sub/c.txt")).startsWith("write: ").endsWith("(the next run tries again)");
        assertThat(errors.get("big.txt")).contains("too large").contains("--max-bytes");

        // the same limits, the obstacle still there: only the write failure is tried again (and fails again)
        assertThat(run(small, in.toString()).processed()).isEqualTo(1);
        // the obstacle gone: tried again, done
        Files.delete(out.resolve("xmi/sub"));
        CorpusRunner.Summary second = run(small, in.toString());
        assertThat(second.processed()).isEqualTo(1);
        assertThat(second.failed()).isEqualTo(2);
        // a higher size limit: the input over the old one is tried again; the empty file is what it is
        CorpusRunner.Summary third = run(settings(out, 1), in.toString());
        assertThat(third.processed()).isEqualTo(1);
        assertThat(third.failed()).isEqualTo(1);
        assertThat(csv(out.resolve("errors.csv"))).extracting(r -> r.get("doc_id")).containsExactly("empty.txt");
    }

    @Test
    void twoCrawlDaysWithTheSameFileNamesAndABrokenListLoseNothing() throws Exception {
        Path days = tmp.resolve("days");
        for (String day : List.of("day1", "day2")) {
            Files.createDirectories(days.resolve(day));
            Files.copy(corpus.resolve(day.equals("day1") ? "a.txt" : "sub/c.txt"), days.resolve(day + "/page.txt"));
        }
        Path list = tmp.resolve("days.txt");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((corpus.resolve("b.html") + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write("\u00ff\u00fe.txt\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(list, bytes.toByteArray());
        Path out = tmp.resolve("days-out");

        CorpusRunner.Summary s = run(settings(out, 2), days.resolve("day1").toString(),
            days.resolve("day2").toString(), "@" + list);

        assertThat(s.documents()).isEqualTo(4);
        List<CSVRecord> documents = csv(out.resolve("documents.csv"));
        assertThat(documents).extracting(r -> r.get("doc_id") + " " + r.get("status")).containsExactly(
            "day1/page.txt ok", "day2/page.txt ok", corpus.resolve("b.html").toString().substring(1) + " ok",
            "days.txt:2 failed");
        assertThat(csv(out.resolve("errors.csv"))).extracting(r -> r.get("message"))
            .singleElement().asString().contains("is not UTF-8");
    }

    @Test
    void documentIdsThatMakeAwkwardFileNamesGetSafeXmiFiles() throws Exception {
        Path in = tmp.resolve("names");
        String text = Files.readString(corpus.resolve("a.txt"));
        // the XMI file of foo.txt would be the folder of foo.txt.xmi/b.txt's
        Files.createDirectories(in.resolve("foo.txt.xmi"));
        Files.writeString(in.resolve("foo.txt"), text);
        Files.writeString(in.resolve("foo.txt.xmi/b.txt"), text);
        // a valid name whose XMI and temporary file names would be too long
        String longName = "기사".repeat(30) + "-" + "x".repeat(60) + ".txt"; // 245 bytes
        Files.writeString(in.resolve(longName), text);
        Path out = tmp.resolve("names-out");

        CorpusRunner.Summary s = run(settings(out, 2), in.toString());

        assertThat(s.failed()).isZero();
        assertThat(s.ok()).isEqualTo(3);
        assertThat(out.resolve("xmi/foo.txt.xmi")).isRegularFile();
        assertThat(out.resolve("xmi/foo.txt.xmi~/b.txt.xmi")).isRegularFile();
        List<CSVRecord> documents = csv(out.resolve("documents.csv"));
        assertThat(documents).extracting(r -> r.get("doc_id")).contains(longName);
        try (Stream<Path> xmi = Files.list(out.resolve("xmi"))) {
            assertThat(xmi.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("기사기사")
                && n.endsWith(".xmi") && n.getBytes(StandardCharsets.UTF_8).length <= 200);
        }
    }

    @Test
    void charsetsTheBytesRefuteGarbleNothingAndReplacementsAreCounted() throws Exception {
        Path in = tmp.resolve("charsets");
        Files.createDirectories(in);
        String article = Files.readString(corpus.resolve("a.txt"));
        String html = "<html><head><meta charset=\"utf-16\"><title>t</title></head><body><p>"
            + article.replace("\n\n", "</p><p>") + "</p></body></html>";
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(in.resolve("crawl.warc"),
            java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE))) {
            writer.write(response("http://news.example/latin1", html, "text/html; charset=ISO-8859-1"));
            writer.write(response("http://news.example/utf16", html, "text/html; charset=UTF-16"));
        }
        Files.write(in.resolve("utf16.txt"), article.getBytes(StandardCharsets.UTF_16LE));
        byte[] damaged = article.getBytes(StandardCharsets.UTF_8);
        damaged[40] = (byte) 0xFF;
        Files.write(in.resolve("damaged.txt"), damaged);
        Path out = tmp.resolve("charsets-out");

        CorpusRunner.Summary s = run(settings(out, 2), in.toString());

        assertThat(s.failed()).isZero();
        Map<String, CSVRecord> rows = new TreeMap<>();
        csv(out.resolve("documents.csv")).forEach(r -> rows.put(r.get("doc_id"), r));
        assertThat(rows.keySet()).containsExactly("crawl.warc#0", "crawl.warc#1", "damaged.txt", "utf16.txt");
        for (CSVRecord r : rows.values()) {
            assertThat(r.get("charset")).as(r.get("doc_id")).isIn("UTF-8", "UTF-16LE");
            assertThat(Integer.parseInt(r.get("annotations"))).as(r.get("doc_id")).isGreaterThan(2);
        }
        assertThat(rows.get("crawl.warc#0").get("charset_reason"))
            .startsWith("valid UTF-8 (the HTTP header's ISO-8859-1 does not fit)");
        assertThat(rows.get("crawl.warc#1").get("charset_reason")).contains("the HTTP header's UTF-16 ignored")
            .contains("the page's UTF-16 ignored");
        assertThat(rows.get("utf16.txt").get("charset")).isEqualTo("UTF-16LE");
        assertThat(rows.get("damaged.txt").get("replaced_chars")).isNotEqualTo("0");
        assertThat(rows.get("utf16.txt").get("replaced_chars")).isEqualTo("0");
        assertThat(rows.get("utf16.txt").get("xmi")).isEqualTo("xmi/utf16.txt.xmi");
        assertThat(out.resolve(rows.get("crawl.warc#1").get("xmi"))).isRegularFile();
    }

    @Test
    void entitiesForCharactersXmlCannotCarryDoNotFailAPage() throws Exception {
        Path in = tmp.resolve("entities");
        Files.createDirectories(in);
        String article = Files.readString(corpus.resolve("a.txt"));
        Files.writeString(in.resolve("page.html"), "<html><head><title>한빛&#xFFFE;전자 &#1;투자</title>"
            + "<meta property=\"og:title\" content=\"&#xFFFF;제목\"></head><body><h1>한빛전자&#xFFFF; 투자</h1><p>"
            + article.replace("\n\n", "</p><p>") + " &#xFFFE;&#xD800;&#x1F;&#0;</p></body></html>");
        // a file name with a control character (Linux allows all but '/' and NUL) goes into the XMI too
        Files.writeString(in.resolve("ctl\u0001name.txt"), article);
        Path out = tmp.resolve("entities-out");

        CorpusRunner.Summary s = run(settings(out, 1), in.toString());

        assertThat(s.failed()).as("errors: %s", Files.exists(out.resolve("errors.csv"))
            ? Files.readString(out.resolve("errors.csv")) : "").isZero();
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("xmi/page.html.xmi").toFile());
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("xmi/ctl\u0001name.txt.xmi")
            .toFile());
        CSVRecord row = csv(out.resolve("documents.csv")).get(1);
        assertThat(row.get("title")).doesNotContain("\uFFFE").contains("전자");
        assertThat(Integer.parseInt(row.get("annotations"))).isGreaterThan(2);
    }

    @Test
    void anOutputOfOtherSettingsIsNotMixedIn() throws Exception {
        Path out = tmp.resolve("settings");
        run(settings(out, 1), corpus.resolve("a.txt").toString());
        PipelineOptions verbatim = new PipelineOptions();
        verbatim.boilerplate = false;
        CorpusRunner.Settings other = new CorpusRunner.Settings(verbatim, out, 1, 1 << 20, true, false, false, false,
            60);

        assertThatThrownBy(() -> run(other, corpus.resolve("a.txt").toString())).isInstanceOf(RunRefusedException.class)
            .hasMessageContaining("boilerplate was true, now false").hasMessageContaining("--fresh");
    }

    @Test
    void everyRuleSetChoiceIsASettingAResumeCannotMix() throws Exception {
        Path out = tmp.resolve("rules-settings");
        PipelineOptions off = new PipelineOptions();
        off.rulesOff.add("people.gaz.tsv");
        run(new CorpusRunner.Settings(off, out, 1, 1 << 20, false, false, false, false, 60),
            corpus.resolve("a.txt").toString());

        assertThatThrownBy(() -> run(new CorpusRunner.Settings(new PipelineOptions(), out, 1, 1 << 20, false, false,
            false, false, 60), corpus.toString())).isInstanceOf(RunRefusedException.class)
            .hasMessageContaining("rulesOff was people.gaz.tsv, now (none)");

        // a gazetteer of one's own counts by its content: edited, it is another rule set
        Path gazetteer = tmp.resolve("mine.gaz.tsv");
        Files.writeString(gazetteer, "한빛전자\tOrganization\n", StandardCharsets.UTF_8);
        PipelineOptions added = new PipelineOptions();
        added.rulesAdd.add(gazetteer.toString());
        Path out2 = tmp.resolve("rules-settings-2");
        run(new CorpusRunner.Settings(added, out2, 1, 1 << 20, false, false, false, false, 60),
            corpus.resolve("a.txt").toString());
        assertThat(Files.readString(out2.resolve(".hanex/settings.properties"))).contains("rulesAdd=mine.gaz.tsv@sha256\\:");
        Files.writeString(gazetteer, "한빛전자\tOrganization\n누리바이오\tOrganization\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> run(new CorpusRunner.Settings(added, out2, 1, 1 << 20, false, false, false, false,
            60), corpus.toString())).isInstanceOf(RunRefusedException.class).hasMessageContaining("rulesAdd was mine.gaz.tsv@");
    }

    @Test
    void aRunThatCannotStartSavesNoSettingsAndLeavesNoFolder() throws Exception {
        Path broken = tmp.resolve("broken.gaz.tsv");
        Files.writeString(broken, "한빛\tCompany\n", StandardCharsets.UTF_8);
        PipelineOptions bad = new PipelineOptions();
        bad.rulesAdd.add(broken.toString());
        bad.analyzer = "nori";
        Path out = tmp.resolve("cannot-start");

        assertThatThrownBy(() -> run(new CorpusRunner.Settings(bad, out, 1, 1 << 20, true, false, false, false, 60),
            corpus.toString())).hasStackTraceContaining("broken.gaz.tsv:1: unknown type 'Company'");
        assertThat(out).doesNotExist();

        // an empty folder the user made stays, with no settings in it
        Files.createDirectories(out);
        assertThatThrownBy(() -> run(new CorpusRunner.Settings(bad, out, 1, 1 << 20, true, false, false, false, 60),
            corpus.toString())).hasStackTraceContaining("broken.gaz.tsv:1");
        assertThat(out.resolve(".hanex/settings.properties")).doesNotExist();

        // the corrected rerun runs
        assertThat(run(settings(out, 1), corpus.resolve("a.txt").toString()).ok()).isEqualTo(1);
    }

    private static WarcResponse response(String url, String html) throws IOException {
        return response(url, html, "text/html; charset=utf-8");
    }

    /** A response whose body is {@code html} in UTF-8, whatever its content type says. */
    private static WarcResponse response(String url, String html, String contentType) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse(contentType), html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }

    private static List<Long> entryOffsets(Path journal) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(journal));
        List<Long> offsets = new ArrayList<>();
        while (bytes.remaining() > 0) {
            offsets.add((long) bytes.position());
            bytes.getInt();
            int length = bytes.getInt();
            bytes.position(bytes.position() + length + 4);
        }
        offsets.add((long) bytes.position());
        return offsets;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** UTF-8 Korean text with one byte in seven dropped: undecodable in any charset. */
    private static byte[] damagedUtf8(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < utf8.length; i++) {
            if (i % 7 != 3) {
                out.write(utf8[i]);
            }
        }
        return out.toByteArray();
    }
}
