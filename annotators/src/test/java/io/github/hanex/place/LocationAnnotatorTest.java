package io.github.hanex.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.event.EventFixture;
import io.github.hanex.type.Location;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationAnnotatorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "한빛은 베트남 하노이에 공장을 짓는다.|베트남;하노이",
        "그는 뉴욕 본사를 방문했다.|뉴욕",
        "박 회장은 미국 텍사스주 휴스턴에서 만났다.|미국;텍사스주;휴스턴",
        "미국 워싱턴DC에서 면담했다.|미국;워싱턴DC",
        "이 회장은 미국행 비행기에 올랐다.|미국",
        "한빛은 인도에 공장을 짓는다.|인도",
        "제품을 인도했다.|''",
        "美 애플과 계약|美",
        "미국 애플과 중국 화웨이|미국;중국",
    })
    void marksPlacesFromTheGazetteer(String text, String expected) {
        var jcas = EventFixture.shared().run(text, null);

        assertThat(String.join(";", jcas.select(Location.class).map(Location::getCoveredText).toList()))
            .isEqualTo(expected);
        assertThat(jcas.select(Location.class).toList()).allSatisfy(l -> assertThat(l.getRule())
            .matches("(ner/places\\.gaz|places/places)\\.tsv:\\d+"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"한국전력은 전기요금을 올렸다.|한국전력", "대구은행 본점|대구은행"})
    void noPlaceInsideAnOrganization(String text, String organization) {
        var jcas = EventFixture.shared().run(text, null, EventFixture.org(organization));

        assertThat(jcas.select(Location.class).toList()).isEmpty();
    }
}
