package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hanex.io.input.TextDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shared main-text test set ({@code ../shared/data/web-extraction} beside the repository): minimum rates of
 * expected snippets found and unwanted snippets kept out. Skipped where the shared data is not present.
 */
class WebExtractionSetTest {

    private static final Path DATA = Path.of("..", "..", "shared", "data", "web-extraction");

    @Test
    void snippetRatesStayAboveTheirFloor() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve("expectations.json")), "no shared data");
        JsonNode expectations = new ObjectMapper().readTree(DATA.resolve("expectations.json").toFile());
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        int with = 0;
        int withFound = 0;
        int without = 0;
        int withoutAbsent = 0;
        for (JsonNode page : expectations) {
            Path file = DATA.resolve("html").resolve(page.path("file").asText());
            String text = Spans.fold(extractor.extract(TextDecoder.decode(Files.readAllBytes(file), true).text())
                .article().text());
            for (JsonNode s : page.path("with")) {
                with++;
                withFound += text.contains(Spans.fold(s.asText())) ? 1 : 0;
            }
            for (JsonNode s : page.path("without")) {
                without++;
                withoutAbsent += text.contains(Spans.fold(s.asText())) ? 0 : 1;
            }
        }
        assertThat((double) withFound / with).as("share of 'with' snippets found").isGreaterThanOrEqualTo(0.91);
        assertThat((double) withoutAbsent / without).as("share of 'without' snippets kept out")
            .isGreaterThanOrEqualTo(0.93);
    }
}
