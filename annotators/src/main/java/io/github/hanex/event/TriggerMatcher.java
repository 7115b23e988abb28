package io.github.hanex.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds where the lexicon's patterns match in a sentence: every match of every entry, in lexicon order (for each
 * entry its matches as patterns, then inside compound nouns, see {@link CompoundTriggers}). Overlapping and
 * out-of-context candidates are left for the later steps.
 */
final class TriggerMatcher {

    private final TriggerLexicon lexicon;
    private final CompoundTriggers compounds;
    /** Which lexicon entries can match in a sentence, from its lemmas. */
    private final PatternIndex index;

    TriggerMatcher(TriggerLexicon lexicon, CompoundTriggers compounds) {
        this.lexicon = lexicon;
        this.compounds = compounds;
        this.index = new PatternIndex(lexicon.entries().stream().map(TriggerLexicon.Entry::pattern).toList());
    }

    /** The candidates of one sentence ({@code text} is the document text). */
    List<TriggerCandidate> candidates(String text, MorphemeSequence seq) {
        List<TriggerCandidate> candidates = new ArrayList<>();
        List<TriggerLexicon.Entry> entries = lexicon.entries();
        boolean[] mayMatch = index.candidates(seq);
        Map<Integer, List<TriggerCandidate>> inCompounds = compounds.matches(text, seq);
        for (int e = 0; e < entries.size(); e++) {
            TriggerLexicon.Entry entry = entries.get(e);
            if (mayMatch[e]) {
                for (MorphemePattern.Match m : entry.pattern().findAll(seq)) {
                    candidates.add(new TriggerCandidate(entry, m.begin(), m.end(), m.begin(), m.first(), m.last()));
                }
            }
            List<TriggerCandidate> compound = inCompounds.get(e);
            if (compound != null) {
                candidates.addAll(compound);
            }
        }
        return candidates;
    }
}
