package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Block;

/**
 * Finds the title: the heading (or title-classed block) that best matches the page's declared title (JSON-LD
 * headline, Open Graph, {@code <title>}), else the page's only or first {@code h1}; and drops repeats of it.
 */
final class TitleFinder {

    private TitleFinder() {
    }

    /** Index of the title block, or -1. {@code declared} is the page's declared title, or null. */
    static int find(BlockRoles roles, String declared) {
        int firstKept = roles.firstKept();
        TextShape.Reference want = declared == null ? null : new TextShape.Reference(TextShape.fold(declared));
        int best = -1;
        double bestScore = 0;
        int firstH1 = -1;
        int h1Count = 0;
        for (Block b : roles.blocks) {
            if (b.box.hidden) {
                continue;
            }
            int level = b.box.heading;
            boolean titleLike = level > 0 && level <= 3
                || ((b.box.hint.contains("title") || b.box.hint.contains("headline")) && b.length() >= 8);
            if (!titleLike || b.length() < 4 || b.length() > 400 || b.linkDensity() > 0.9 && level != 1) {
                continue;
            }
            if (level == 1) {
                h1Count++;
                if (firstH1 < 0 && b.box.nearestChrome == null) {
                    firstH1 = b.index;
                }
            }
            if (want == null) {
                continue;
            }
            double sim = want.similarity(b.folded());
            if (sim < 0.5) {
                continue;
            }
            double score = sim + (level == 1 ? 0.3 : 0) - (b.box.nearestChrome != null ? 0.2 : 0)
                + (firstKept >= 0 && b.index < firstKept ? 0.1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = b.index;
            }
        }
        if (best < 0 && firstH1 >= 0 && (h1Count == 1 || firstKept < 0 || firstH1 < firstKept)) {
            best = firstH1;
        }
        return best;
    }

    /** Kept blocks other than the title block {@code title} that repeat the title. */
    static void dropRepeats(BlockRoles roles, int title) {
        dropRepeats(roles, title, roles.block(title).folded());
    }

    /** Kept blocks other than {@code title} (-1: none) whose folded text is {@code folded}. */
    static void dropRepeats(BlockRoles roles, int title, String folded) {
        if (folded.isEmpty()) {
            return;
        }
        for (int i = 0; i < roles.size(); i++) {
            // Most kept blocks differ from the title in their first letters: no need to fold all of them.
            if (i != title && !roles.is(i, Role.NONE)
                && TextShape.foldEquals(roles.block(i).text.toString(), folded)) {
                roles.set(i, Role.NONE);
            }
        }
    }
}
