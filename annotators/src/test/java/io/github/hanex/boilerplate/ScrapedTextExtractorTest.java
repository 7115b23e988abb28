package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.text.ArticleText;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapedTextExtractorTest {

    private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();

    @Test
    void keepsTitleSubtitlesBodyAndCaptionDropsPageChrome() throws IOException {
        String page = HtmlArticleExtractorTest.resource("scraped-news.txt");
        ExtractedArticle result = extractor.extract(page);
        ArticleText article = result.article();
        List<String> lines = List.of(article.text().split("\n"));

        assertThat(article.paragraphs()).extracting(ArticleText.Paragraph::kind).containsExactly(
            "title", "subtitle", "subtitle", "body", "body", "caption", "body", "body");
        assertThat(lines.get(0)).isEqualTo("[단독] 정부, 내년 연구개발 예산 20% 증액 추진…재정 건전성 우려도");
        assertThat(lines.get(1)).isEqualTo("과기부, 기초연구 중심으로 배분 계획");
        assertThat(lines.get(5)).endsWith("/한빛일보");
        assertThat(article.text()).doesNotContain("로그인", "전체메뉴", "댓글 달기", "URL이 복사됐습니다", "글자 크기 조절",
            "입력 2025", "minjun@", "무단전재", "많이 본 뉴스", "10521", "프로야구", "코스피", "이용약관", "All rights");
        Spans.assertExact(page, article, false);

        PageMetadata meta = result.metadata();
        assertThat(meta.title()).isEqualTo(lines.get(0));
        assertThat(meta.published()).isEqualTo("2025-03-02T10:21");
        assertThat(meta.author()).isEqualTo("김민준");
        assertThat(meta.publisher()).isEqualTo("한빛일보");
    }

    @Test
    void foldsWhiteSpaceInsideALineKeepingTheMapExact() {
        String page = "메뉴\n홈\n\n  시민들이   광장에서\t걷고 있다. 주말마다 차 없는 거리로 운영되는 첫날이었다.  \r\n"
            + "두 번째 문단도 충분히 길게 써서 본문으로 보이도록 한다. 문장이 끝난다.\r\n";
        ArticleText article = extractor.extract(page).article();
        assertThat(article.text()).isEqualTo("시민들이 광장에서 걷고 있다. 주말마다 차 없는 거리로 운영되는 첫날이었다.\n"
            + "두 번째 문단도 충분히 길게 써서 본문으로 보이도록 한다. 문장이 끝난다.");
        Spans.assertExact(page, article, false);
    }

    @Test
    void emptyAndChromeOnlyPagesGiveNoArticle() {
        assertThat(extractor.extract("").article().text()).isEmpty();
        assertThat(extractor.extract("홈\n로그인\n회원가입\n").article().text()).isEmpty();
    }
}
