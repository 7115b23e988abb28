package io.github.hanex.eval.score;

import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.SourceSpans;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.score.EvaluationResult.Context;
import io.github.hanex.eval.score.EvaluationResult.TextKind;
import io.github.hanex.eval.score.EvaluationResult.Words;
import java.util.Optional;

/**
 * Places the gold and predicted mention of an error in a text a person can read, for its context. The article
 * text comes first: the gold's own text (sentences, XMI) or the predictions' article text, with gold source
 * offsets mapped to article offsets through the predictions' SourceSpan map, so an error on an HTML page shows
 * article text, not markup. A gold mention the article does not contain (page chrome the boilerplate remover
 * dropped) is shown in the original input: an HTML page as its visible text ({@link PageText}), plain text as it is.
 */
final class ErrorContexts {

    /** Where an error was placed: its context (or null), the gold's article span, the words around it. */
    record Placement(Context context, Span goldInArticle, Words words) {
        static final Placement NONE = new Placement(null, null, Words.NONE);
    }

    private final MentionSet gold;
    private final MentionSet predicted;
    private final int chars;
    private String pageDoc;
    private PageText page;

    ErrorContexts(MentionSet gold, MentionSet predicted, int chars) {
        this.gold = gold;
        this.predicted = predicted;
        this.chars = chars;
    }

    /**
     * @param g the gold mention, or null (a false positive)
     * @param p the predicted mention, or null (a false negative)
     * @param anchor the offsets the gold mention is matched on (for a false positive: its own)
     */
    Placement place(String docId, String predDoc, Mention g, Mention p, Anchor anchor) {
        Optional<String> goldArticle = gold.text(docId, Anchor.ARTICLE);
        Optional<String> predArticle = predDoc == null ? Optional.empty() : predicted.text(predDoc, Anchor.ARTICLE);
        String text = null;
        Span gs = null;
        if (g != null && anchor == Anchor.ARTICLE) {
            if (fits(goldArticle, g.article(), g.text())) {
                text = goldArticle.get();
            } else if (fits(predArticle, g.article(), g.text())) {
                text = predArticle.get();
            }
            gs = text == null ? null : g.article();
        } else if (g != null && g.source() != null) {
            SourceSpans map = predDoc == null ? SourceSpans.EMPTY : predicted.texts().sourceMap(predDoc);
            Span mapped = map.isEmpty() ? null : map.toArticle(g.source());
            if (mapped != null && fits(predArticle, mapped, "")) {
                text = predArticle.get();
                gs = mapped;
            } else if (!(map = gold.texts().sourceMap(docId)).isEmpty()
                && (mapped = map.toArticle(g.source())) != null && fits(goldArticle, mapped, "")) {
                text = goldArticle.get();
                gs = mapped;
            }
        }
        Span ps = null;
        if (p != null && p.article() != null) {
            if (g == null) {
                if (fits(predArticle, p.article(), p.text())) {
                    text = predArticle.get();
                } else if (fits(goldArticle, p.article(), p.text())) {
                    text = goldArticle.get();
                }
                ps = text == null ? null : p.article();
            } else if (text != null && fits(Optional.of(text), p.article(), p.text())) {
                ps = p.article();
            }
        }
        if (text != null && (gs != null || ps != null)) {
            return placement(text, gs, ps, TextKind.ARTICLE, gs);
        }
        if (anchor == Anchor.SOURCE) {
            return inSource(docId, predDoc, g, p);
        }
        return Placement.NONE;
    }

    /** A mention outside the article text: the original input, an HTML page as the text a reader sees. */
    private Placement inSource(String docId, String predDoc, Mention g, Mention p) {
        boolean ownText = gold.text(docId, Anchor.SOURCE).isPresent();
        Optional<String> source = ownText ? gold.text(docId, Anchor.SOURCE)
            : predDoc == null ? Optional.empty() : predicted.text(predDoc, Anchor.SOURCE);
        if (source.isEmpty()) {
            return Placement.NONE;
        }
        String text = source.get();
        Span gsrc = g == null ? null : g.source();
        Span psrc = p == null ? null : p.source();
        boolean html = (ownText ? Optional.<String>empty() : predicted.texts().format(predDoc)).map("html"::equals)
            .orElseGet(() -> PageText.looksLikeMarkup(text));
        if (html) {
            String key = (ownText ? "g:" : "p:") + (ownText ? docId : predDoc);
            if (!key.equals(pageDoc)) {
                pageDoc = key;
                page = PageText.of(text);
            }
            Span gs = gsrc == null ? null : page.fromSource(gsrc);
            Span ps = psrc == null ? null : page.fromSource(psrc);
            if (gs != null || g == null && ps != null) {
                return placement(page.text(), gs, ps, TextKind.PAGE, null);
            }
            return placement(text, within(text, gsrc), within(text, psrc), TextKind.MARKUP, null);
        }
        return placement(text, within(text, gsrc), within(text, psrc), TextKind.SOURCE, null);
    }

    private static Span within(String text, Span s) {
        return s != null && s.end() <= text.length() ? s : null;
    }

    /** Whether a span lies in the text and covers the mention's text (when that is known). */
    private static boolean fits(Optional<String> text, Span span, String mentionText) {
        if (text.isEmpty() || span == null || span.end() > text.get().length()) {
            return false;
        }
        return mentionText.isEmpty() || mentionText.equals(text.get().substring(span.begin(), span.end()));
    }

    private Placement placement(String text, Span gs, Span ps, TextKind kind, Span goldInArticle) {
        if (gs == null && ps == null) {
            return Placement.NONE;
        }
        Span subject = gs != null ? gs : ps;
        int from = Math.min(subject.begin(), ps != null ? ps.begin() : subject.begin());
        int to = Math.max(subject.end(), ps != null ? ps.end() : subject.end());
        int start = Math.max(0, from - chars);
        int end = Math.min(text.length(), to + chars);
        String window = oneLine(text.substring(start, end));
        Context context = new Context(window, shift(gs, start), shift(ps, start), kind);
        return new Placement(context, goldInArticle, ContextWords.around(text, subject));
    }

    private static Span shift(Span s, int by) {
        return s == null ? null : new Span(s.begin() - by, s.end() - by);
    }

    /** White space as spaces, one for one (offsets stay valid). */
    private static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isWhitespace(c) ? ' ' : c);
        }
        return sb.toString();
    }
}
