package io.github.hanex.eval.score;

import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The matching of one document's gold mentions and predictions. A pair needs the same label (type, and for
 * event triggers the event type) and, under each gold mention's anchor, the same span (strict) or overlapping
 * spans (lenient). Both matchings are one to one and of maximum size; the lenient one starts from the strict
 * one and prefers larger overlaps. Unmatched mentions that overlap across labels are paired for the confusion
 * table.
 */
final class DocumentMatch {
    final List<Mention> gold;
    final List<Mention> predicted;
    final Anchor[] anchors;
    final int[] strict;
    final int[] lenient;
    /** Gold → prediction pairs of different labels among the lenient leftovers. */
    final int[] crossLabel;

    private DocumentMatch(List<Mention> gold, List<Mention> predicted, Anchor[] anchors, int[] strict,
        int[] lenient, int[] crossLabel) {
        this.gold = gold;
        this.predicted = predicted;
        this.anchors = anchors;
        this.strict = strict;
        this.lenient = lenient;
        this.crossLabel = crossLabel;
    }

    static DocumentMatch of(List<Mention> gold, List<Mention> predicted, Anchor forced) {
        Anchor[] anchors = new Anchor[gold.size()];
        List<int[]> exact = new ArrayList<>(gold.size());
        List<int[]> overlapping = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            Mention g = gold.get(i);
            anchors[i] = forced != null ? forced : g.preferredAnchor();
            Span gs = g.span(anchors[i]);
            List<Integer> same = new ArrayList<>();
            List<Integer> over = new ArrayList<>();
            for (int j = 0; j < predicted.size(); j++) {
                Mention p = predicted.get(j);
                Span ps = p.span(anchors[i]);
                if (gs == null || ps == null || !g.label().equals(p.label())) {
                    continue;
                }
                if (gs.equals(ps)) {
                    same.add(j);
                }
                if (gs.overlaps(ps)) {
                    over.add(j);
                }
            }
            exact.add(same.stream().mapToInt(Integer::intValue).toArray());
            overlapping.add(byPreference(over, gs, predicted, anchors[i]));
        }
        int[] strict = BipartiteMatching.maximum(exact, predicted.size(), null);
        int[] lenient = BipartiteMatching.maximum(overlapping, predicted.size(), strict);
        int[] cross = crossLabel(gold, predicted, anchors, lenient);
        return new DocumentMatch(gold, predicted, anchors, strict, lenient, cross);
    }

    /** Candidates ordered by overlap (largest first), then by distance of the ends, then by position. */
    private static int[] byPreference(List<Integer> candidates, Span gs, List<Mention> predicted, Anchor anchor) {
        return candidates.stream().sorted(Comparator
                .comparingInt((Integer j) -> -gs.overlap(predicted.get(j).span(anchor)))
                .thenComparingInt(j -> Math.abs(gs.begin() - predicted.get(j).span(anchor).begin())
                    + Math.abs(gs.end() - predicted.get(j).span(anchor).end()))
                .thenComparingInt(j -> j))
            .mapToInt(Integer::intValue).toArray();
    }

    private static int[] crossLabel(List<Mention> gold, List<Mention> predicted, Anchor[] anchors, int[] lenient) {
        boolean[] predMatched = new boolean[predicted.size()];
        for (int j : lenient) {
            if (j >= 0) {
                predMatched[j] = true;
            }
        }
        List<int[]> candidates = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            List<Integer> over = new ArrayList<>();
            Span gs = gold.get(i).span(anchors[i]);
            if (lenient[i] < 0 && gs != null) {
                for (int j = 0; j < predicted.size(); j++) {
                    Span ps = predicted.get(j).span(anchors[i]);
                    if (!predMatched[j] && ps != null && gs.overlaps(ps)) {
                        over.add(j);
                    }
                }
            }
            candidates.add(over.isEmpty() ? new int[0] : byPreference(over, gs, predicted, anchors[i]));
        }
        int[] cross = BipartiteMatching.maximum(candidates, predicted.size(), null);
        return Arrays.copyOf(cross, cross.length);
    }

    /** For each prediction, its gold partner under a matching, or -1. */
    int[] inverse(int[] matching) {
        int[] inv = new int[predicted.size()];
        Arrays.fill(inv, -1);
        for (int i = 0; i < matching.length; i++) {
            if (matching[i] >= 0) {
                inv[matching[i]] = i;
            }
        }
        return inv;
    }
}
