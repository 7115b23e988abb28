package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.boilerplate.eval.ShingleScore;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * English news pages in different CMS styles (WordPress theme, a React site with hashed class names, a regional
 * paper with a long author bio beside a short story, an old table layout with a league table and comments):
 * the extracted text scores a word 4-gram shingle F1 of at least 0.95 against the expected article text (title,
 * standfirst, captions and paragraphs, one a line).
 */
class EnglishNewsFixturesTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"wordpress", "react", "short-with-bio", "sports-table"})
    void articleTextMatchesTheExpectedBody(String page) throws IOException {
        String html = HtmlArticleExtractorTest.resource("english/" + page + ".html");
        String expected = HtmlArticleExtractorTest.resource("english/" + page + ".txt").strip();
        String text = extractor.extract(html).article().text();

        assertThat(ShingleScore.page(text, expected).f1()).as("shingle F1 of %s:%n%s", page, text)
            .isGreaterThanOrEqualTo(0.95);
        assertThat(text.lines().findFirst()).as("title line first").contains(expected.lines().findFirst().get());
    }
}
