package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Block;
import io.github.hanex.text.ArticleText;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the kept blocks as paragraphs, every character mapped to its source: the title line first, then the
 * rest in page order; a drop cap joins its paragraph, and a photo credit or byline glued to the end of a short
 * block is left out.
 */
final class ArticleWriter {

    private final BoilerplateCues cues;

    ArticleWriter(BoilerplateCues cues) {
        this.cues = cues;
    }

    /** Writes the title block; returns its text. */
    static String writeTitle(Block title, ArticleText.Builder out) {
        // The title line comes first, even after a kicker or a lead photo placed above it.
        out.startParagraph(Role.TITLE.kind, Role.TITLE.rule);
        title.text.copyTo(out, 0, title.length());
        out.endParagraph();
        return title.text.toString();
    }

    /**
     * No heading carries the title: writes the page's {@code <title>} without the site name, when there is one;
     * returns the text written, or null.
     */
    static String writeTitleElement(Element title, String source, Map<String, String> entities,
                                    ArticleText.Builder out) {
        if (title == null) {
            return null;
        }
        SourceText text = new SourceText();
        for (Node n : title.childNodes()) {
            if (n instanceof TextNode t && t.sourceRange().isTracked()) {
                text.addDecoded(t.getWholeText(), source, t.sourceRange().startPos(), t.sourceRange().endPos(),
                    entities);
            }
        }
        int[] part = TextShape.withoutSiteName(text.toString());
        if (part[1] - part[0] < 4) {
            return null;
        }
        out.startParagraph(Role.TITLE.kind, Role.TITLE.rule);
        text.copyTo(out, part[0], part[1]);
        out.endParagraph();
        return text.toString().substring(part[0], part[1]);
    }

    /** Writes every kept block but the title block {@code title} (-1: none), in page order. */
    void writeParagraphs(BlockRoles roles, int title, ArticleText.Builder out) {
        boolean glued = false;
        for (int i = 0; i < roles.size(); i++) {
            Block b = roles.block(i);
            if (roles.is(i, Role.NONE) || i == title) {
                continue;
            }
            if (!glued) {
                Role role = roles.isDropCap(i) ? roles.get(i + 1) : roles.get(i);
                out.startParagraph(role.kind, role.rule);
            }
            int end = b.length() < 400 ? captionEnd(b) : b.length();
            b.text.copyTo(out, 0, end);
            // A drop cap ("T" in its own element before "urkey, Poland ...") belongs to the next paragraph.
            glued = roles.isDropCap(i);
            if (!glued) {
                out.endParagraph();
            }
        }
    }

    /**
     * Where a caption ends before a photo credit or byline glued to it ("... February 1, 2024.REUTERS/Jane Doe",
     * "... in Phoenix. Photo: Jane Doe", "... in Las Croabas. By U.S. CUSTOMS"): these are not text of the article.
     */
    private int captionEnd(Block b) {
        String text = b.text.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        int n = text.length();
        for (int at = Math.max(1, n - 60); at < n - 2; at++) {
            char before = text.charAt(at - 1);
            if (before != '.' && before != ' ' && before != '|' && before != '(' || at >= 2 && before == ' '
                && text.charAt(at - 2) != '.' && text.charAt(at - 2) != '|') {
                continue;
            }
            String tail = lower.substring(at).strip();
            boolean byline = before == ' ' && tail.startsWith("by ") && TextShape.isBylineOnly(tail, cues);
            if (Character.isLetter(text.charAt(at)) && (TextShape.isCredit(tail, cues) || byline)) {
                int end = at;
                while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '|'
                    || text.charAt(end - 1) == '(')) {
                    end--;
                }
                return end > 20 ? end : n;
            }
        }
        return n;
    }
}
