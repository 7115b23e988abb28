package io.github.hanex.boilerplate;

/** What a block of an HTML page became in the article: nothing, or a paragraph of one kind. */
enum Role {
    NONE("body", HtmlArticleExtractor.RULE_BODY),
    TITLE("title", HtmlArticleExtractor.RULE_TITLE),
    SUBTITLE("subtitle", HtmlArticleExtractor.RULE_SUBTITLE),
    BODY("body", HtmlArticleExtractor.RULE_BODY),
    CAPTION("caption", HtmlArticleExtractor.RULE_CAPTION);

    /** The paragraph kind written for the role ({@code Paragraph.kind}). */
    final String kind;
    /** The rule id written for the role ({@code Paragraph.rule}). */
    final String rule;

    Role(String kind, String rule) {
        this.kind = kind;
        this.rule = rule;
    }
}
