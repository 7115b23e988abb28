package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextShapeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "朴 회장, 美 출장길에 '165억달러' 보따리 | 朴 회장 美 출장길에 165억달러 보따리",
        "Breaking: Markets RALLY! | breaking markets rally",
        "Breaking: Markets RALLY! | breaking markets rallying",
        "2025 | 2024",
        "'' | ''",
        "--- | ''",
    })
    void foldEqualsIsFoldThenEquals(String text, String other) {
        String folded = TextShape.fold(other);

        assertThat(TextShape.foldEquals(text, folded)).isEqualTo(TextShape.fold(text).equals(folded));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"한빛전자 MS에 3나노 AI칩 공급 | 한빛전자, MS에 AI칩 공급", "abc | abd", "ab | abcd"})
    void aReferenceComparesAsSimilarityDoes(String a, String b) {
        String fa = TextShape.fold(a);
        String fb = TextShape.fold(b);

        assertThat(new TextShape.Reference(fb).similarity(fa)).isEqualTo(TextShape.similarity(fa, fb))
            .isEqualTo(TextShape.similarity(fb, fa));
    }
}
