package io.github.hanex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hanex extract}: the article text, or with {@code --body-only} the main text; the JSON keeps every kind. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private static final String PARA = "The council said on Monday that the street plan would be reviewed again next "
        + "year, after residents, shop owners and cyclists asked for changes to the plan.";

    private Path page() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.html"), "<html><body><h1>Street plan reviewed</h1><div class=\"story\">"
            + "<p>" + PARA + "</p><figure><img src=\"x.jpg\"><figcaption>Cyclists on the new lane.</figcaption>"
            + "</figure><h2>What comes next</h2><p>" + PARA.replace("street", "bus") + "</p></div></body></html>");
        return in;
    }

    @Test
    void bodyOnlyWritesTheMainTextAndTheJsonEveryParagraphWithItsKind() throws Exception {
        Path in = page();
        Path out = dir.resolve("out");
        assertThat(Hanex.run("extract", in.toString(), "-o", out.toString(), "--body-only")).isEqualTo(Hanex.OK);
        assertThat(Files.readString(out.resolve("a.html.txt"), StandardCharsets.UTF_8))
            .isEqualTo(PARA + "\nWhat comes next\n" + PARA.replace("street", "bus"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("a.html.json").toFile());
        assertThat(json.path("txt").asText()).isEqualTo("main_text");
        assertThat(json.path("paragraphs").findValuesAsText("kind"))
            .containsExactly("title", "body", "caption", "subtitle", "body");
        assertThat(json.path("paragraphs").findValues("main_text")).extracting(JsonNode::asBoolean)
            .containsExactly(false, true, false, true, true);
    }

    @Test
    void withoutItTheWholeArticleText() throws Exception {
        Path in = page();
        Path out = dir.resolve("all");
        assertThat(Hanex.run("extract", in.toString(), "-o", out.toString())).isEqualTo(Hanex.OK);
        assertThat(Files.readString(out.resolve("a.html.txt"), StandardCharsets.UTF_8))
            .startsWith("Street plan reviewed\n" + PARA + "\nCyclists on the new lane.\n");
        assertThat(new ObjectMapper().readTree(out.resolve("a.html.json").toFile()).has("txt")).isFalse();
    }
}
