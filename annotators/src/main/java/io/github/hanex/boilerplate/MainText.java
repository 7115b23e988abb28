package io.github.hanex.boilerplate;

import io.github.hanex.text.ArticleText;
import java.util.ArrayList;
import java.util.List;

/**
 * The main text of an extracted article, as other extractors and article-extraction benchmarks mean it: the body
 * paragraphs and the subheadings between them; not the title, not the deck (subtitles before the first body
 * paragraph), not photo captions.
 */
public final class MainText {

    private MainText() {
    }

    /** The paragraphs of the main text, in order. */
    public static List<ArticleText.Paragraph> paragraphs(ArticleText article) {
        List<ArticleText.Paragraph> out = new ArrayList<>();
        boolean inBody = false;
        for (ArticleText.Paragraph p : article.paragraphs()) {
            if ("body".equals(p.kind())) {
                inBody = true;
                out.add(p);
            } else if (inBody && "subtitle".equals(p.kind())) {
                out.add(p);
            }
        }
        // A subheading after the last body paragraph heads nothing of the story.
        while (!out.isEmpty() && !"body".equals(out.get(out.size() - 1).kind())) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The main text, one paragraph a line. */
    public static String of(ArticleText article) {
        StringBuilder b = new StringBuilder();
        String text = article.text();
        for (ArticleText.Paragraph p : paragraphs(article)) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(text, p.begin(), p.end());
        }
        return b.toString();
    }
}
