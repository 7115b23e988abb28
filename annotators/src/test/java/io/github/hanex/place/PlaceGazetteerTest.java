package io.github.hanex.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceGazetteerTest {

    private static final PlaceGazetteer PLACES = PlaceGazetteer.load("classpath:hanex/rules/places/places.tsv");

    @Test
    void theLongestNameAtAPositionWins() {
        assertThat(PLACES.longestAt("미국 텍사스주 휴스턴", 0).name()).isEqualTo("미국");
        assertThat(PLACES.longestAt("미국 텍사스주 휴스턴", 3).name()).isEqualTo("텍사스주");
        assertThat(PLACES.longestAt("미국 워싱턴DC에서", 3).name()).isEqualTo("워싱턴DC");
        assertThat(PLACES.longestAt("미국행", 0).name()).isEqualTo("미국");
    }

    @Test
    void noNameNoPlace() {
        assertThat(PLACES.longestAt("미래에셋", 0)).isNull();
        assertThat(PLACES.longestAt("미", 0)).isNull();
        assertThat(PLACES.longestAt("한국", 2)).isNull();
        assertThat(PLACES.longestAt("", 0)).isNull();
    }

    @Test
    void placesKeepTheirRule() {
        assertThat(PLACES.longestAt("중국", 0).rule()).startsWith("places/places.tsv:");
    }
}
