package io.github.hanex.boilerplate;

import io.github.hanex.text.ArticleText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Finds the article in an HTML page. (First version: headings, paragraphs and captions outside page chrome.)
 */
public final class HtmlArticleExtractor implements ArticleExtractor {
    private static final String RULE = "html:block";

    @Override
    public ExtractedArticle extract(String source) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(source, "", parser);
        ArticleText.Builder out = ArticleText.builder();
        Elements blocks = doc.body() == null ? new Elements()
            : doc.body().select("h1, h2, h3, p, figcaption");
        for (Element block : blocks) {
            if (block.parents().is("nav, header, footer, aside, form")) {
                continue;
            }
            String kind = switch (block.normalName()) {
                case "h1" -> "title";
                case "h2", "h3" -> "subtitle";
                case "figcaption" -> "caption";
                default -> "body";
            };
            out.startParagraph(kind, RULE);
            appendText(block, out);
            out.endParagraph();
        }
        String title = doc.title().isBlank() ? null : doc.title().strip();
        return new ExtractedArticle(out.build(), new PageMetadata(title, null, null, null, null));
    }

    private static void appendText(Node node, ArticleText.Builder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                String value = text.getWholeText();
                var range = text.sourceRange();
                if (!value.isBlank() && range.isTracked()) {
                    out.append(value.replace('\n', ' '), range.startPos(), range.endPos());
                }
            } else if (child instanceof Element element && !"script".equals(element.normalName())
                && !"style".equals(element.normalName())) {
                appendText(element, out);
            }
        }
    }
}
