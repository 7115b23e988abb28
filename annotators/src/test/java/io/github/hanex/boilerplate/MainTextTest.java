package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.text.ArticleText;
import org.junit.jupiter.api.Test;

class MainTextTest {

    private static ArticleText article(String... kindsAndTexts) {
        ArticleText.Builder b = ArticleText.builder();
        for (int i = 0; i < kindsAndTexts.length; i += 2) {
            b.startParagraph(kindsAndTexts[i], "r").appendInserted(kindsAndTexts[i + 1]).endParagraph();
        }
        return b.build();
    }

    @Test
    void bodyAndTheSubheadingsBetweenItsParagraphs() {
        ArticleText a = article("title", "T", "subtitle", "Deck", "caption", "Lead photo", "body", "One.",
            "subtitle", "Section", "caption", "Photo", "body", "Two.", "subtitle", "More news");
        assertThat(MainText.of(a)).isEqualTo("One.\nSection\nTwo.");
        assertThat(MainText.paragraphs(a)).extracting(ArticleText.Paragraph::kind)
            .containsExactly("body", "subtitle", "body");
    }

    @Test
    void noBodyNoMainText() {
        assertThat(MainText.of(article("title", "T", "subtitle", "S"))).isEmpty();
    }
}
