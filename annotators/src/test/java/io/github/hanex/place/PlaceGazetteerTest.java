package io.github.hanex.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.resource.RuleFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceGazetteerTest {

    private static final PlaceGazetteer PLACES = PlaceGazetteer.load("classpath:hanex/rules/ner/places.gaz.tsv",
        "classpath:hanex/rules/places/places.tsv");

    @TempDir
    Path dir;

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
    void placesKeepTheLineTheyAreWrittenOnce() {
        assertThat(PLACES.longestAt("중국", 0).rule()).startsWith("ner/places.gaz.tsv:");
        assertThat(PLACES.longestAt("중국", 0).kind()).isEqualTo("country");
        assertThat(PLACES.longestAt("기흥", 0).rule()).startsWith("places/places.tsv:");
    }

    @Test
    void aGazetteerLineIsAPlaceOnlyWithAPlaceKind() throws Exception {
        Path gazetteer = Files.writeString(dir.resolve("p.gaz.tsv"),
            "# places\n서울\tNone\t\tcity\n서울특별시\tNone\n美\tNone\t미국\tabbreviation\n여의도\tNone\t\tnote\n");
        PlaceGazetteer places = PlaceGazetteer.load(gazetteer.toString());

        assertThat(places.longestAt("서울특별시", 0).name()).isEqualTo("서울");
        assertThat(places.longestAt("美", 0).rule()).isEqualTo("p.gaz.tsv:4");
        assertThat(places.longestAt("여의도", 0)).isNull();
    }

    @Test
    void aPlaceNameWithWhiteSpaceFailsWithFileAndLine() throws Exception {
        Path gazetteer = Files.writeString(dir.resolve("p.gaz.tsv"), "워싱턴 DC\tNone\n워싱턴 D.C.\tNone\t\tcity\n");
        assertThatThrownBy(() -> PlaceGazetteer.load(gazetteer.toString())).isInstanceOf(RuleFileException.class)
            .hasMessageContaining("p.gaz.tsv:2").hasMessageContaining("white space");
    }
}
