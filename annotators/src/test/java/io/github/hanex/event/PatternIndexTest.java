package io.github.hanex.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternIndexTest {

    /** 계약을 체결했다 (the fixture of MorphemePatternTest). */
    private static final MorphemeSequence SIGNED = MorphemePatternTest.SIGNED;

    @Test
    void patternsWhoseFirstLemmaIsMissingCannotMatch() {
        List<MorphemePattern> patterns = List.of(MorphemePattern.parse("투자/NNG"),
            MorphemePattern.parse("[계약/NNG] 을/JKO 체결"), MorphemePattern.parse("*/EF"),
            MorphemePattern.parse("새/MM? 체결/NNG"), MorphemePattern.parse("협약|체결/NNG"));

        boolean[] may = new PatternIndex(patterns).candidates(SIGNED);

        assertThat(may).containsExactly(false, true, true, true, true);
        for (int i = 0; i < patterns.size(); i++) {
            if (!may[i]) {
                assertThat(patterns.get(i).findAll(SIGNED)).isEmpty();
            }
        }
    }

    @Test
    void startsAreLookedUpByLemma() {
        PatternIndex index = new PatternIndex(List.of(MorphemePattern.parse("새/MM? 체결/NNG"),
            MorphemePattern.parse("*/EF"), MorphemePattern.parse("체결/NNG")));

        assertThat(index.startingWith("체결")).containsExactly(0, 2);
        assertThat(index.startingWith("새")).containsExactly(0);
        assertThat(index.startingWith("없음")).isEmpty();
        assertThat(index.anyStart()).containsExactly(1);
    }
}
