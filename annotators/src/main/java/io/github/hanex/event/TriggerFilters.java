package io.github.hanex.event;

import io.github.hanex.tokenize.SejongTags;
import io.github.hanex.type.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Drops the candidates whose context says they express no event: inside a stop phrase ({@code 투자자}) or a name
 * ({@code 한빛벤처투자}), the modifier of a compound ({@code 협력업체}), an {@code after=}/{@code near=} requirement of
 * their lexicon entry unmet; and, once the clauses are known, a {@code with=} requirement unmet or a {@code weak}
 * entry next to another trigger in its clause.
 */
final class TriggerFilters {

    private final TriggerContexts contexts;
    private final CompoundTriggers compounds;
    private final String[] blockingTypes;

    /** @param blockingTypes annotation types (names) inside which no trigger is taken */
    TriggerFilters(TriggerContexts contexts, CompoundTriggers compounds, String[] blockingTypes) {
        this.contexts = contexts;
        this.compounds = compounds;
        this.blockingTypes = blockingTypes;
    }

    /** Removes the candidates of one sentence that are out of context (before overlaps are resolved). */
    void dropOutOfContext(List<TriggerCandidate> candidates, SentenceIndex index, Sentence sentence,
                          MorphemeSequence seq) {
        List<Annotation> blocking = new ArrayList<>();
        for (String typeName : blockingTypes) {
            blocking.addAll(index.covered(typeName, sentence));
        }
        List<int[]> stops = contexts.stopRanges(sentence.getCoveredText(), sentence.getBegin());
        // One pass: a compound modifier is told from all the candidates, those removed here included.
        candidates.removeIf(c -> inside(c.headBegin(), c.end(), stops) || overlaps(c.headBegin(), c.end(), blocking)
            || compounds.isModifier(seq, c, candidates) || !requirementsMet(index, sentence, seq, c));
    }

    /** Removes the kept triggers of one sentence whose clause lacks what they need. */
    static void dropByClause(List<TriggerCandidate> kept, ClauseBoundaries.Clauses clauses, SentenceIndex index,
                             Sentence sentence) {
        kept.removeIf(c -> c.entry().with() != null && index.covered(c.entry().with(), sentence).stream()
            .noneMatch(a -> clauses.sameClause(a.getBegin(), c.begin())));
        kept.removeIf(c -> c.entry().weak() && kept.stream().anyMatch(o -> o != c && !o.entry().weak()
            && clauses.sameClause(o.begin(), c.begin())));
    }

    private static boolean requirementsMet(SentenceIndex index, Sentence sentence, MorphemeSequence seq,
                                           TriggerCandidate c) {
        TriggerLexicon.Entry e = c.entry();
        if (e.after() != null
            && index.covered(e.after(), sentence).stream().noneMatch(a -> a.getEnd() == c.headBegin())) {
            return false;
        }
        if (e.near() != null) {
            int token = seq.tokenAt(c.headBegin());
            // the word before, or the one before that when a noun word is between (평택 공장을 찾았다)
            int from = token > 1 && startsWithNoun(seq, token - 1) ? seq.tokenBegin(token - 2)
                : token > 0 ? seq.tokenBegin(token - 1) : sentence.getBegin();
            return index.covered(e.near(), sentence).stream()
                .anyMatch(a -> a.getEnd() <= c.headBegin() && a.getEnd() > from);
        }
        return true;
    }

    private static boolean startsWithNoun(MorphemeSequence seq, int token) {
        int i = seq.firstAtOrAfter(seq.tokenBegin(token));
        return i < seq.size() && seq.get(i).token() == token && SejongTags.isNoun(seq.get(i).pos());
    }

    private static boolean inside(int begin, int end, List<int[]> ranges) {
        return ranges.stream().anyMatch(r -> r[0] <= begin && end <= r[1]);
    }

    private static boolean overlaps(int begin, int end, List<Annotation> annotations) {
        return annotations.stream().anyMatch(a -> a.getBegin() < end && begin < a.getEnd());
    }
}
