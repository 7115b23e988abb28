package io.github.hanex.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceMapTest {

    @Test
    void linearPiecesMapCharacterByCharacterAndEntitiesAsAWhole() {
        String source = "<h1>한빛 &amp; 누리</h1><p>삼성전자는 투자했다</p>";
        ArticleText article = ArticleText.builder()
            .startParagraph("title", "t")
            .append("한빛 ", 4, 7).append("&", 7, 12).append(" 누리", 12, 15)
            .startParagraph("body", "t")
            .append("삼성전자는 투자했다", 23, 33)
            .build();
        assertThat(article.text()).isEqualTo("한빛 & 누리\n삼성전자는 투자했다");
        assertThat(article.paragraphs()).extracting(ArticleText.Paragraph::kind).containsExactly("title", "body");
        SourceMap map = article.sourceMap();
        assertThat(map.toSource(0, 2)).isEqualTo(new SourceMap.Span(4, 6));
        assertThat(source.substring(4, 6)).isEqualTo("한빛");
        assertThat(map.toSource(3, 4)).isEqualTo(new SourceMap.Span(7, 12));
        assertThat(map.toSource(5, 7)).isEqualTo(new SourceMap.Span(13, 15));
        int body = article.text().indexOf("삼성전자");
        SourceMap.Span span = map.toSource(body, body + 4);
        assertThat(source.substring(span.begin(), span.end())).isEqualTo("삼성전자");
        // a span over the inserted paragraph break maps from the first to the last copied character
        assertThat(map.toSource(5, body + 4)).isEqualTo(new SourceMap.Span(13, 27));
    }

    @Test
    void insertedTextAloneHasNoSource() {
        ArticleText article = ArticleText.builder().startParagraph("body", "t").append("가", 0, 1)
            .appendInserted(" ").append("나", 5, 6).build();
        assertThat(article.sourceMap().toSource(1, 2)).isNull();
        assertThat(article.sourceMap().toSource(0, 3)).isEqualTo(new SourceMap.Span(0, 6));
    }

    @Test
    void verbatimMapsOneToOne() {
        ArticleText article = ArticleText.verbatim("한빛전자 투자", "v");
        assertThat(article.sourceMap().toSource(5, 7)).isEqualTo(new SourceMap.Span(5, 7));
    }
}
