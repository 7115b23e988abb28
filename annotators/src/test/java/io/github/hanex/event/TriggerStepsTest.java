package io.github.hanex.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hanex.resource.RuleFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The steps of the trigger annotator on their own, on hand-made morpheme sequences (no analyzer). */
class TriggerStepsTest {

    @TempDir
    Path dir;

    private static final TriggerLexicon LEXICON = TriggerLexicon.parse(RuleFileReader.parse("triggers.tsv",
        "INVESTMENT\t투자/NNG\nCONTRACT\t[계약/NNG] 을/JKO 체결\nCONTRACT\t체결/NNG\tweak\n"));

    private CompoundTriggers compounds() throws Exception {
        Path stops = Files.writeString(dir.resolve("stop-phrases.tsv"), "투자자\n");
        Path heads = Files.writeString(dir.resolve("compound-heads.tsv"), "계획\n");
        return new CompoundTriggers(LEXICON, TriggerContexts.load(stops.toString(), heads.toString()));
    }

    /** One eojeol of one noun (and a particle). */
    private static MorphemeSequence word(String noun, String particle) {
        List<MorphemeSequence.Morph> morphs = new ArrayList<>();
        morphs.add(new MorphemeSequence.Morph(0, noun.length(), noun, "NNG", 0));
        morphs.add(new MorphemeSequence.Morph(noun.length(), noun.length() + 1, particle, "JKO", 0));
        return MorphemeSequence.of(morphs, new int[] {0}, new int[] {noun.length() + 1});
    }

    @Test
    void aNounTriggerMatchesAtTheEndOfALongerNounAndAtItsStartBeforeACompoundHead() throws Exception {
        TriggerMatcher matcher = new TriggerMatcher(LEXICON, compounds());

        assertThat(matcher.candidates("해외투자를", word("해외투자", "를")))
            .extracting(TriggerCandidate::begin, TriggerCandidate::end, TriggerCandidate::headBegin)
            .containsExactly(tuple(0, 4, 2));
        assertThat(matcher.candidates("투자계획을", word("투자계획", "을")))
            .extracting(TriggerCandidate::begin, TriggerCandidate::end).containsExactly(
                tuple(0, 2));
        assertThat(matcher.candidates("투자은행을", word("투자은행", "을"))).isEmpty();
    }

    @Test
    void aTriggerNounBeforeAnotherNounOfItsWordIsAModifierUnlessThatNounIsAHead() throws Exception {
        CompoundTriggers compounds = compounds();
        MorphemeSequence firm = MorphemeSequence.of(List.of(
            new MorphemeSequence.Morph(0, 2, "투자", "NNG", 0),
            new MorphemeSequence.Morph(2, 4, "업체", "NNG", 0)), new int[] {0}, new int[] {4});
        MorphemeSequence plan = MorphemeSequence.of(List.of(
            new MorphemeSequence.Morph(0, 2, "투자", "NNG", 0),
            new MorphemeSequence.Morph(2, 4, "계획", "NNG", 0)), new int[] {0}, new int[] {4});
        TriggerCandidate investment = new TriggerCandidate(LEXICON.entries().get(0), 0, 2, 0, 0, 0);

        assertThat(compounds.isModifier(firm, investment, List.of(investment))).isTrue();
        assertThat(compounds.isModifier(plan, investment, List.of(investment))).isFalse();
    }

    @Test
    void ofOverlappingCandidatesTheOneWithMoreMorphemesWinsAndTheRestKeepTextOrder() {
        TriggerCandidate contract = new TriggerCandidate(LEXICON.entries().get(1), 0, 2, 0, 0, 3);
        TriggerCandidate signing = new TriggerCandidate(LEXICON.entries().get(2), 4, 6, 4, 2, 2);
        TriggerCandidate later = new TriggerCandidate(LEXICON.entries().get(0), 10, 12, 10, 6, 6);
        TriggerCandidate earlier = new TriggerCandidate(LEXICON.entries().get(0), 8, 9, 8, 5, 5);

        assertThat(TriggerOverlaps.resolve(List.of(later, signing, contract, earlier)))
            .containsExactly(contract, earlier, later);
    }
}
