package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.boilerplate.eval.ReferencePage;
import io.github.hanex.boilerplate.eval.ShingleScore;
import io.github.hanex.text.ArticleText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One page for each kind of failure issue #16 lists (written for these tests, English and Korean, names made up),
 * in {@code kinds/html/}: {@code NAME.html} with its reference main text {@code NAME.body.txt}.
 */
class HtmlFailureKindsTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    static Path dir() throws URISyntaxException {
        return Path.of(HtmlFailureKindsTest.class.getResource("/io/github/hanex/boilerplate/kinds/html").toURI());
    }

    static Stream<ReferencePage> pages() throws IOException, URISyntaxException {
        return ReferencePage.readAll(dir()).stream();
    }

    private ArticleText extract(String name) throws IOException, URISyntaxException {
        return extractor.extract(html(name)).article();
    }

    private static String html(String name) throws IOException, URISyntaxException {
        return java.nio.file.Files.readString(dir().resolve(name + ".html"), StandardCharsets.UTF_8);
    }

    private static List<String> kinds(ArticleText a) {
        return a.paragraphs().stream().map(ArticleText.Paragraph::kind).toList();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void theMainTextIsTheReferenceBodyAndTheTitleComesFirst(ReferencePage page) {
        String html = new String(page.html(), StandardCharsets.UTF_8);
        ArticleText article = extractor.extract(html).article();
        assertThat(ShingleScore.page(MainText.of(article), page.body()).f1()).as("%s:%n%s", page.name(),
            article.text()).isGreaterThanOrEqualTo(0.99);
        assertThat(article.paragraphs().get(0).kind()).isEqualTo("title");
        Spans.assertExact(html, article, true);
    }

    @Test
    void aBodyInABoxThatLooksLikeChromeIsRescuedByTheDeclaredBody() throws Exception {
        ArticleText a = extract("subscriber-body");
        assertThat(kinds(a)).containsExactly("title", "subtitle", "caption", "body", "body", "body", "body", "body",
            "body", "body");
        assertThat(a.text()).doesNotContain("farmkid88", "My grandfather");
    }

    @Test
    void aHiddenBodyIsRescuedWithItsSourceOffsets() throws Exception {
        String html = html("ko-hidden-body");
        ArticleText a = extractor.extract(html).article();
        assertThat(kinds(a)).containsExactly("title", "subtitle", "caption", "body", "body", "body", "body", "body");
        String words = "이 조선소 생산팀장은";
        int at = a.text().indexOf(words);
        var span = a.sourceMap().toSource(at, at + words.length());
        assertThat(html.substring(span.begin(), span.end())).isEqualTo(words);
        assertThat(span.begin()).isGreaterThan(html.indexOf("article_txt"));
    }

    @Test
    void aDeclaredBodyThatIsNotOnThePageRescuesNothing() {
        String story = "The council said on Monday that the street plan would be reviewed again next year, after "
            + "residents, shop owners and cyclists asked for changes to the plan.";
        String secret = "Only subscribers can read how the vote went, which councillors changed their minds and what "
            + "the plan will cost each household over the next ten years, with a table of every street affected. ";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
            + "\"Street plan reviewed\",\"articleBody\":\"" + story + " " + secret.repeat(3) + "\"}</script></head>"
            + "<body><h1>Street plan reviewed</h1><div class=\"story\"><p>" + story + "</p>"
            + "<p>Subscribe to read the rest of this story.</p></div></body></html>";
        ArticleText a = extractor.extract(html).article();
        assertThat(a.text()).contains(story).doesNotContain("Only subscribers");
    }

    @Test
    void teasersAfterARelatedPostsHeadingGoButTheStoryAfterAnAdLabelStays() throws Exception {
        assertThat(extract("related-teasers").text()).doesNotContain("orchard swap", "Every autumn", "29 August");
        assertThat(extract("ko-teasers-gallery").text()).doesNotContain("함께 보면", "농촌 유학", "마을택시");
        String para = "The council said on Monday that the street plan would be reviewed again next year, after "
            + "residents, shop owners and cyclists asked for changes to the plan.";
        String html = "<html><body><h1>Street plan reviewed</h1><div class=\"story\"><p>" + para + "</p>"
            + "<p>Advertisement</p><p>" + para.replace("street", "bus") + "</p><h3>Related</h3><ul><li><a href=\"/a\">"
            + "Bus lanes are coming to the city centre</a></li></ul><p>" + para.replace("street", "tram") + "</p>"
            + "</div></body></html>";
        ArticleText a = extractor.extract(html).article();
        assertThat(a.text()).contains(para.replace("street", "bus"), para.replace("street", "tram"))
            .doesNotContain("Advertisement", "Bus lanes");
    }

    @Test
    void teasersInSiblingArticleElementsAreNotPartsOfTheStory() throws Exception {
        assertThat(extract("sibling-articles").text()).doesNotContain("rye crackers", "Protein content",
            "baking paper");
    }

    @Test
    void aboutTheCompanyAndContactsCloseAPressRelease() throws Exception {
        assertThat(extract("press-release").text()).doesNotContain("About Northwind", "is a battery materials company",
            "Media contact", "press@", "forward-looking");
        assertThat(extract("ko-press-calendar").text()).doesNotContain("한빛솔루션 개요", "2009년 설립된", "홍보팀");
    }

    @Test
    void aSectionAboutTheStudyIsNoCompanyBoilerplate() {
        String para = "Researchers followed 1,200 households for three years to see how often they used the new bus "
            + "lanes, and whether the lanes changed how they travelled to work.";
        String html = "<html><body><h1>Bus lanes change habits</h1><div class=\"story\"><p>" + para + "</p><p>"
            + para.replace("three", "four") + "</p><h2>About the study</h2><p>The study was paid for by the "
            + "transport ministry and reviewed by two universities before it was published in June.</p></div>"
            + "</body></html>";
        assertThat(extractor.extract(html).article().text()).contains("About the study", "The study was paid");
    }

    @Test
    void dateLedListItemsAreKept() throws Exception {
        assertThat(extract("events-calendar").text()).contains("12 July 2024: Opening night", "13 July 2023\n",
            "21 July 2023\nTug of war");
        assertThat(extract("ko-press-calendar").text()).contains("2025.03.10 온라인 설명회", "2025.04.28 캠프 개강");
        // A lone date line is still no text.
        assertThat(extract("events-calendar").text()).doesNotContain("Updated 2 July 2024");
    }

    @Test
    void aGalleryShownTwiceKeepsEachCaptionOnce() throws Exception {
        ArticleText a = extract("photo-gallery");
        assertThat(kinds(a).stream().filter("caption"::equals)).hasSize(3);
        ArticleText k = extract("ko-teasers-gallery");
        assertThat(k.text().split("옛 숙암분교 교실에 마련된", -1)).hasSize(2);
    }
}
