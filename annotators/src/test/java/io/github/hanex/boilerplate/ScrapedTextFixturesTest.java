package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.text.ArticleText;
import io.github.hanex.text.SourceMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scraped Korean news pages of four site styles (news agency, daily, progressive daily, business daily; written
 * for these tests, names and numbers made up). Each {@code NAME.txt} has a {@code NAME.gold.txt} that lists its
 * content lines (title, subtitles, body, captions) in page order; every other line is chrome. Scored line by line.
 */
class ScrapedTextFixturesTest {

    private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"agency", "daily", "progressive", "business"})
    void everyContentLineKeptAndEveryChromeLineDropped(String name) throws IOException {
        String page = HtmlArticleExtractorTest.resource("scraped/" + name + ".txt");
        List<String> gold = List.of(HtmlArticleExtractorTest.resource("scraped/" + name + ".gold.txt").split("\n"));
        ArticleText article = extractor.extract(page).article();
        Spans.assertExact(page, article, false);

        List<int[]> lines = lines(page);
        boolean[] content = goldLines(page, lines, gold);
        boolean[] kept = keptLines(article, lines);
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = page.substring(lines.get(i)[0], lines.get(i)[1]);
            if (content[i] && !kept[i]) {
                missed.add(text);
            } else if (!content[i] && kept[i]) {
                spurious.add(text);
            }
        }
        assertThat(missed).as("content lines missed").isEmpty();
        assertThat(spurious).as("chrome lines kept").isEmpty();
        assertThat(article.paragraphs().get(0).kind()).isEqualTo("title");
        assertThat(article.text()).startsWith(gold.get(0));
    }

    /** Non-blank lines of the page as {@code [begin, end)}, trimmed. */
    private static List<int[]> lines(String page) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (String line : page.split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty()) {
                int b = start + line.indexOf(t);
                lines.add(new int[] {b, b + t.length()});
            }
            start += line.length() + 1;
        }
        return lines;
    }

    /** The gold lines are a subsequence of the page lines. */
    private static boolean[] goldLines(String page, List<int[]> lines, List<String> gold) {
        boolean[] content = new boolean[lines.size()];
        int g = 0;
        for (int i = 0; i < lines.size() && g < gold.size(); i++) {
            if (page.substring(lines.get(i)[0], lines.get(i)[1]).equals(gold.get(g).strip())) {
                content[i] = true;
                g++;
            }
        }
        assertThat(g).as("gold lines found in the page").isEqualTo(gold.size());
        return content;
    }

    private static boolean[] keptLines(ArticleText article, List<int[]> lines) {
        boolean[] kept = new boolean[lines.size()];
        SourceMap map = article.sourceMap();
        for (ArticleText.Paragraph p : article.paragraphs()) {
            SourceMap.Span span = map.toSource(p.begin(), p.end());
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i)[0] < span.end() && span.begin() < lines.get(i)[1]) {
                    kept[i] = true;
                }
            }
        }
        return kept;
    }
}
