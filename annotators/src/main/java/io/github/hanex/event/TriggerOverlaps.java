package io.github.hanex.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One trigger per stretch of text: of overlapping candidates the longest wins. */
final class TriggerOverlaps {

    private TriggerOverlaps() {
    }

    /**
     * The candidates that no longer one overlaps, in text order. Longer matches first (they take up the words of
     * shorter ones: {@code 양해각서(MOU)}, {@code 계약을 체결}): more morphemes, then more characters, then the
     * earlier.
     */
    static List<TriggerCandidate> resolve(List<TriggerCandidate> candidates) {
        List<TriggerCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(TriggerCandidate::morphemes).reversed()
            .thenComparing(Comparator.comparingInt((TriggerCandidate c) -> c.end() - c.begin()).reversed())
            .thenComparingInt(TriggerCandidate::begin));
        List<TriggerCandidate> kept = new ArrayList<>();
        for (TriggerCandidate c : sorted) {
            if (kept.stream().noneMatch(k -> k.overlapsMorphemes(c) || k.begin() < c.end() && c.begin() < k.end())) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(TriggerCandidate::begin));
        return kept;
    }
}
