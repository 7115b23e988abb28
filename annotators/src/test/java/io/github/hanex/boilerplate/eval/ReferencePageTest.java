package io.github.hanex.boilerplate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencePageTest {

    @TempDir
    Path dir;

    @Test
    void pagesWithBodyFilesBesideThem() throws IOException {
        Files.writeString(dir.resolve("a.html"), "<p>A</p>");
        Files.writeString(dir.resolve("a.body.txt"), "body of a");
        Files.writeString(dir.resolve("b.htm"), "<p>B</p>");
        Files.writeString(dir.resolve("b.body.txt"), "body of b");
        Files.writeString(dir.resolve("c.html"), "<p>no reference</p>");
        List<ReferencePage> pages = ReferencePage.readAll(dir);
        assertThat(pages).extracting(ReferencePage::name).containsExactly("a", "b");
        assertThat(new String(pages.get(1).html(), StandardCharsets.UTF_8)).isEqualTo("<p>B</p>");
        assertThat(pages.get(1).body()).isEqualTo("body of b");
    }

    @Test
    void theBenchmarkLayoutWithGzippedPages() throws IOException {
        Files.writeString(dir.resolve("ground-truth.json"),
            "{\"k2\": {\"url\": \"u\", \"articleBody\": \"second\"}, \"k1\": {\"articleBody\": \"first\"}}");
        Files.createDirectories(dir.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/k1.html.gz")))) {
            out.write("<p>one</p>".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("html/k2.html"), "<p>two</p>");
        List<ReferencePage> pages = ReferencePage.readAll(dir);
        assertThat(pages).extracting(ReferencePage::name).containsExactly("k1", "k2");
        assertThat(new String(pages.get(0).html(), StandardCharsets.UTF_8)).isEqualTo("<p>one</p>");
        assertThat(pages.get(0).body()).isEqualTo("first");
    }

    @Test
    void pagesWithExpectations() throws IOException {
        Files.writeString(dir.resolve("e.html"), "<p>E</p>");
        Files.writeString(dir.resolve("e.expect.json"), "{\"title\": \"T\", \"body\": [\"one\", \"two\"], "
            + "\"captions\": [\"c\"], \"with\": [\"one\"], \"without\": [\"menu\"], \"once\": [\"c\"]}");
        ReferencePage page = ReferencePage.readAll(dir).get(0);
        assertThat(page.body()).isEqualTo("one\ntwo");
        assertThat(page.expect().title()).isEqualTo("T");
        assertThat(page.expect().captions()).containsExactly("c");
        assertThat(page.expect().subtitles()).isEmpty();
        assertThat(page.expect().without()).containsExactly("menu");
    }
}
