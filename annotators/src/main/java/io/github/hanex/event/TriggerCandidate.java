package io.github.hanex.event;

/**
 * A place where a trigger may be: its lexicon entry, its span, where the lexicon word begins in it (after the rest
 * of a compound: {@code 해외투자} begins at {@code 투자}), and the morphemes it takes up (positions in the sentence's
 * {@link MorphemeSequence}).
 */
record TriggerCandidate(TriggerLexicon.Entry entry, int begin, int end, int headBegin, int first, int last) {

    int morphemes() {
        return last - first + 1;
    }

    boolean overlapsMorphemes(TriggerCandidate o) {
        return first <= o.last && o.first <= last;
    }
}
