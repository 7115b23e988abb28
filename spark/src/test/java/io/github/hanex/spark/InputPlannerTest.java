package io.github.hanex.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.io.input.InputCollector;
import io.github.hanex.io.input.InputDocument;
import io.github.hanex.io.input.InputRejectedException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job finds the same documents as {@code hanex annotate}, under the same ids, in the same order, with the same
 * bytes, sources and read failures: {@link InputPlanner} and {@link TaskDocuments} (Hadoop file systems) against
 * {@link InputCollector} ({@code java.nio}) on a tree with every kind of input.
 */
class InputPlannerTest {

    @TempDir
    static Path tmp;
    static Path root;

    @BeforeAll
    static void tree() throws IOException {
        root = tmp.resolve("tree");
        write("crawl/2024/a.html", "<p>가 기사</p>");
        write("crawl/2024/b.txt", "나 기사");
        write("crawl/2024/notes.md", "not an input");
        write("crawl/a.txt", "a.txt sorts after the folder a? no: after 2024/");
        write("crawl/a/inner.htm", "<p>안쪽</p>");
        write("crawl/a b/space.xhtml", "<p>빈칸</p>");
        write("crawl/Z.html", "<p>upper case sorts first</p>");
        write("crawl/한글.txt", "한글 이름");
        write("crawl/empty.html", "");
        gzip("crawl/c.html.gz", "<p>압축</p>".getBytes(StandardCharsets.UTF_8), false);
        gzip("crawl/truncated.txt.gz", "잘린 파일입니다. ".repeat(200).getBytes(StandardCharsets.UTF_8), true);
        Files.write(root.resolve("crawl/corrupt.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        write("crawl/big.txt", "큰 파일 ".repeat(500));
        TestWarc.write(root.resolve("crawl/2024/news.warc.gz"), true);
        TestWarc.write(root.resolve("crawl/plain.warc"), false);
        write("other/2024/a.html", "<p>same id as crawl's, other root</p>");
        write("other/x.html", "<p>x</p>");
        write("lists/pages.txt", String.join("\n", "# a list", "", root.resolve("crawl/a.txt").toString(),
            "../tree/other/x.html", root.resolve("crawl/2024/news.warc.gz").toString(), "@nested.txt",
            root.resolve("nothing.html").toString(), root.resolve("other") + "/*.html"));
        Files.write(root.resolve("lists/latin1.txt"), ("\uFEFF" + root.resolve("other/x.html") + "\n").getBytes(
            StandardCharsets.UTF_8));
        Files.write(root.resolve("lists/latin1.txt"), ("caf\u00e9.html\r\n" + root.resolve("crawl/Z.html") + "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1), java.nio.file.StandardOpenOption.APPEND);
        // links: inside the folder (followed), out of it (reported), a loop, a broken one
        Path links = root.resolve("links");
        Files.createDirectories(links.resolve("real"));
        Files.writeString(links.resolve("real/in.html"), "<p>안</p>");
        Files.createSymbolicLink(links.resolve("inside"), links.resolve("real"));
        Files.createSymbolicLink(links.resolve("outside"), root.resolve("other"));
        Files.createSymbolicLink(links.resolve("real/loop"), links);
        Files.createSymbolicLink(links.resolve("gone.html"), links.resolve("nowhere.html"));
        Files.createSymbolicLink(links.resolve("out.txt"), root.resolve("crawl/a.txt"));
        // a second crawl day with the same names: folders are labelled
        write("day1/crawl/a.html", "<p>day 1</p>");
        write("day2/crawl/a.html", "<p>day 2</p>");
        TestWarc.write(root.resolve("day2/crawl/w.warc"), false);
        Path locked = root.resolve("locked");
        Files.createDirectories(locked.resolve("secret"));
        Files.writeString(locked.resolve("secret/s.html"), "<p>s</p>");
        Files.writeString(locked.resolve("open.html"), "<p>o</p>");
        locked.resolve("secret").toFile().setReadable(false);
    }

    private static void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void gzip(String relative, byte[] bytes, boolean truncate) throws IOException {
        Path file = root.resolve(relative);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
        if (truncate) {
            byte[] all = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(all, all.length / 2));
        }
    }

    /** What a document is, as far as reading goes: id, source, format, declared charset, bytes or problem. */
    private static List<String> describe(List<TaskDocuments.Source> docs, long maxBytes) {
        List<String> out = new ArrayList<>();
        for (TaskDocuments.Source source : docs) {
            InputDocument doc = source.document();
            String content;
            try {
                content = new String(doc.readBytes(maxBytes), StandardCharsets.ISO_8859_1);
            } catch (InputRejectedException | IOException e) {
                content = "failed: " + e.getMessage();
            }
            out.add(String.join(" | ", doc.docId(), doc.sourceUri(), source.format().label(),
                String.valueOf(doc.declaredCharset()), content));
        }
        return out;
    }

    private static List<TaskDocuments.Source> job(List<String> inputs, long maxBytes) throws IOException {
        List<InputFile> files = InputPlanner.plan(inputs, new Configuration(), false);
        List<TaskDocuments.Source> docs = new ArrayList<>();
        try (TaskDocuments documents = new TaskDocuments(files, new Configuration(), maxBytes)) {
            documents.forEachRemaining(docs::add);
        }
        return docs;
    }

    private static List<TaskDocuments.Source> cli(List<String> inputs, long maxBytes) throws IOException {
        List<TaskDocuments.Source> docs = new ArrayList<>();
        try (InputCollector.Inputs in = InputCollector.open(inputs, maxBytes)) {
            in.forEachRemaining(doc -> docs.add(new TaskDocuments.Source(doc, doc.format())));
        }
        return docs;
    }

    private static void assertSameAsCli(long maxBytes, String... inputs) throws IOException {
        List<String> expected = describe(cli(List.of(inputs), maxBytes), maxBytes);
        List<String> actual = describe(job(List.of(inputs), maxBytes), maxBytes);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aFolderGivesTheDocumentsOfTheCliInItsOrder() throws IOException {
        assertSameAsCli(1 << 20, root.resolve("crawl").toString());
        List<String> ids = job(List.of(root.resolve("crawl").toString()), 1 << 20).stream()
            .map(source -> source.document().docId()).toList();
        assertThat(ids).contains("2024/a.html", "2024/news.warc.gz#1", "a/inner.htm", "a b/space.xhtml",
            "한글.txt", "plain.warc#4").doesNotContain("2024/notes.md");
    }

    @Test
    void sizeLimitsAndBrokenFilesFailAsInTheCli() throws IOException {
        assertSameAsCli(1000, root.resolve("crawl").toString());
    }

    @Test
    void globsWithAndWithoutFolders() throws IOException {
        assertSameAsCli(1 << 20, root.resolve("crawl") + "/**/*.html");
        assertSameAsCli(1 << 20, root.resolve("crawl") + "/*.{txt,warc}");
        assertSameAsCli(1 << 20, root + "/*/2024/*");
    }

    @Test
    void listsFilesAndTheSameIdUnderTwoRoots() throws IOException {
        assertSameAsCli(1 << 20, "@" + root.resolve("lists/pages.txt"));
        assertSameAsCli(1 << 20, root.resolve("crawl").toString(), root.resolve("other").toString(),
            root.resolve("crawl/a.txt").toString());
    }

    @Test
    void foldersWithTheSameNamesAreLabelledAndAnInputNamedTwiceFails() throws IOException {
        assertSameAsCli(1 << 20, root.resolve("day1/crawl").toString(), root.resolve("day2/crawl").toString(),
            root.resolve("day1/crawl").toString(), root.resolve("day2/crawl/w.warc").toString(),
            root.resolve("day1/crawl/a.html").toString(), root.resolve("day2/crawl/a.html").toString());
        assertSameAsCli(1 << 20, root.resolve("crawl/2024").toString(), root.resolve("crawl/2024/news.warc.gz")
            .toString(), root.resolve("crawl/2024/news.warc.gz").toString());
        assertSameAsCli(1 << 20, root.resolve("crawl/2024").toString(), root.resolve("day2/crawl").toString() + "/*",
            "@" + root.resolve("lists/latin1.txt"));
    }

    @Test
    void linksAndUnreadableFoldersAsInTheCli() throws IOException {
        assertSameAsCli(1 << 20, root.resolve("links").toString());
        List<String> ids = job(List.of(root.resolve("links").toString()), 1 << 20).stream()
            .map(source -> source.document().docId()).toList();
        assertThat(ids).contains("inside/in.html", "real/in.html", "outside", "gone.html", "out.txt");
        if (!Files.isReadable(root.resolve("locked/secret"))) { // not when the tests run as root
            assertSameAsCli(1 << 20, root.resolve("locked").toString());
        }
    }

    @Test
    void anInputThatNamesNothingStopsThePlan() {
        assertThatThrownBy(() -> InputPlanner.plan(List.of(root.resolve("nothing").toString()), new Configuration(),
            false))
            .hasMessageContaining("nothing: no such file or directory");
        assertThatThrownBy(() -> InputPlanner.plan(List.of("@" + root.resolve("none.txt")), new Configuration(), false))
            .hasMessageContaining("no such list file");
    }

    @Test
    void listEntriesThatAreUrisAreNamedByTheirPath() {
        assertThat(InputPlanner.safeId("s3a://bucket/crawl/2024/a.html")).isEqualTo("crawl/2024/a.html");
        assertThat(InputPlanner.safeId("/data/../crawl/./a.html")).isEqualTo("crawl/a.html");
        assertThat(InputPlanner.safeId("../../a/b.txt")).isEqualTo("a/b.txt");
        assertThat(InputPlanner.glob("s3a://bucket/crawl/**/*.warc.gz").base()).isEqualTo("s3a://bucket/crawl");
    }
}
