package io.github.hanex.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which patterns of an ordered list can match in a sequence at all. Most patterns must begin with one of a few
 * lemmas ({@link MorphemePattern#startLemmas()}), and a sentence holds few of them: looking up the sentence's
 * lemmas once skips the search of every other pattern, whose result would be empty.
 */
final class PatternIndex {

    private final int size;
    /** Start lemma → positions of the patterns that may begin with it. */
    private final Map<String, int[]> byStartLemma = new HashMap<>();
    /** Positions of the patterns that may begin with any morpheme. */
    private final int[] anyStart;

    PatternIndex(List<MorphemePattern> patterns) {
        size = patterns.size();
        Map<String, List<Integer>> lists = new HashMap<>();
        List<Integer> any = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).startLemmas() == null) {
                any.add(i);
                continue;
            }
            for (String lemma : patterns.get(i).startLemmas()) {
                lists.computeIfAbsent(lemma, k -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((lemma, list) -> byStartLemma.put(lemma, list.stream().mapToInt(Integer::intValue).toArray()));
        anyStart = any.stream().mapToInt(Integer::intValue).toArray();
    }

    private static final int[] NONE = new int[0];

    /** Positions of the patterns whose match may begin with a morpheme of this lemma (besides {@link #anyStart()}). */
    int[] startingWith(String lemma) {
        return byStartLemma.getOrDefault(lemma, NONE);
    }

    /** Positions of the patterns whose match may begin with any morpheme. */
    int[] anyStart() {
        return anyStart;
    }

    /** By pattern position: true for the patterns that may match in {@code seq}, false for those that cannot. */
    boolean[] candidates(MorphemeSequence seq) {
        boolean[] may = new boolean[size];
        for (int i : anyStart) {
            may[i] = true;
        }
        for (String lemma : seq.lemmas()) {
            int[] patterns = byStartLemma.get(lemma);
            if (patterns != null) {
                for (int i : patterns) {
                    may[i] = true;
                }
            }
        }
        return may;
    }
}
