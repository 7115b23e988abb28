package io.github.hanex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.TextDecoder;
import io.github.hanex.io.output.CsvTables;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The bundled gold corpus stays consistent with its documents as hanex decodes them: every gold span, read at
 * its source offsets from the decoded file (EUC-KR pages with and without a declared charset included), is the
 * gold text. This is what lets gold offsets be compared with source_begin/source_end.
 */
class CorpusGoldTest {
    private static final Path CORPUS = Path.of("..", "corpus");

    @Test
    void everyGoldSpanIsTheTextAtItsSourceOffsets() throws Exception {
        List<CSVRecord> gold = read(CORPUS.resolve("gold/annotations.csv"));
        assertThat(gold).hasSizeGreaterThan(500);
        Map<String, String> decoded = new HashMap<>();
        for (CSVRecord row : gold) {
            String docId = row.get("doc_id");
            String text = decoded.computeIfAbsent(docId, CorpusGoldTest::decode);
            int begin = Integer.parseInt(row.get("source_begin"));
            int end = Integer.parseInt(row.get("source_end"));
            assertThat(text.substring(begin, end)).as("%s %s at %d", docId, row.get("type"), begin)
                .isEqualTo(row.get("text"));
        }
        assertThat(decoded.keySet()).anyMatch(id -> id.startsWith("html/")).anyMatch(id -> id.startsWith("text/"));
    }

    private static String decode(String docId) {
        try {
            byte[] bytes = Files.readAllBytes(CORPUS.resolve(docId));
            return TextDecoder.decode(bytes, InputFormat.of(docId) == InputFormat.HTML).text();
        } catch (Exception e) {
            throw new AssertionError(docId + ": " + e, e);
        }
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CsvTables.readFormat().parse(reader).getRecords();
        }
    }
}
