package io.github.hanex.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.resource.RuleFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Publication dates of pages, read by the forms of {@code rules/dates/timestamps.tsv}. */
class TimestampsTest {

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
        assertThat(Timestamps.toIso(in)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource({"no date here", "2025-13-45", "'  '", "12025", "March 2025", "3월 2일 오후", "2025"})
    void rejectsNonDates(String in) {
        assertThat(Timestamps.toIso(in)).isNull();
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
        assertThat(Timestamps.toIso(in)).isEqualTo(iso);
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
        assertThat(Timestamps.startsWithDate(in)).isEqualTo(starts);
    }

    @Test
    void formsAreDataTriedInOrderAndAMatchWithoutADayGivesWayToTheNext(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("stamps.tsv"), String.join("\n",
            "# month and year only, then a day in one of two places",
            "abs\t(?<m>[A-Z][a-z]+) (?<y>\\d{4})",
            "abs\t(?:(?<d>\\d\\d)/)?(?<m>\\d\\d)/(?<y>\\d{4})(?:/(?<d2>\\d\\d))?(?: (?<hour>\\d\\d)h(?<minute>\\d\\d))?",
            ""));
        Timestamps stamps = Timestamps.load(rules.toString());

        assertThat(stamps.read("issue of March 2025, printed 05/2025/07 09h30")).isEqualTo("2025-05-07T09:30");
        assertThat(stamps.read("02/05/2025")).isEqualTo("2025-05-02");
        assertThat(stamps.read("13/2025/01")).as("month out of range: no date").isNull();
        assertThat(stamps.read("March 2025")).isNull();
    }

    @Test
    void aBrokenFormFailsWithFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("stamps.tsv"), "abs\t(?<y>\\d{4}\n");
        assertThatThrownBy(() -> Timestamps.load(rules.toString())).isInstanceOf(RuleFileException.class)
            .hasMessageContaining("stamps.tsv:1");
    }
}
