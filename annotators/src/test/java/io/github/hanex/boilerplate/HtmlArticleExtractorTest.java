package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hanex.text.ArticleText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    static String resource(String name) throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/boilerplate/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> lines(ArticleText article) {
        return List.of(article.text().split("\n"));
    }

    @Test
    void koreanPageKeepsTitleSubtitleBodyAndCaptionInReadingOrder() throws IOException {
        String html = resource("korean-news.html");
        ExtractedArticle result = extractor.extract(html);
        ArticleText article = result.article();

        assertThat(article.paragraphs()).extracting(ArticleText.Paragraph::kind)
            .containsExactly("title", "subtitle", "body", "body", "caption", "body", "body");
        assertThat(lines(article)).containsExactly(
            "시청 앞 광장, 주말마다 \"차 없는 거리\"로",
            "토·일 오전 10시부터 오후 8시까지 차량 통제",
            "서울시가 이달부터 시청 앞 세종대로 일대를 주말마다 ‘차 없는 거리’로 운영한다고 2일 밝혔다.",
            "시는 토요일과 일요일 오전 10시부터 오후 8시까지 차량 통행을 막고, 보행자와 자전거만 다닐 수 있게 할 계획이다. "
                + "시 관계자는 \"시민 의견을 들어 운영 시간을 조정하겠다\"고 말했다.",
            "지난 1일 서울 세종대로에서 시민들이 걷고 있다. 한빛일보 자료사진",
            "인근 상인들은 매출 감소를 우려하고 있다. 상인회는 <주말 영업>에 미칠 영향을 조사해 시에 전달하기로 했다.",
            "교통 & 물류 업계도 우회 경로 안내가 충분해야 한다는 입장이다.");
        assertThat(article.text()).doesNotContain("로그인", "정치", "페이스북", "글자 크기", "관련기사", "많이 본 뉴스",
            "댓글", "seoyeon@", "무단전재", "Copyright", "이용약관", "입력 2025");
        Spans.assertExact(html, article, true);
    }

    @Test
    void koreanPageMetadata() throws IOException {
        PageMetadata meta = extractor.extract(resource("korean-news.html")).metadata();
        assertThat(meta.title()).isEqualTo("시청 앞 광장, 주말마다 \"차 없는 거리\"로");
        assertThat(meta.publisher()).isEqualTo("한빛일보");
        assertThat(meta.published()).isEqualTo("2025-03-02T10:21:00+09:00");
        assertThat(meta.author()).isEqualTo("이서연");
        assertThat(meta.canonicalUrl()).isEqualTo("https://news.hanbit.example/article/123");
    }

    @Test
    void englishPageDropsChromeAndKeepsStructure() throws IOException {
        String html = resource("english-news.html");
        ExtractedArticle result = extractor.extract(html);
        ArticleText article = result.article();

        assertThat(article.paragraphs()).extracting(p -> p.kind(), p -> article.text().substring(p.begin(),
            Math.min(p.end(), p.begin() + 20))).containsExactly(
                tuple("title", "City council approve"),
                tuple("subtitle", "The $12 million proj"),
                tuple("caption", "An artist's renderin"),
                tuple("body", "The city council vot"),
                tuple("body", "Supporters said the "),
                tuple("subtitle", "Costs and timeline"),
                tuple("body", "The project is expec"),
                tuple("body", "Opponents, including"));
        assertThat(article.text()).contains("the east side & nearby neighborhoods",
            "\"This is a generational investment,\" said");
        assertThat(article.text()).doesNotContain("Home", "newsletter", "By Jane Porter", "Share on",
            "Advertisement", "Related", "Rail yard cleanup", "Comments", "Finally!", "All rights reserved",
            "November 19");
        Spans.assertExact(html, article, true);

        PageMetadata meta = result.metadata();
        assertThat(meta.title()).isEqualTo("City council approves riverside park plan");
        assertThat(meta.author()).isEqualTo("Jane Porter");
        assertThat(meta.publisher()).isEqualTo("The Harbor Times");
        assertThat(meta.published()).startsWith("2024-11-19");
    }

    @Test
    void brSeparatedTextInOneDivGivesOneParagraphPerLine() {
        String body = "가나다라 마바사 아자차카 타파하 가나다라 마바사 아자차카 타파하 문장이 이어진다.";
        String html = "<html><body><div class=\"news_body\">" + body + "<br>" + body + "<br/><br/>\n  " + body
            + "</div><div class=\"footer\"><a href=\"/\">홈</a></div></body></html>";
        ArticleText article = extractor.extract(html).article();
        assertThat(lines(article)).containsExactly(body, body, body);
        Spans.assertExact(html, article, true);
    }

    @Test
    void whiteSpaceIsFoldedAndEntitiesMapToTheirSource() {
        String html = "<html><body><article><h1>A&amp;B\n   title</h1><p>One&nbsp;&nbsp;two\t\tthree "
            + "<a href=\"#\">four</a> <i>five</i>&#x2014;six &quot;seven&quot; and a long enough tail of words "
            + "here.</p>"
            + "</article></body></html>";
        ArticleText article = extractor.extract(html).article();
        assertThat(lines(article)).containsExactly("A&B title",
            "One two three four five\u2014six \"seven\" and a long enough tail of words here.");
        Spans.assertExact(html, article, true);
        int amp = article.text().indexOf('&');
        var span = article.sourceMap().toSource(amp, amp + 1);
        assertThat(html.substring(span.begin(), span.end())).isEqualTo("&amp;");
        int two = article.text().indexOf("two");
        span = article.sourceMap().toSource(two, two + 3);
        assertThat(html.substring(span.begin(), span.end())).isEqualTo("two");
    }

    @Test
    void dropCapJoinsItsParagraph() {
        String html = "<html><body><h1>Heading</h1><div class=\"story\"><span class=\"cap\">T</span><p>urkey and "
            + "Poland were removed from the list of travel corridors on Thursday, officials said.</p><p>Travellers "
            + "arriving from those places must now self-isolate for fourteen days, the minister said.</p></div>"
            + "</body></html>";
        ArticleText article = extractor.extract(html).article();
        assertThat(lines(article)).contains("Turkey and Poland were removed from the list of travel corridors on "
            + "Thursday, officials said.");
        assertThat(article.paragraphs()).extracting(ArticleText.Paragraph::kind)
            .containsExactly("title", "body", "body");
        Spans.assertExact(html, article, true);
    }

    private static String para(String topic) {
        return "The council said on Monday that the " + topic + " would be reviewed again next year, after residents, "
            + "shop owners and cyclists asked for changes to the plan.";
    }

    @Test
    void anArticleSplitAroundAnAdKeepsEveryPart() {
        String html = "<html><body><h1>Street plan reviewed</h1><section><div class=\"col\"><div class=\"story-text\">"
            + "<p>" + para("street plan") + "</p><p>" + para("bus lane") + "</p></div></div></section>"
            + "<section><div class=\"ad\">Advertisement</div></section>"
            + "<section><div class=\"wrap\"><div class=\"col\"><div class=\"story-text\"><p>" + para("parking rule")
            + "</p></div></div></div></section>"
            + "<aside class=\"related\"><a href=\"/x\">Other news about a completely different topic today</a></aside>"
            + "</body></html>";
        ArticleText article = extractor.extract(html).article();
        assertThat(article.text()).contains(para("street plan"), para("bus lane"), para("parking rule"))
            .doesNotContain("Advertisement", "Other news");
        Spans.assertExact(html, article, true);
    }

    @Test
    void theDeclaredArticleBodyDecidesBetweenBoxesAndEndsTheBody() {
        String bio = "Jane Doe has written about cities, transport, housing and planning for twenty years, and "
            + "her books, essays and columns have won prizes, awards and a great many readers, friends and critics.";
        StringBuilder declared = new StringBuilder();
        StringBuilder paragraphs = new StringBuilder();
        for (String topic : List.of("street plan", "bus lane", "parking rule", "speed limit", "tram stop")) {
            declared.append(para(topic)).append(' ');
            paragraphs.append("<p>").append(para(topic)).append("</p>");
        }
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Street plan reviewed\",\"articleBody\":\"" + declared + "\"}</script></head><body>"
            + "<h1>Street plan reviewed</h1><div class=\"a\">" + paragraphs + "</div>"
            + "<div class=\"b\"><p>" + bio + "</p><p>" + bio + "</p><p>" + bio + "</p></div></body></html>";
        ArticleText article = extractor.extract(html).article();
        assertThat(article.text()).contains(para("street plan"), para("speed limit")).doesNotContain("Jane Doe");
        Spans.assertExact(html, article, true);
    }

    @Test
    void theBlockRepeatingTheDescriptionIsTheDeck() {
        String html = "<html><head><meta name=\"description\" content=\"Residents asked for changes, and got them.\">"
            + "</head><body><header><h1>Street plan reviewed</h1><p class=\"x\">Residents asked for changes, and got "
            + "them.</p></header><div class=\"story\"><p>" + para("street plan") + "</p><p>" + para("bus lane")
            + "</p></div></body></html>";
        ArticleText article = extractor.extract(html).article();
        assertThat(article.paragraphs()).extracting(ArticleText.Paragraph::kind)
            .containsExactly("title", "subtitle", "body", "body");
        Spans.assertExact(html, article, true);
    }

    @Test
    void promptsLinksButtonRowsAndCreditsInsideTheBodyGo() {
        String html = "<html><body><h1>Street plan reviewed</h1><div class=\"story\"><p>" + para("street plan")
            + "</p><p>Read more: Bus lanes are coming to the city centre</p><p>Share Tweet Email</p>"
            + "<figure><img src=\"a.jpg\"><figcaption>Cyclists on the new lane.</figcaption></figure>"
            + "<p>Photo: John Smith/Getty Images</p><p>" + para("bus lane") + "</p>"
            + "<p>Sign up for our newsletter to get the latest city news in your inbox every morning.</p>"
            + "</div></body></html>";
        ArticleText article = extractor.extract(html).article();
        assertThat(lines(article)).containsExactly("Street plan reviewed", para("street plan"),
            "Cyclists on the new lane.", para("bus lane"));
        Spans.assertExact(html, article, true);
    }

    @Test
    void titleFallsBackToTheTitleElementWithoutSiteName() {
        String para = "This page has no heading at all, but its text is long enough to be an article body, "
            + "with commas, clauses, and a full stop.";
        String html = "<html><head><title>Quiet streets at night | Example News</title></head><body><div><p>" + para
            + "</p><p>" + para + "</p></div></body></html>";
        ExtractedArticle result = extractor.extract(html);
        assertThat(result.article().paragraphs().get(0).kind()).isEqualTo("title");
        assertThat(lines(result.article()).get(0)).isEqualTo("Quiet streets at night");
        Spans.assertExact(html, result.article(), true);
    }

    @Test
    void badInputDoesNotCrash() {
        assertThat(extractor.extract("").article().text()).isEmpty();
        assertThat(extractor.extract("<<<>>> &&& <p").article()).isNotNull();
        String deep = "<div>".repeat(3000) + "deep text" + "</div>".repeat(3000);
        assertThat(extractor.extract(deep).article()).isNotNull();
    }
}
