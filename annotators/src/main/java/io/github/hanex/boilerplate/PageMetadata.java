package io.github.hanex.boilerplate;

/** What a page says about itself; any field may be null. {@code published} is ISO 8601. */
public record PageMetadata(String title, String publisher, String published, String author, String canonicalUrl) {
    public static final PageMetadata EMPTY = new PageMetadata(null, null, null, null, null);
}
