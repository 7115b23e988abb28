package io.github.hanex.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hanex.io.output.CsvTables;
import io.github.hanex.pipeline.PipelineOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A sweep of hostile inputs of every kind the reliability review found (charset claims the bytes refute, in the
 * HTTP header and in the page, over UTF-8, CP949 and UTF-16 bodies; same-named inputs of several folders, of a
 * list and given directly; names that clash with folders, are too long or hold control characters; entities XML
 * cannot carry; links out of the input folder, broken and looping; unreadable list lines; empty, binary,
 * truncated and oversized files), all made here and annotated in one run. Whatever the input, the outcome is
 * the expected one: every input has exactly one row, every page that can be read is read right (its text is the
 * article, not mojibake) with a valid XMI, every other is a failed row that says why, no input file is touched,
 * and a rerun changes nothing.
 */
class HostileInputSweepTest {

    private static final String NEWS = "한빛전자 김민준 사장은 24일 서울 본사에서 기자들과 만나 3분기 영업이익이 2조3천억원을 "
        + "기록했다고 밝혔다.";
    private static final String MORE = "김 사장은 \"반도체 수요가 회복되면서 실적이 크게 개선됐다\"며 평택 공장에 5조원을 투자하겠다고 "
        + "말했다.";
    private static final Charset CP949 = Charset.forName("x-windows-949");

    @TempDir
    Path tmp;

    /** What one input must give: ok with {@code text} in its article, or failed with {@code text} in its reason. */
    private record Expected(boolean ok, String text) {
    }

    private final Map<String, Expected> expected = new TreeMap<>();

    private void ok(String id) {
        expected.put(id, new Expected(true, NEWS));
    }

    private void failed(String id, String reason) {
        expected.put(id, new Expected(false, reason));
    }

