package io.github.hanex.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.cas.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcInputsTest {

    @TempDir
    Path dir;

    private List<InputDocument> read(Path warc) {
        List<InputDocument> docs = new ArrayList<>();
        try (WarcInputs in = new WarcInputs(warc, "crawl/" + warc.getFileName(), 1 << 20, true)) {
            in.forEachRemaining(docs::add);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return docs;
    }

    @Test
    void htmlAndTextResponsesAreDocumentsNamedByRecordPosition() throws Exception {
        Path warc = dir.resolve("a.warc.gz");
        TestWarcs.write(warc, true);

        List<InputDocument> docs = read(warc);

        assertThat(docs).extracting(InputDocument::docId).containsExactly("crawl/a.warc.gz#1", "crawl/a.warc.gz#4",
            "crawl/a.warc.gz#5", "crawl/a.warc.gz#6", "crawl/a.warc.gz#7");
        assertThat(docs).extracting(InputDocument::sourceUri).containsExactly("http://news.example/a",
            "http://news.example/b.txt", "http://news.example/c", "http://news.example/d", "http://news.example/e");
        assertThat(docs).extracting(InputDocument::format).containsExactly(InputFormat.HTML, InputFormat.TEXT,
            InputFormat.HTML, InputFormat.HTML, InputFormat.HTML);
        assertThat(docs.get(0).declaredCharset()).isEqualToIgnoringCase("euc-kr");
        assertThat(new String(docs.get(1).readBytes(1000), StandardCharsets.UTF_8)).isEqualTo(TestWarcs.PLAIN_TEXT);
        // Content-Encoding: gzip is undone
        assertThat(new String(docs.get(3).readBytes(1000), StandardCharsets.UTF_8)).contains("압축된 응답");
    }

    @Test
    void uncompressedWarcGivesTheSameDocuments() throws Exception {
        Path warc = dir.resolve("a.warc");
        TestWarcs.write(warc, false);

        assertThat(read(warc)).hasSize(5);
    }

    @Test
    void theHttpHeaderCharsetIsHonoured() throws Exception {
        Path warc = dir.resolve("a.warc.gz");
        TestWarcs.write(warc, true);
        List<InputDocument> docs = read(warc);

        TextDecoder.Decoded korean = DocumentLoader.decode(docs.get(0), docs.get(0).readBytes(1 << 20));
        TextDecoder.Decoded latin = DocumentLoader.decode(docs.get(4), docs.get(4).readBytes(1 << 20));

        assertThat(korean.text()).isEqualTo(TestWarcs.KOREAN_PAGE);
        assertThat(korean.how()).contains("HTTP header");
        // UTF-8 bytes declared ISO-8859-1 (a common server default, which decodes any bytes) are read as UTF-8
        assertThat(latin.charset()).isEqualTo("UTF-8");
        assertThat(latin.text()).isEqualTo("<p>café</p>");
        assertThat(latin.how()).isEqualTo("valid UTF-8 (the HTTP header's ISO-8859-1 does not fit)");
    }

    @Test
    void aTruncatedWarcEndsWithAnUnreadableDocument() throws Exception {
        Path whole = dir.resolve("whole.warc.gz");
        TestWarcs.write(whole, true);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));

        List<InputDocument> docs = read(cut);

        InputDocument last = docs.get(docs.size() - 1);
        assertThat(docs.size()).isBetween(2, 5);
        assertThatThrownBy(() -> last.readBytes(1000)).isInstanceOf(InputRejectedException.class)
            .hasMessageContaining("corrupt WARC file");
    }

    @Test
    void aPayloadOverTheLimitIsRejectedWhenRead() throws Exception {
        Path warc = dir.resolve("a.warc.gz");
        TestWarcs.write(warc, true);
        List<InputDocument> docs = new ArrayList<>();
        try (WarcInputs in = new WarcInputs(warc, "a", 20, true)) {
            in.forEachRemaining(docs::add);
        }

        assertThatThrownBy(() -> docs.get(0).readBytes(20)).isInstanceOf(InputRejectedException.class)
            .hasMessageContaining("too large");
    }
}
