package io.github.hanex.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MorphemePatternTest {

    /** 계약을 체결했다: 계약/NNG 을/JKO 체결/NNG 하/XSV 았/EP 다/EF, 했 = 하+았 sharing a span. */
    static final MorphemeSequence SIGNED = MorphemeSequence.of(List.of(
        new MorphemeSequence.Morph(0, 2, "계약", "NNG", 0),
        new MorphemeSequence.Morph(2, 3, "을", "JKO", 0),
        new MorphemeSequence.Morph(4, 6, "체결", "NNG", 1),
        new MorphemeSequence.Morph(6, 7, "하", "XSV", 1),
        new MorphemeSequence.Morph(6, 7, "았", "EP", 1),
        new MorphemeSequence.Morph(7, 8, "다", "EF", 1)), new int[] {0, 4}, new int[] {3, 8});

    @Test
    void bracketsMarkTheSpanAndTheRestIsTakenUp() {
        MorphemePattern p = MorphemePattern.parse("[계약/NN*] 을|를/JKO 체결");

        assertThat(p.findAll(SIGNED)).containsExactly(new MorphemePattern.Match(0, 2, 0, 2));
    }

    @Test
    void optionalItemsAndAnyLemma() {
        assertThat(MorphemePattern.parse("체결/NNG 되/XSV? */EP").findAll(SIGNED)).isEmpty();
        assertThat(MorphemePattern.parse("체결/NNG 하/XSV|XSA? */EP").findAll(SIGNED))
            .containsExactly(new MorphemePattern.Match(2, 4, 4, 7));
        assertThat(MorphemePattern.parse("*/EP */EF").findAll(SIGNED)).hasSize(1);
    }

    @Test
    void tagsAreCheckedWhenGiven() {
        assertThat(MorphemePattern.parse("계약/VV").findAll(SIGNED)).isEmpty();
        assertThat(MorphemePattern.parse("계약").findAll(SIGNED)).hasSize(1);
        assertThat(MorphemePattern.parse("계약/NNG").singleLemma()).isEqualTo("계약");
        assertThat(MorphemePattern.parse("계약|협약/NNG").singleLemma()).isNull();
    }

    @Test
    void malformedPatternsAreRejected() {
        assertThatThrownBy(() -> MorphemePattern.parse("계약/nng")).hasMessageContaining("bad tag");
        assertThatThrownBy(() -> MorphemePattern.parse("계약/")).hasMessageContaining("bad item");
        assertThatThrownBy(() -> MorphemePattern.parse("계약?")).hasMessageContaining("not optional");
        assertThatThrownBy(() -> MorphemePattern.parse("[계약] [체결]")).hasMessageContaining("one pair");
    }
}
