package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-03-02T10:21:00+09:00 | 2025-03-02T10:21:00+09:00",
        "2025-03-02T01:21:00Z | 2025-03-02T01:21:00Z",
        "입력 2025.03.02 10:21 | 2025-03-02T10:21",
        "2025.3.2. 오후 3:05 | 2025-03-02T15:05",
        "2025년 3월 2일 (일) 오전 9시 05분 | 2025-03-02T09:05",
        "2025-03-02 | 2025-03-02",
        "March 2, 2025 | 2025-03-02",
        "2 March 2025 | 2025-03-02",
        "Sun, 02 Mar 2025 10:21:00 GMT | 2025-03-02T10:21:00Z",
        "Nov. 19, 2024 at 8:30 p.m. | 2024-11-19T20:30",
        "20250302 | 2025-03-02",
    })
    void readsCommonDateFormats(String in, String iso) {
        assertThat(Dates.toIso(in)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource({"no date here", "2025-13-45", "'  '", "12025", "March 2025", "3월 2일 오후", "2025"})
    void rejectsNonDates(String in) {
        assertThat(Dates.toIso(in)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "제1920호 2025.03.02 | 2025-03-02",
        "12025.3.2 그리고 2024.11.30 | 2024-11-30",
        "updated MAR 3 2025 | 2025-03-03",
        "May 2025, on 20250302 | 2025-03-02",
        "2020년 그리고 2021년 5월 6일 | 2021-05-06",
    })
    void readsTheFirstDateAfterOtherNumbers(String in, String iso) {
        assertThat(Dates.toIso(in)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12 July 2024: Opening night | true",
        "2025.03.10 온라인 설명회 | true",
        "- March 17, 2025: Phase one begins | true",
        "입력 2025.03.02 10:21 | true",
        "Opening night on 12 July 2024 | false",
        "July 2024 | false",
        "no date | false",
    })
    void tellsLinesThatBeginWithADate(String in, boolean starts) {
        assertThat(Dates.startsWithDate(in)).isEqualTo(starts);
    }
}
