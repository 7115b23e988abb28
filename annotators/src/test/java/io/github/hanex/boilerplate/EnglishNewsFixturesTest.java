package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.junit.jupiter.api.Test;
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

        assertThat(ShingleF1.f1(text, expected)).as("shingle F1 of %s:%n%s", page, text).isGreaterThanOrEqualTo(0.95);
        assertThat(text.lines().findFirst()).as("title line first").contains(expected.lines().findFirst().get());
    }

    @Test
    void shingleF1CountsSharedWordFourGrams() {
        assertThat(ShingleF1.f1("The cat sat on the mat.", "the cat sat on the mat")).isEqualTo(1.0);
        // 3 shingles each, 2 shared: precision = recall = 2/3.
        assertThat(ShingleF1.f1("a b c d e x", "a b c d e f")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(ShingleF1.f1("", "a b c d")).isZero();
        assertThat(ShingleF1.f1("one two", "one two")).isEqualTo(1.0);
    }
}
