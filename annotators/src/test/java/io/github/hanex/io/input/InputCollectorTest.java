package io.github.hanex.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

    @TempDir
    Path dir;

    @BeforeEach
    void corpus() throws IOException {
        write("crawl/b.html");
        write("crawl/a.txt");
        write("crawl/2024/01/x.html");
        write("crawl/2024/01/y.htm.gz");
        write("crawl/2024/notes.md");
        write("crawl/2024/02/x.html");
        write("crawl/image.png");
    }

    private void write(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "본문 " + relative, StandardCharsets.UTF_8);
    }

    private List<InputDocument> docs(String... inputs) throws IOException {
        List<InputDocument> docs = new ArrayList<>();
        try (InputCollector.Inputs in = InputCollector.open(List.of(inputs), 1000)) {
            in.forEachRemaining(docs::add);
        }
        return docs;
    }

    private List<String> ids(String... inputs) throws IOException {
        List<String> ids = new ArrayList<>();
        try (InputCollector.Inputs in = InputCollector.open(List.of(inputs), 1000)) {
            in.forEachRemaining(d -> ids.add(d.docId()));
        }
        return ids;
    }

    @Test
    void aDirectoryIsWalkedRecursivelyInNameOrder() throws IOException {
        assertThat(ids(dir.resolve("crawl").toString())).containsExactly("2024/01/x.html", "2024/01/y.htm.gz",
            "2024/02/x.html", "a.txt", "b.html");
    }

    @Test
    void aGlobMatchesUnderItsFixedFolderAndDoubleStarMatchesNoFolderToo() throws IOException {
        assertThat(ids(dir.resolve("crawl") + "/**/*.html")).containsExactly("2024/01/x.html", "2024/02/x.html",
            "b.html");
        // named relative to the glob's fixed leading folder
        assertThat(ids(dir.resolve("crawl") + "/2024/*/x.html")).containsExactly("01/x.html", "02/x.html");
    }

    @Test
    void aListNamesFilesByTheirPathSoSameNamesStayApart() throws IOException {
        Path list = dir.resolve("list.txt");
        Files.writeString(list, "# two pages of the same name\n"
            + dir.resolve("crawl/2024/01/x.html") + "\n\n"
            + dir.resolve("crawl/2024/02/x.html") + "\n"
            + dir.resolve("crawl/missing.html") + "\n", StandardCharsets.UTF_8);

        List<InputDocument> docs = new ArrayList<>();
        try (InputCollector.Inputs in = InputCollector.open(List.of("@" + list), 1000)) {
            in.forEachRemaining(docs::add);
        }

        assertThat(docs).hasSize(3);
        assertThat(docs.get(0).docId()).endsWith("crawl/2024/01/x.html").doesNotStartWith("/");
        assertThat(docs.get(1).docId()).endsWith("crawl/2024/02/x.html");
        assertThatThrownBy(() -> docs.get(2).readBytes(1000)).isInstanceOf(InputRejectedException.class)
            .hasMessageContaining("no such file");
    }

    @Test
    void aFileIsNamedByItsFileNameAndAFileNamedTwiceFailsOnceUnderItsOwnId() throws Exception {
        String file = dir.resolve("crawl/a.txt").toString();
        List<InputDocument> docs = docs(file, file);

        assertThat(docs).extracting(InputDocument::docId).containsExactly("a.txt", "a.txt~2");
        assertThat(docs.get(0).readBytes(1000)).isNotEmpty();
        assertThatThrownBy(() -> docs.get(1).readBytes(1000)).isInstanceOf(InputRejectedException.class)
            .hasMessageContaining("the same input as a.txt");
    }

    @Test
    void aMissingInputFailsAtOnce() {
        assertThatThrownBy(() -> ids(dir.resolve("nothing").toString())).isInstanceOf(IOException.class)
            .hasMessageContaining("no such file");
        assertThatThrownBy(() -> ids("@" + dir.resolve("nolist.txt"))).isInstanceOf(IOException.class);
    }

    @Test
    void warcFilesInAFolderGiveTheirRecordsInPlace() throws IOException {
        TestWarcs.write(dir.resolve("crawl/2024/archive.warc.gz"), true);

        List<String> ids = ids(dir.resolve("crawl").toString());

        assertThat(ids).containsExactly("2024/01/x.html", "2024/01/y.htm.gz", "2024/02/x.html",
            "2024/archive.warc.gz#1", "2024/archive.warc.gz#4", "2024/archive.warc.gz#5", "2024/archive.warc.gz#6",
            "2024/archive.warc.gz#7", "a.txt", "b.html");
        assertThat(InputCollector.count(List.of(dir.resolve("crawl").toString()))).isEqualTo(ids.size());
    }

    @Test
    void collectKeepsTheListFormForTheReader() throws IOException {
        assertThat(InputCollector.collect(List.of(dir.resolve("crawl")))).hasSize(5);
    }

    @Test
    void twoFoldersWithTheSameFileNamesStayApartUnderTheFolderNames() throws IOException {
        write("day1/a.html");
        write("day1/sub/b.txt");
        write("day2/a.html");
        write("x/crawl/a.html");
        write("y/crawl/a.html");

        assertThat(ids(dir.resolve("day1").toString(), dir.resolve("day2").toString())).containsExactly(
            "day1/a.html", "day1/sub/b.txt", "day2/a.html");
        // folders of the same name: as many parent names as tell them apart
        assertThat(ids(dir.resolve("x/crawl").toString(), dir.resolve("y/crawl").toString()))
            .containsExactly("x/crawl/a.html", "y/crawl/a.html");
        // one folder alone: ids relative to it, as always
        assertThat(ids(dir.resolve("day1").toString())).containsExactly("a.html", "sub/b.txt");
    }

    @Test
    void filesOfTheSameNameGivenDirectlyAreNamedWithTheirFolders() throws IOException {
        assertThat(ids(dir.resolve("crawl/2024/01/x.html").toString(), dir.resolve("crawl/2024/02/x.html").toString(),
            dir.resolve("crawl/a.txt").toString())).containsExactly("01/x.html", "02/x.html", "a.txt");
    }

    @Test
    void anotherFileUnderAnIdMetBeforeGetsItsOwnId() throws IOException {
        write("other/a.txt");
        // a folder's a.txt, then another a.txt given directly
        assertThat(ids(dir.resolve("crawl").toString(), dir.resolve("other/a.txt").toString()))
            .containsExactly("2024/01/x.html", "2024/01/y.htm.gz", "2024/02/x.html", "a.txt", "b.html", "a.txt~2");
    }

    @Test
    void aFolderThatCannotBeReadIsReportedAndTheWalkGoesOn() throws Exception {
        write("w/a/1.txt");
        write("w/b/1.txt");
        write("w/c/1.txt");
        Path b = dir.resolve("w/b");
        // As a folder without read permission is listed (root, who runs some test machines, may read any).
        InputCollector.Lister lister = folder -> {
            if (folder.equals(b)) {
                throw new java.nio.file.AccessDeniedException(folder.toString());
            }
            try (var entries = Files.list(folder)) {
                return entries.sorted().toList();
            }
        };
        List<InputDocument> docs = new ArrayList<>();
        try (InputCollector.Inputs in = InputCollector.open(List.of(dir.resolve("w").toString()), 1000, false,
            lister)) {
            in.forEachRemaining(docs::add);
        }

        assertThat(docs).extracting(InputDocument::docId).containsExactly("a/1.txt", "b/", "c/1.txt");
        assertThatThrownBy(() -> docs.get(1).readBytes(1000)).isInstanceOf(InputRejectedException.class)
            .hasMessage("cannot read the folder (permission denied): its documents are not in this run")
            .satisfies(e -> assertThat(((InputRejectedException) e).remedy())
                .isEqualTo(InputRejectedException.Remedy.ENVIRONMENT));
    }

    @Test
    void aFolderWithoutReadPermissionIsReported() throws Exception {
        write("locked/in/1.txt");
        write("locked/z.txt");
        Path locked = dir.resolve("locked/in");
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("-wx------"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "root reads any folder");
            List<InputDocument> docs = docs(dir.resolve("locked").toString());
            assertThat(docs).extracting(InputDocument::docId).containsExactly("in/", "z.txt");
            assertThatThrownBy(() -> docs.get(0).readBytes(1000)).hasMessageContaining("permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aListLineThatIsNotUtf8IsReportedAndTheOthersAreRead() throws Exception {
        Path list = dir.resolve("list.txt");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write((dir.resolve("crawl/a.txt") + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write((dir.resolve("crawl") + "/기사.txt\n").getBytes(java.nio.charset.Charset.forName("x-windows-949")));
        bytes.write((dir.resolve("crawl/b.html") + "\r\n").getBytes(StandardCharsets.UTF_8));
        Files.write(list, bytes.toByteArray());

        List<InputDocument> docs = docs("@" + list);

        assertThat(docs).hasSize(3);
        assertThat(docs.get(0).docId()).endsWith("crawl/a.txt");
        assertThat(docs.get(1).docId()).isEqualTo("list.txt:2");
        assertThatThrownBy(() -> docs.get(1).readBytes(1000)).hasMessageContaining("line 2 of")
            .hasMessageContaining("is not UTF-8");
        assertThat(docs.get(2).docId()).endsWith("crawl/b.html");
        assertThat(InputCollector.count(List.of("@" + list))).isEqualTo(3);
    }

    @Test
    void symbolicLinksAreFollowedOnlyInsideTheInputFolder() throws Exception {
        write("outside/secret.txt");
        Path root = dir.resolve("linked");
        write("linked/real/page.html");
        Files.createSymbolicLink(root.resolve("inside.html"), root.resolve("real/page.html"));
        Files.createSymbolicLink(root.resolve("secret.txt"), dir.resolve("outside/secret.txt"));
        Files.createSymbolicLink(root.resolve("elsewhere"), dir.resolve("outside"));
        Files.createSymbolicLink(root.resolve("real/loop"), root);
        Files.createSymbolicLink(root.resolve("gone.txt"), dir.resolve("nothing.txt"));

        List<InputDocument> docs = docs(root.toString());

        assertThat(docs).extracting(InputDocument::docId).containsExactly("elsewhere", "gone.txt", "inside.html",
            "real/loop", "real/page.html", "secret.txt");
        assertThat(docs.get(2).readBytes(1000)).isNotEmpty();
        assertThatThrownBy(() -> docs.get(0).readBytes(1000)).hasMessageContaining("outside the input folder");
        assertThatThrownBy(() -> docs.get(1).readBytes(1000)).hasMessageContaining("broken symbolic link");
        assertThatThrownBy(() -> docs.get(3).readBytes(1000)).hasMessageContaining("a loop");
        assertThatThrownBy(() -> docs.get(5).readBytes(1000)).hasMessageContaining("--follow-links");

        List<String> followed = new ArrayList<>();
        try (InputCollector.Inputs in = InputCollector.open(List.of(root.toString()), 1000, true)) {
            in.forEachRemaining(d -> followed.add(d.docId()));
        }
        assertThat(followed).containsExactly("elsewhere/secret.txt", "gone.txt", "inside.html", "real/loop",
            "real/page.html", "secret.txt");
    }

    @Test
    void aPipeWithAPageNameIsReportedNotRead() throws Exception {
        Path fifo = dir.resolve("crawl/pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo");
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");

        List<InputDocument> docs = docs(dir.resolve("crawl").toString());

        InputDocument pipe = docs.stream().filter(d -> d.docId().equals("pipe.txt")).findFirst().orElseThrow();
        assertThatThrownBy(() -> pipe.readBytes(1000)).hasMessageContaining("not a regular file");
    }
}
