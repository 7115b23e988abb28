package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.text.ArticleText;
import org.jsoup.parser.Parser;

/** Checks that every character of an extracted article maps back to exactly its source. */
final class Spans {

    private Spans() {
    }

    /**
     * Each copied segment equals its source when the lengths match; otherwise (entities, folded white space) the
     * source, decoded and white-space folded, equals the segment text folded the same way.
     */
    static void assertExact(String raw, ArticleText article, boolean html) {
        String text = article.text();
        boolean[] mapped = new boolean[text.length()];
        for (ArticleText.Segment s : article.segments()) {
            String piece = text.substring(s.begin(), s.end());
            String source = raw.substring(s.sourceBegin(), s.sourceEnd());
            if (s.linear()) {
                assertThat(piece).as("segment %s", s).isEqualTo(source);
            } else {
                String decoded = html ? Parser.unescapeEntities(source, false) : source;
                assertThat(fold(piece)).as("segment %s from '%s'", s, source).isEqualTo(fold(decoded));
            }
            for (int i = s.begin(); i < s.end(); i++) {
                mapped[i] = true;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (!mapped[i]) {
                // Only paragraph breaks and lone tabs/line breaks folded to a space are inserted.
                assertThat(text.charAt(i)).as("unmapped character at %d", i).isIn('\n', ' ');
            }
        }
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SourceText.isSpace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
