package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.boilerplate.eval.LabelledPage;
import io.github.hanex.boilerplate.eval.LineScore;
import io.github.hanex.text.ArticleText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scraped pages with the failure kinds issue #16 lists (written for these tests, Korean and English, names made up),
 * in {@code kinds/scraped/NAME.labels.tsv}: every line labelled KEEP (title, subtitles, body, captions) or DROP.
 */
class ScrapedFailureKindsTest {

    private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();

    static Stream<LabelledPage> pages() throws IOException, URISyntaxException {
        return LabelledPage.readAll(Path.of(ScrapedFailureKindsTest.class
            .getResource("/io/github/hanex/boilerplate/kinds/scraped").toURI())).stream();
    }

    private static LabelledPage page(String name) throws IOException, URISyntaxException {
        return pages().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private String kindOf(LabelledPage page, String lineStart) {
        ArticleText a = extractor.extract(page.text()).article();
        for (ArticleText.Paragraph p : a.paragraphs()) {
            if (a.text().substring(p.begin(), p.end()).startsWith(lineStart)) {
                return p.kind();
            }
        }
        return null;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyLineIsKeptOrDroppedAsLabelledAndTheTitleComesFirst(LabelledPage page) {
        ArticleText article = extractor.extract(page.text()).article();
        LineScore score = new LineScore();
        List<String> wrong = score.add(page, article);
        assertThat(wrong).as(page.name()).isEmpty();
        String firstKept = page.lines().stream().filter(LabelledPage.Line::keep).findFirst().orElseThrow().text();
        assertThat(article.paragraphs().get(0).kind()).isEqualTo("title");
        assertThat(article.text()).startsWith(firstKept);
        Spans.assertExact(page.text(), article, false);
    }

    @Test
    void aCaptionWithItsCreditInBracketsIsACaptionNotTheTitle() throws Exception {
        LabelledPage page = page("entertainment");
        assertThat(kindOf(page, "배우 한지우가 지난 7일")).isEqualTo("caption");
        assertThat(kindOf(page, "배우 한지우, 10년 만에")).isEqualTo("title");
        assertThat(kindOf(page, "내달 첫 방송")).isEqualTo("subtitle");
    }

    @Test
    void aShortHeadlineWithoutParticlesIsTheTitleAndSectionRowsAreNot() throws Exception {
        LabelledPage page = page("broadcast");
        assertThat(kindOf(page, "정부 내년 연구개발 예산")).isEqualTo("title");
        assertThat(kindOf(page, "뉴스 홈")).isNull();
    }

    @Test
    void dateLedListLinesAreBody() throws Exception {
        LabelledPage page = page("schedule");
        assertThat(kindOf(page, "2024.12.01 폐막")).isEqualTo("body");
        assertThat(kindOf(page, "기사입력")).isNull();
    }
}
