package io.github.hanex.boilerplate.eval;

import io.github.hanex.text.ArticleText;
import java.util.ArrayList;
import java.util.List;

/**
 * Line-level scores of an extractor on labelled scraped pages: a line counts as kept when any character of it is in
 * the extracted article (by the article's source map). The positive class is "keep": precision is the share of kept
 * lines that are article lines, recall the share of article lines kept. Summed over all lines of a set (micro).
 */
public final class LineScore {

    private int tp;
    private int fp;
    private int fn;
    private int tn;
    private final List<String> errors = new ArrayList<>();

    /** Adds a page and what the extractor made of it; returns the page's wrong lines ("MISSED"/"KEPT" + text). */
    public List<String> add(LabelledPage page, ArticleText article) {
        boolean[] kept = kept(page, article);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) {
            LabelledPage.Line line = page.lines().get(i);
            if (line.keep() && kept[i]) {
                tp++;
            } else if (line.keep()) {
                fn++;
                wrong.add("MISSED  " + line.text());
            } else if (kept[i]) {
                fp++;
                wrong.add("KEPT    " + line.text());
            } else {
                tn++;
            }
        }
        for (String w : wrong) {
            errors.add(page.name() + "  " + w);
        }
        return wrong;
    }

    /** Which lines of the page the article keeps some character of. */
    static boolean[] kept(LabelledPage page, ArticleText article) {
        List<LabelledPage.Line> lines = page.lines();
        boolean[] kept = new boolean[lines.size()];
        for (ArticleText.Segment s : article.segments()) {
            // Lines are sorted: find the first that ends after the segment begins.
            int lo = 0;
            int hi = lines.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (lines.get(mid).end() <= s.sourceBegin()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < lines.size() && lines.get(i).begin() < s.sourceEnd(); i++) {
                kept[i] = true;
            }
        }
        return kept;
    }

    public int truePositives() {
        return tp;
    }

    public int falsePositives() {
        return fp;
    }

    public int falseNegatives() {
        return fn;
    }

    public int trueNegatives() {
        return tn;
    }

    public double precision() {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of lines labelled right, kept or dropped. */
    public double accuracy() {
        int all = tp + fp + fn + tn;
        return all == 0 ? 1 : (double) (tp + tn) / all;
    }

    /** Every wrong line so far, prefixed with its page's name. */
    public List<String> errors() {
        return errors;
    }
}
