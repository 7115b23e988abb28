package io.github.hanex.event;

import io.github.hanex.resource.RuleFileReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where clauses end inside a sentence, from a rule file of morpheme patterns ({@link MorphemePattern}): a
 * clause ends after every match (final endings, a tense-marked connective such as {@code 했고}, quotative
 * {@code -다고}). Modality cues and frame arguments look only inside the clause of their trigger.
 */
public final class ClauseBoundaries {

    private final List<MorphemePattern> patterns;
    private final PatternIndex index;

    private ClauseBoundaries(List<MorphemePattern> patterns) {
        this.patterns = patterns;
        this.index = new PatternIndex(patterns);
    }

    /** Loads the patterns, one per line. */
    public static ClauseBoundaries load(String location) {
        List<MorphemePattern> patterns = new ArrayList<>();
        for (RuleFileReader.Line line : RuleFileReader.read(location)) {
            String[] fields = line.fields(1, "a morpheme pattern");
            try {
                patterns.add(MorphemePattern.parse(fields[0]));
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
        }
        return new ClauseBoundaries(patterns);
    }

    /** The clauses of one sentence. */
    public Clauses split(MorphemeSequence seq) {
        // The boundaries are sorted and merged at the end, so the order the matches are found in does not
        // matter: one pass tries, at each morpheme, the patterns that can start there (as findAll would).
        Offsets offsets = new Offsets();
        for (int start = 0; start < seq.size(); start++) {
            offsets.addMatches(patterns, index.startingWith(seq.get(start).lemma()), seq, start);
            offsets.addMatches(patterns, index.anyStart(), seq, start);
        }
        return new Clauses(offsets.sortedDistinct());
    }

    /** Clause ends found so far. */
    private static final class Offsets {
        private int[] offsets = new int[8];
        private int n;

        /** Adds where the matches of {@code candidates} (pattern positions) starting at {@code start} end. */
        void addMatches(List<MorphemePattern> patterns, int[] candidates, MorphemeSequence seq, int start) {
            for (int p : candidates) {
                MorphemePattern.Match m = patterns.get(p).matchAt(seq, start);
                if (m != null) {
                    if (n == offsets.length) {
                        offsets = Arrays.copyOf(offsets, n * 2);
                    }
                    offsets[n++] = seq.get(m.last()).end();
                }
            }
        }

        int[] sortedDistinct() {
            Arrays.sort(offsets, 0, n);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (distinct == 0 || offsets[i] != offsets[distinct - 1]) {
                    offsets[distinct++] = offsets[i];
                }
            }
            return Arrays.copyOf(offsets, distinct);
        }
    }

    /** Clause boundaries of one sentence as character offsets: a boundary at b starts a new clause at b. */
    public record Clauses(int[] boundaries) {
        /** Index of the clause that contains {@code offset}. */
        public int indexOf(int offset) {
            int n = 0;
            for (int b : boundaries) {
                if (b <= offset) {
                    n++;
                }
            }
            return n;
        }

        public boolean sameClause(int a, int b) {
            return indexOf(a) == indexOf(b);
        }
    }
}
