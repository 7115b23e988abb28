package io.github.hanex.boilerplate;

import io.github.hanex.text.ArticleText;

/** The result of boilerplate removal: the article text with its paragraphs and source map, and page metadata. */
public record ExtractedArticle(ArticleText article, PageMetadata metadata) {
}
