package io.github.hanex.io.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.event.EventFixture;
import io.github.hanex.type.SourceSpan;
import java.util.List;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class EventRowsTest {

    @Test
    void oneRowPerEventWithFlattenedArguments() {
        String text = "한빛전자는 24일 미국 애플과 3조원 규모의 계약을 체결했다. 박 회장은 내달 베트남 하노이를 방문한다.";
        JCas jcas = EventFixture.shared().run(text, "2025-03-20", EventFixture.org("한빛전자", "한빛전자(주)"),
            EventFixture.org("애플", "Apple"), EventFixture.person("박", "박서연"),
            EventFixture.money("3조원", "3000000000000", "KRW"));
        // The article text was copied from offset 100 of the original input.
        SourceSpan span = new SourceSpan(jcas, 0, text.length());
        span.setSourceBegin(100);
        span.setSourceEnd(100 + text.length());
        span.addToIndexes();

        List<List<String>> rows = EventRows.of(jcas);

        assertThat(rows).hasSize(2);
        rows.forEach(r -> assertThat(r).hasSize(EventRows.HEADER.size()));
        int at = text.indexOf("계약");
        assertThat(rows.get(0)).containsExactly("test.txt", "E1", "CONTRACT", "ASSERTED", "계약",
            Integer.toString(at), Integer.toString(at + 2), Integer.toString(100 + at), Integer.toString(102 + at),
            "한빛전자는 24일 미국 애플과 3조원 규모의 계약을 체결했다.", "한빛전자(주);Apple", "3000000000000", "KRW",
            "2025-03-24", "", rows.get(0).get(15));
        assertThat(rows.get(0).get(15)).startsWith("events/triggers.tsv:");
        assertThat(rows.get(1).subList(1, 5)).containsExactly("E2", "TRAVEL", "PLANNED", "방문");
        // the place is the most specific name (one Location per name)
        assertThat(rows.get(1).subList(10, 15)).containsExactly("박서연", "", "", "2025-04", "하노이");
    }

    @Test
    void headerNamesTheColumns() {
        assertThat(EventRows.HEADER).containsExactly("doc_id", "event_id", "event_type", "modality", "trigger",
            "trigger_begin", "trigger_end", "trigger_source_begin", "trigger_source_end", "sentence",
            "participants", "amount_value", "amount_currency", "date", "place", "rule");
    }
}
