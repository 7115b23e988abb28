package io.github.hanex.boilerplate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.text.ArticleText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationScoreTest {

    private static ArticleText article(String... kindsAndTexts) {
        ArticleText.Builder b = ArticleText.builder();
        for (int i = 0; i < kindsAndTexts.length; i += 2) {
            b.startParagraph(kindsAndTexts[i], "r").appendInserted(kindsAndTexts[i + 1]).endParagraph();
        }
        return b.build();
    }

    @Test
    void titlesSnippetsAndCaptions() {
        ExpectationScore score = new ExpectationScore();
        ArticleText a = article("title", "Street  plan", "caption", "Cyclists on the lane.", "body", "One two.",
            "caption", "Cyclists on the lane.", "caption", "A menu photo");
        List<String> wrong = score.add("p", a, new ReferencePage.Expectations("Street plan",
            List.of("Cyclists on the lane. Photo: J. Doe", "Missing caption"), List.of(), List.of("One two", "Three"),
            List.of("menu photo"), List.of("Cyclists")));
        assertThat(score.titleAccuracy()).isEqualTo(1.0);
        assertThat(score.withFound()).isEqualTo(0.5);
        assertThat(score.withoutAbsent()).isZero();
        assertThat(score.onceRight()).isZero();
        // "Cyclists on the lane." is 21 of the 35 characters of the expected caption: found.
        assertThat(score.captionRecall()).isEqualTo(0.5);
        assertThat(score.captionPrecision()).isEqualTo(2.0 / 3);
        assertThat(wrong).contains("MISSING  Three", "KEPT     menu photo", "TWICE    Cyclists",
            "CAPTION- Missing caption", "CAPTION+ A menu photo");
    }
}
