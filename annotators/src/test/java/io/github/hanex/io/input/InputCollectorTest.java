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
    void aFileIsNamedByItsFileNameAndKeptOnce() throws IOException {
        String file = dir.resolve("crawl/a.txt").toString();
        assertThat(ids(file, file)).containsExactly("a.txt");
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
}
