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
        int[] offsets = new int[8];
        int n = 0;
        boolean[] mayMatch = index.candidates(seq);
        for (int i = 0; i < patterns.size(); i++) {
            if (!mayMatch[i]) {
                continue;
            }
            for (MorphemePattern.Match m : patterns.get(i).findAll(seq)) {
                if (n == offsets.length) {
                    offsets = Arrays.copyOf(offsets, n * 2);
                }
                offsets[n++] = seq.get(m.last()).end();
            }
        }
        Arrays.sort(offsets, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || offsets[i] != offsets[distinct - 1]) {
                offsets[distinct++] = offsets[i];
            }
        }
        return new Clauses(Arrays.copyOf(offsets, distinct));
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
