package io.github.hanex.boilerplate;

import io.github.hanex.text.ArticleText;

/** Finds the article in page text saved by a scraper. (First version: every non-blank line is a paragraph.) */
public final class ScrapedTextExtractor implements ArticleExtractor {
    private static final String RULE = "text:line";

    @Override
    public ExtractedArticle extract(String source) {
        ArticleText.Builder out = ArticleText.builder();
        int start = 0;
        while (start <= source.length()) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = source.length();
            }
            int b = start;
            int e = end;
            while (b < e && Character.isWhitespace(source.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(source.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                out.startParagraph("body", RULE).append(source.substring(b, e), b, e).endParagraph();
            }
            start = end + 1;
        }
        return new ExtractedArticle(out.build(), PageMetadata.EMPTY);
    }
}
