package io.github.hanex.boilerplate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void wordsAreRunsOfLettersDigitsAndUnderscoresInEveryScript() {
        assertThat(ShingleScore.words("Hello, world! 3.5% of snake_case — 반도체 수출이 늘었다²"))
            .containsExactly("Hello", "world", "3", "5", "of", "snake_case", "반도체", "수출이", "늘었다²");
    }

    @Test
    void identicalTextsScoreOneAndCaseMatters() {
        ShingleScore.Page same = ShingleScore.page("The cat sat on the mat.", "the cat sat on the mat");
        // "The cat sat on" differs from "the cat sat on": one of three shingles is wrong each way.
        assertThat(same.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(ShingleScore.page("a b c d e", "a b c d e").f1()).isEqualTo(1.0);
    }

    @Test
    void countsAreAMultisetNormalizedPerPage() {
        // predicted: (a b c d) x2, reference: (a b c d) x1 + (x y z w) x1
        ShingleScore.Page p = ShingleScore.page("a b c d\na b c d", "a b c d. x y z w");
        // shingles of the prediction: abcd, bcda, cdab, dabc, abcd -> 5; reference: abcd bcdx cdxy dxyz xyzw -> 5
        assertThat(p.tp() + p.fp() + p.fn()).isCloseTo(1.0, within(1e-9));
        assertThat(p.precision()).isCloseTo(1.0 / 5, within(1e-9));
        assertThat(p.recall()).isCloseTo(1.0 / 5, within(1e-9));
    }

    @Test
    void aTextUnderFourWordsIsOneShingle() {
        assertThat(ShingleScore.shingles("one two")).hasSize(1);
        assertThat(ShingleScore.page("one two", "one two").f1()).isEqualTo(1.0);
        assertThat(ShingleScore.page("", "one two three four").recall()).isZero();
    }

    @Test
    void aSetAveragesPrecisionAndRecallOverPagesThenTakesTheirHarmonicMean() {
        ShingleScore.Summary s = new ShingleScore.Summary();
        s.add(ShingleScore.page("a b c d", "a b c d"));             // P 1, R 1
        s.add(ShingleScore.page("a b c d e f g", "a b c d"));       // P 1/4, R 1
        s.add(ShingleScore.page("", "a b c d"));                     // nothing predicted: recall 0 only
        assertThat(s.pages()).isEqualTo(3);
        assertThat(s.precision()).isCloseTo((1 + 0.25) / 2, within(1e-9));
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
        double p = 0.625;
        double r = 2.0 / 3;
        assertThat(s.f1()).isCloseTo(2 * p * r / (p + r), within(1e-9));
    }
}
