package io.github.hanex.boilerplate.eval;

import io.github.hanex.text.ArticleText;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores extractions against {@link ReferencePage.Expectations}: the title, snippets that must be in or out of the
 * article text or in it once, and the captions. Texts are compared with white space folded; a caption counts as
 * found when an extracted caption equals it, or one holds the other and the shorter is at least
 * {@value #CAPTION_SHARE} of the longer (a credit cut off or kept).
 */
public final class ExpectationScore {

    static final double CAPTION_SHARE = 0.6;

    private int titles;
    private int titlesRight;
    private int with;
    private int withFound;
    private int without;
    private int withoutAbsent;
    private int once;
    private int onceRight;
    private int captionsExpected;
    private int captionsFound;
    private int captionsKept;
    private int captionsKeptRight;
    private final List<String> errors = new ArrayList<>();

    /** Adds a page; returns its errors. */
    public List<String> add(String name, ArticleText article, ReferencePage.Expectations expect) {
        List<String> wrong = new ArrayList<>();
        String text = fold(article.text());
        List<String> kept = new ArrayList<>();
        String title = null;
        for (ArticleText.Paragraph p : article.paragraphs()) {
            String t = fold(article.text().substring(p.begin(), p.end()));
            if ("caption".equals(p.kind())) {
                kept.add(t);
            } else if ("title".equals(p.kind()) && title == null) {
                title = t;
            }
        }
        if (expect.title() != null) {
            titles++;
            if (fold(expect.title()).equals(title)) {
                titlesRight++;
            } else {
                wrong.add("TITLE    " + title + "  (expected " + expect.title() + ")");
            }
        }
        for (String s : expect.with()) {
            with++;
            if (text.contains(fold(s))) {
                withFound++;
            } else {
                wrong.add("MISSING  " + s);
            }
        }
        for (String s : expect.without()) {
            without++;
            if (!text.contains(fold(s))) {
                withoutAbsent++;
            } else {
                wrong.add("KEPT     " + s);
            }
        }
        for (String s : expect.once()) {
            once++;
            String f = fold(s);
            int first = text.indexOf(f);
            if (first >= 0 && text.indexOf(f, first + 1) < 0) {
                onceRight++;
            } else {
                wrong.add((first < 0 ? "MISSING  " : "TWICE    ") + s);
            }
        }
        List<String> expected = expect.captions().stream().map(ExpectationScore::fold).toList();
        captionsExpected += expected.size();
        for (String e : expected) {
            if (kept.stream().anyMatch(k -> sameCaption(k, e))) {
                captionsFound++;
            } else {
                wrong.add("CAPTION- " + e);
            }
        }
        captionsKept += kept.size();
        for (String k : kept) {
            if (expected.stream().anyMatch(e -> sameCaption(k, e))) {
                captionsKeptRight++;
            } else {
                wrong.add("CAPTION+ " + k);
            }
        }
        for (String w : wrong) {
            errors.add(name + "  " + w);
        }
        return wrong;
    }

    static boolean sameCaption(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return !shorter.isEmpty() && longer.contains(shorter) && shorter.length() >= CAPTION_SHARE * longer.length();
    }

    /** White space folded to single spaces, trimmed. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static double share(int right, int all) {
        return all == 0 ? 1 : (double) right / all;
    }

    public int titles() {
        return titles;
    }

    /** Share of pages whose title paragraph is the expected title. */
    public double titleAccuracy() {
        return share(titlesRight, titles);
    }

    public int withSnippets() {
        return with;
    }

    public double withFound() {
        return share(withFound, with);
    }

    public int withoutSnippets() {
        return without;
    }

    public double withoutAbsent() {
        return share(withoutAbsent, without);
    }

    public int onceSnippets() {
        return once;
    }

    public double onceRight() {
        return share(onceRight, once);
    }

    public int captionsExpected() {
        return captionsExpected;
    }

    public double captionRecall() {
        return share(captionsFound, captionsExpected);
    }

    public double captionPrecision() {
        return share(captionsKeptRight, captionsKept);
    }

    public List<String> errors() {
        return errors;
    }
}
