package io.github.hanex.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.resource.RuleFileException;
import io.github.hanex.resource.RuleFileReader;
import io.github.hanex.type.Date;
import io.github.hanex.type.DocumentMetadata;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateAnnotatorTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = AnalysisEngineFactory.createEngine(DateAnnotator.class);
    }

    @ParameterizedTest(name = "{0} published {1} -> {2} = {3}")
    @CsvSource(delimiter = '|', value = {
        "2025년 3월 5일 회동했다.|2024-12-01|2025년 3월 5일|2025-03-05",
        "2025.3.5 발표|2024-12-01|2025.3.5|2025-03-05",
        "3월5일 출국했다.|2025-03-20|3월5일|2025-03-05",
        "지난 7월 만났다.|2025-03-20|지난 7월|2024-07",
        "오는 7월 만난다.|2025-03-20|오는 7월|2025-07",
        "7월 착공한다.|2025-03-20|7월|2025-07",
        "23일 만났다.|2025-03-20|23일|2025-03-23",
        "지난 23일 만났다.|2025-03-20|지난 23일|2025-02-23",
        "2일 밝혔다.|2025-03-30|2일|2025-04-02",
        "내달 방문한다.|2025-12-10|내달|2026-01",
        "지난달 계약했다.|2025-01-10|지난달|2024-12",
        "지난해 11월 투자했다.|2025-01-10|지난해 11월|2024-11",
        "올해 투자한다.|2025-01-10|올해|2025",
        "어제 만났다.|2025-03-01|어제|2025-02-28",
        "2025년 목표|2025-03-01|2025년|2025",
    })
    void resolvesAgainstThePublicationDate(String text, String published, String span, String value)
        throws Exception {
        List<Date> dates = run(text, published);

        assertThat(dates).extracting(Date::getCoveredText, Date::getValue).containsExactly(
            org.assertj.core.groups.Tuple.tuple(span, value));
        assertThat(dates.get(0).getRule()).startsWith("dates/dates.tsv:");
    }

    @Test
    void relativeDatesWithoutPublicationDateHaveNoValue() throws Exception {
        assertThat(run("내달 23일 방문한다.", null)).extracting(Date::getCoveredText, Date::getValue)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("내달 23일", ""));
        assertThat(run("2025년 3월 5일", null)).extracting(Date::getValue).containsExactly("2025-03-05");
    }

    @Test
    void countsAndInvalidDatesAreNotDates() throws Exception {
        assertThat(run("30일간 파업했다. 13월 32일. 12345일. 내일배움카드", "2025-03-20"))
            .extracting(Date::getCoveredText).containsExactly("내일");
        assertThat(run("2월 30일", "2025-03-20")).isEmpty();
    }

    @Test
    void brokenRuleFileNamesFileAndLine() {
        assertThatThrownBy(() -> DateRules.parse(RuleFileReader.parse("dates.tsv", "# c\nabs\t(\\d+\n")))
            .isInstanceOf(RuleFileException.class).hasMessageStartingWith("dates.tsv:2: bad regular expression");
        assertThatThrownBy(() -> DateRules.parse(RuleFileReader.parse("dates.tsv", "week+1\t주\n")))
            .isInstanceOf(RuleFileException.class).hasMessageStartingWith("dates.tsv:1: resolution");
    }

    private static List<Date> run(String text, String published) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        DocumentMetadata meta = new DocumentMetadata(jcas, 0, text.length());
        meta.setPublished(published);
        meta.addToIndexes();
        engine.process(jcas);
        return jcas.select(Date.class).asList();
    }
}
