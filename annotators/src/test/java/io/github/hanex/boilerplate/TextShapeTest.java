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

    private static final BoilerplateCues CUES = BoilerplateCues.defaults();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "뉴스 홈 정치 경제 사회; true",
        "국제 문화 스포츠 날씨; true",
        "정치 | 경제 | 사회; true",
        "홈 > 산업; true",
        "home about us blog shop faq; true",
        "정부 내년 연구개발 예산 역대 최대 편성; false",
        "삼성 반도체 투자 확대; false",
        "man bites dog in city park today; false",
        "work on the mill creek bridge will now run in three phases; false",
        "경제 위기; false",
    })
    void menusAreSectionRowsNotHeadlinesWithoutParticles(String line, boolean menu) {
        assertThat(TextShape.isMenu(line, CUES)).isEqualTo(menu);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "‹이미지를 클릭하시면 원본을 보실 수 있습니다.› | true",
        "글자 크기를 변경하시면 기사 본문에 적용됩니다. | true",
        "읽기 모드로 전환되었습니다 | true",
        "노안으로 글자 크기를 키우는 사람이 늘었다. | false",
        "정부는 글자 크기 규정을 바꾸기로 했습니다. 업계는 환영했습니다. 소비자 단체는 반대했습니다. 논란은 이어질 전망입니다. 다음 주 공청회가 열립니다. | false",
    })
    void uiNoticesArePoliteLinesAboutThePage(String line, boolean notice) {
        assertThat(TextShape.isUiNotice(line.toLowerCase(java.util.Locale.ROOT), CUES)).isEqualTo(notice);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "입력 2025.03.02 10:21 | 0",
        "2024.12.01 폐막 | 2",
        "updated 2 july 2024, 09:15 | 0",
        "no date here at all | 2147483647",
    })
    void dateLeftoverCountsTheLettersBesidesTheDate(String line, int leftover) {
        assertThat(TextShape.dateLeftover(line, CUES)).isEqualTo(leftover);
    }
}
