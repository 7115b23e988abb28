package io.github.hanex.boilerplate;

/** Decides what the article of a page is. Implementations are thread-safe. */
public interface ArticleExtractor {
    /** Extracts the article from the decoded page {@code source}; offsets in the result point into it. */
    ExtractedArticle extract(String source);
}
