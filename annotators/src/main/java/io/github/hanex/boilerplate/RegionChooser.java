package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Block;
import io.github.hanex.boilerplate.HtmlBlocks.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the boxes of the article body: every block that reads like prose (length, commas, few links) scores the
 * boxes above it, weighted by tag and class/id cues, damped by link density; the best box is the body, joined by
 * sibling boxes that score close to it and by boxes of the same markup that hold prose (an article split around ads).
 */
final class RegionChooser {

    private static final int MIN_SCORED_LENGTH = 25;

    private RegionChooser() {
    }

    /**
     * The boxes of the article body. {@code declared} (the page's JSON-LD article body, or null) weighs the
     * blocks: prose it contains counts thrice, prose it lacks a third. Without it, blocks that repeat
     * {@code described} (the page's description, or null) count half as much again.
     */
    static List<Box> choose(HtmlBlocks page, ReferenceText declared, ReferenceText described) {
        List<Block> blocks = page.blocks;
        Box best = null;
        for (Block b : blocks) {
            if (b.box.nearestChrome != null || b.length() < MIN_SCORED_LENGTH || b.linkDensity() > 0.5) {
                continue;
            }
            double score = 1 + commas(b.text) + Math.min(b.length() / 100.0, 3);
            if (declared != null) {
                double overlap = b.declaredOverlap(declared);
                if (overlap >= 0) {
                    score *= overlap >= 0.5 ? 3 : overlap < 0.15 ? 0.3 : 1;
                }
            } else if (described != null && described.overlap(b.text) >= 0.25) {
                score *= 1.5;
            }
            // Text beside block children scores its own box; a leaf block scores the box around it.
            Box start = b.box.hasBlockChildren ? b.box : b.box.parent;
            int level = 0;
            for (Box box = start; box != null && level < 5; box = box.parent, level++) {
                if (box.nearestChrome != null) {
                    break;
                }
                if (!box.scored) {
                    box.scored = true;
                    box.score = initialScore(box);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                box.score += score / divider;
            }
        }
        double bestScore = 0;
        for (Box box : page.boxes) {
            if (!box.scored) {
                continue;
            }
            box.score *= 1 - box.linkDensity();
            if (box.score > bestScore) {
                bestScore = box.score;
                best = box;
            }
        }
        List<Box> region = new ArrayList<>();
        if (best == null) {
            region.add(page.boxes.get(0));
            return region;
        }
        best = widen(best);
        Box parent = best.parent;
        if (parent == null) {
            region.add(best);
            return region;
        }
        double threshold = Math.max(10, best.score * 0.2);
        for (Box sibling : parent.children) {
            if (sibling == best) {
                region.add(sibling);
                continue;
            }
            if (sibling.nearestChrome != null) {
                continue;
            }
            boolean append = sibling.scored && sibling.score >= threshold;
            if (!append && ("p".equals(sibling.tag) || sibling.headingLevel() > 0)) {
                append = sibling.linkDensity() < 0.25 && (sibling.textLength > 80 || sibling.headingLevel() > 0
                    && adjacentTo(parent, sibling, best));
            }
            if (append) {
                region.add(sibling);
            }
        }
        addTwins(page, best, region);
        return region;
    }

    /**
     * An article split into parts (around ads or embeds) repeats the markup of its body: boxes of the same tag and
     * class that hold prose belong to it, unless a top-level heading (the next article's title) comes between, or
     * the box is a teaser of another article: inside another {@code <article>}, or under a linked heading.
     */
    private static void addTwins(HtmlBlocks page, Box best, List<Box> region) {
        if (best.hint.isEmpty() || best.parent == null) {
            return;
        }
        Box bestArticle = articleAround(best);
        for (Box box : page.boxes) {
            if (box == best || box.nearestChrome != null || !box.tag.equals(best.tag) || !box.hint.equals(best.hint)
                || box.proseLength < 120 || box.linkDensity() > 0.3 || best.contains(box) || box.contains(best)
                || h1Between(page, best, box)) {
                continue;
            }
            Box article = articleAround(box);
            if (article != null && bestArticle != null && article != bestArticle) {
                continue;
            }
            // The card around a teaser holds its linked title: the box's own parent, unless that holds the body.
            Box card = box.parent != null && !box.parent.contains(best) ? box.parent : box;
            if (hasLinkedHeading(page, card)) {
                continue;
            }
            boolean inside = false;
            for (Box r : region) {
                inside |= r.contains(box);
            }
            if (!inside) {
                region.add(box);
            }
        }
    }

    /** The nearest {@code <article>} element around the box (or the box itself), or null. */
    private static Box articleAround(Box box) {
        for (Box b = box; b != null; b = b.parent) {
            if ("article".equals(b.tag)) {
                return b;
            }
        }
        return null;
    }

    /** A heading that is mostly a link: the title of a teaser. */
    private static boolean hasLinkedHeading(HtmlBlocks page, Box box) {
        for (int i = box.firstBlock; i < box.endBlock; i++) {
            Block b = page.blocks.get(i);
            if (b.box.heading > 0 && b.linkDensity() > 0.5) {
                return true;
            }
        }
        return false;
    }

    private static boolean h1Between(HtmlBlocks page, Box a, Box b) {
        int from = Math.min(a.endBlock, b.endBlock);
        int to = Math.max(a.firstBlock, b.firstBlock);
        for (int i = from; i < to; i++) {
            if (page.blocks.get(i).box.heading == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjacentTo(Box parent, Box sibling, Box best) {
        int i = parent.children.indexOf(sibling);
        int j = parent.children.indexOf(best);
        return Math.abs(i - j) <= 1;
    }

    /**
     * When the best box is one of several similar boxes (an article split into sections), the box around them is
     * the body.
     */
    private static Box widen(Box best) {
        Box box = best;
        while (box.parent != null && box.parent.scored && box.parent.nearestChrome == null
            && box.parent.score >= box.score * 0.9 && box.parent.parent != null) {
            box = box.parent;
        }
        // Prose spread over cousin boxes: take the ancestor that holds clearly more prose at a similar score.
        Box a = box.parent;
        for (int level = 0; a != null && a.parent != null && level < 3; level++, a = a.parent) {
            if (a.nearestChrome != null) {
                break;
            }
            if (a.scored && a.score >= best.score * 0.6 && a.proseLength >= box.proseLength * 1.4
                && a.linkDensity() < 0.3) {
                box = a;
            }
        }
        return box;
    }

    private static double initialScore(Box box) {
        double score = switch (box.tag) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (box.contentCue != null || "article".equals(box.tag)) {
            score += 25;
        }
        if (box.chromeCue != null) {
            score -= 25;
        }
        if (box.articleBody) {
            score += 50;
        }
        return score;
    }

    private static int commas(SourceText text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