    private static String html(String meta) {
        return "<html><head>" + (meta == null ? "" : "<meta charset=\"" + meta + "\">") + "<title>한빛전자 실적</title>"
            + "</head><body><nav>홈 | 경제 | 사회</nav><h1>한빛전자, 3분기 영업이익 2조3천억원</h1><p>" + NEWS + "</p><p>"
            + MORE + "</p><footer>무단 전재 금지</footer></body></html>";
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    @Test
    void nothingIsLostGarbledOrSilentlyDropped() throws Exception {
        Path in = tmp.resolve("in");
        Path day1 = in.resolve("day1");
        Path day2 = in.resolve("day2");

        // Charsets: every body under every declaration, and plain text in every encoding, with and without a BOM.
        String[] declarations = {null, "utf-8", "euc-kr", "iso-8859-1", "windows-1252", "koi8-r", "utf-16", "utf-32",
            "us-ascii", "shift_jis", "gb2312", "big5", "euc-jp", "x-user-defined", "no-such-charset"};
        Charset[] bodies = {StandardCharsets.UTF_8, CP949, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
        for (Charset body : bodies) {
            for (String declared : declarations) {
                String name = "charsets/" + body.name() + "-" + declared + ".html";
                write(day1.resolve(name), html(declared).getBytes(body));
                ok("day1/" + name);
            }
            String name = "charsets/" + body.name() + ".txt";
            write(day1.resolve(name), (NEWS + "\n\n" + MORE).getBytes(body));
            ok("day1/" + name);
        }
        writeWithMark(day1.resolve("charsets/bom-utf8.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            StandardCharsets.UTF_8);
        writeWithMark(day1.resolve("charsets/bom-utf16le.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE},
            StandardCharsets.UTF_16LE);
        writeWithMark(day1.resolve("charsets/bom-utf32le.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
            Charset.forName("UTF-32LE"));
        for (String name : List.of("bom-utf8.txt", "bom-utf16le.txt", "bom-utf32le.txt")) {
            ok("day1/charsets/" + name);
        }
        byte[] damaged = (NEWS + "\n\n" + MORE + "\n\n" + MORE).getBytes(StandardCharsets.UTF_8);
        damaged[NEWS.length() * 3 - 5] = (byte) 0xFF;
        write(day1.resolve("charsets/damaged.txt"), damaged);
        expected.put("day1/charsets/damaged.txt", new Expected(true, MORE));

        // Entities and characters XML cannot carry.
        write(day1.resolve("xml/entities.html"), html(null).replace("<p>" + NEWS, "<p>&#xFFFE;" + NEWS + "&#xFFFF;"
            + "&#xD800;&#1;&#0;").replace("<title>", "<title>&#xFFFE;").getBytes(StandardCharsets.UTF_8));
        write(day1.resolve("xml/controls.txt"), ("\u0001" + NEWS + "\u000B\n\n\uFFFE" + MORE).getBytes(StandardCharsets.UTF_8));
        ok("day1/xml/entities.html");
        ok("day1/xml/controls.txt");

        // Names: a file and a folder whose XMI names clash, a name near the limit, characters of every kind.
        byte[] page = html("utf-8").getBytes(StandardCharsets.UTF_8);
        String longName = "기사".repeat(30) + "-" + "x".repeat(60) + ".html";
        for (String name : List.of("foo.html", "foo.html.xmi/b.html", longName, "sp ace#%&.html", "ctl\u0001.html",
            "tilde~/x.html", "tilde~.html", ".hidden.html", "back\\slash.html", "back/slash.html",
            Normalizer.normalize("한글.html", Normalizer.Form.NFC), Normalizer.normalize("한글.html", Normalizer.Form.NFD))) {
            write(day1.resolve("names").resolve(name), page);
            ok("day1/names/" + name);
        }

        // Faults of the input itself.
        write(day1.resolve("faults/empty.txt"), new byte[0]);
        write(day1.resolve("faults/blank.txt"), " \n\t\n".getBytes(StandardCharsets.UTF_8));
        write(day1.resolve("faults/binary.html"), new byte[] {'<', 'p', '>', 0, 1, 2, 0, (byte) 0xFF, 0, 0, 7, 9});
        byte[] gz = gzip((NEWS + MORE).repeat(50).getBytes(StandardCharsets.UTF_8));
        write(day1.resolve("faults/truncated.txt.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        byte[] noise = new byte[5000];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 0 ? 1 : noise[i];
        }
        write(day1.resolve("faults/noise.txt"), noise);
        write(day1.resolve("faults/huge.txt"), NEWS.repeat(3000).getBytes(StandardCharsets.UTF_8));
        write(day1.resolve("faults/bomb.txt.gz"), gzip(new byte[5_000_000]));
        failed("day1/faults/empty.txt", "empty file");
        failed("day1/faults/blank.txt", "white space only");
        failed("day1/faults/binary.html", "binary content");
        failed("day1/faults/truncated.txt.gz", "truncated gzip");
        failed("day1/faults/noise.txt", "invalid encoding");
        failed("day1/faults/huge.txt", "too large");
        failed("day1/faults/bomb.txt.gz", "too large");

        // Links: inside the folder (followed), out of it, broken, and a loop (reported).
        Path outside = write(tmp.resolve("outside/secret.txt"), "비밀 문서".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(day1.resolve("links"));
        Files.createSymbolicLink(day1.resolve("links/inside.html"), day1.resolve("names/foo.html"));
        Files.createSymbolicLink(day1.resolve("links/secret.txt"), outside);
        Files.createSymbolicLink(day1.resolve("links/gone.txt"), tmp.resolve("nothing.txt"));
        Files.createSymbolicLink(day1.resolve("links/loop"), day1);
        ok("day1/links/inside.html");
        failed("day1/links/secret.txt", "outside the input folder");
        failed("day1/links/gone.txt", "broken symbolic link");
        failed("day1/links/loop", "a loop");

        // A second crawl day with the same file names, and a WARC file whose headers lie about the charset.
        write(day2.resolve("charsets/UTF-8-null.html"), html(null).getBytes(StandardCharsets.UTF_8));
        ok("day2/charsets/UTF-8-null.html");
        Path warc = day2.resolve("crawl.warc");
        String[][] records = {{"ISO-8859-1", "UTF-8"}, {"UTF-16", "UTF-8"}, {"KOI8-R", "x-windows-949"},
            {"windows-1252", "x-windows-949"}, {"euc-kr", "UTF-8"}, {"utf-8", "x-windows-949"}};
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(warc, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE))) {
            for (int i = 0; i < records.length; i++) {
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset="
                    + records[i][0]), html(null).getBytes(Charset.forName(records[i][1]))).build();
                writer.write(new WarcResponse.Builder(URI.create("http://news.example/" + i)).body(http).build());
                ok("day2/crawl.warc#" + i);
            }
        }

        // A list: a page, the same page again, a line that is not UTF-8, a missing file, a list in the list.
        Path listed = day1.resolve("names/foo.html").toAbsolutePath();
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        list.write((listed + "\n" + listed + "\n").getBytes(StandardCharsets.UTF_8));
        list.write((in + "/목록.html\n").getBytes(CP949));
        list.write((tmp.resolve("missing.html") + "\n@" + tmp.resolve("other.txt") + "\n").getBytes(StandardCharsets.UTF_8));
        Path listFile = write(tmp.resolve("pages.txt"), list.toByteArray());
        String listedId = listed.toString().substring(1);
        ok(listedId);
        failed(listedId + "~2", "the same input as");
        failed("pages.txt:3", "is not UTF-8");
        failed(tmp.resolve("missing.html").toString().substring(1), "no such file");
        failed(tmp.resolve("other.txt").toString().substring(1), "lists inside lists");

        // Files given directly, of the same name.
        Path a = write(tmp.resolve("direct/a/same.html"), page);
        Path b = write(tmp.resolve("direct/b/same.html"), page);
        ok("a/same.html");
        ok("b/same.html");

        Map<String, String> inputsBefore = hashes(tmp);
        Path out = tmp.resolve("out");
        CorpusRunner.Settings settings = new CorpusRunner.Settings(new PipelineOptions(), out, 2, 200_000, true, true,
            false, false, 120);
        List<String> inputs = List.of(day1.toString(), day2.toString(), "@" + listFile, a.toString(), b.toString());

        CorpusRunner.Summary summary = new CorpusRunner(settings).run(inputs);

        // Every input exactly once, with the expected outcome.
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        for (CSVRecord r : csv(out.resolve("documents.csv"))) {
            assertThat(rows.put(r.get("doc_id"), r)).as("doc_id %s twice", r.get("doc_id")).isNull();
        }
        Map<String, String> reasons = new TreeMap<>();
        csv(out.resolve("errors.csv")).forEach(r -> reasons.put(r.get("doc_id"), r.get("message")));
        Map<String, JsonNode> json = new TreeMap<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode node = mapper.readTree(line);
            json.put(node.get("doc_id").asText(), node);
        }
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Expected> e : expected.entrySet()) {
            String id = e.getKey();
            CSVRecord row = rows.get(id);
            if (e.getValue().ok()) {
                String text = json.containsKey(id) ? json.get(id).get("text").asText() : "";
                if (!row.get("status").equals("ok") || !text.contains(e.getValue().text())
                    || Integer.parseInt(row.get("annotations")) < 2) {
                    wrong.add(id + ": " + row.get("status") + " " + row.get("charset") + " (" + row.get("charset_reason")
                        + ") " + reasons.getOrDefault(id, "") + " " + text.substring(0, Math.min(60, text.length())));
                    continue;
                }
                Path xmi = out.resolve(row.get("xmi"));
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xmi.toFile());
            } else if (!row.get("status").equals("failed") || !reasons.getOrDefault(id, "").contains(e.getValue().text())) {
                wrong.add(id + ": " + row.get("status") + " " + reasons.get(id));
            }
        }
        assertThat(wrong).as("inputs with an unexpected outcome").isEmpty();
        assertThat(summary.failed()).isEqualTo(expected.values().stream().filter(x -> !x.ok()).count());
        assertThat(reasons.keySet()).allMatch(id -> !expected.get(id).ok());
        assertThat(rows.get("day1/charsets/damaged.txt").get("replaced_chars")).isNotEqualTo("0");

        // No input was touched, and nothing was written outside the output folder.
        Map<String, String> inputsAfter = hashes(tmp);
        inputsAfter.keySet().removeIf(p -> p.startsWith("out/") || p.equals("out"));
        assertThat(inputsAfter).isEqualTo(inputsBefore);

        // A rerun keeps every document done, tries again only what may have changed, and writes the same tables.
        Map<String, byte[]> tables = new TreeMap<>();
        for (String table : List.of("documents.csv", "errors.csv", "annotations.csv", "events.csv", "documents.jsonl")) {
            tables.put(table, Files.readAllBytes(out.resolve(table)));
        }
        CorpusRunner.Summary again = new CorpusRunner(settings).run(inputs);
        assertThat(again.ok()).isEqualTo(summary.ok());
        assertThat(again.processed()).isLessThanOrEqualTo(summary.failed());
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            assertThat(Files.readAllBytes(out.resolve(t.getKey()))).as(t.getKey()).isEqualTo(t.getValue());
        }
    }

    private static void writeWithMark(Path file, byte[] mark, Charset charset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(mark);
        bytes.write((NEWS + "\n\n" + MORE).getBytes(charset));
        write(file, bytes.toByteArray());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser parser = CsvTables.readFormat().parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }

    /** Every file and link below {@code dir} with a hash of its content (links by their target). */
    private static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String key = dir.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    hashes.put(key, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    hashes.put(key, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(p))));
                } else {
                    hashes.put(key, "dir");
                }
            }
        }
        return hashes;
    }
}
