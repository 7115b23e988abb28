package io.github.hanex.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.event.EventFrame;
import io.github.hanex.eval.event.EventSet;
import io.github.hanex.eval.score.EventEvaluationResult;
import io.github.hanex.eval.score.EventEvaluator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventReportsTest {

    private static EventEvaluationResult result;

    @BeforeAll
    static void evaluate() {
        EventSet gold = new EventSet("events.csv");
        gold.add(new EventFrame("d", "", new Span(0, 2), "만나", "MEET", "ASSERTED", Set.of("A", "B"), "", "",
            "2025-03-13", "서울", ""));
        EventSet pred = new EventSet("out");
        pred.add(new EventFrame("d", "E1", new Span(0, 3), "만났", "MEET", "PLANNED", Set.of("A", "<b>"), "", "",
            "2025-03-13", "", "events/triggers.tsv:16"));
        result = EventEvaluator.evaluate(gold, pred, false);
    }

    @Test
    void jsonHasRolesArgumentsAndModality() {
        JsonNode json = EventReports.toJson(result);
        assertThat(json.path("triggers").path("tp").asInt()).isEqualTo(1);
        assertThat(json.path("roles").path("participant").path("strict").path("tp").asInt()).isEqualTo(1);
        assertThat(json.path("roles").path("participant").path("strict").path("fp").asInt()).isEqualTo(1);
        assertThat(json.path("roles").path("date").path("aligned_strict").path("f1").asDouble()).isEqualTo(1.0);
        assertThat(json.path("roles").path("place").path("lenient").path("fn").asInt()).isEqualTo(1);
        // 2 tp (A, date), 1 fp (<b>), 2 fn (B, place): P 2/3, R 1/2
        assertThat(json.path("arguments").path("strict").path("f1").asDouble()).isEqualTo(4.0 / 7, within());
        assertThat(json.path("modality").path("accuracy").asDouble()).isZero();
        assertThat(json.path("modality").path("confusion").path("ASSERTED").path("PLANNED").asInt()).isEqualTo(1);
        assertThat(json.path("errors")).hasSize(3);
        assertThat(json.path("errors").get(0).path("predicted").path("rule").asText())
            .isEqualTo("events/triggers.tsv:16");
    }

    @Test
    void consoleAndHtmlShowTheTable() {
        StringWriter text = new StringWriter();
        EventReports.print(result, new PrintWriter(text), 10);
        assertThat(text.toString()).contains("participant").contains("arguments").contains("modality over aligned")
            .contains("missed place").contains("spurious participant");
        String page = EventReports.htmlPage(result);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Event arguments").contains("&lt;b&gt;")
            .doesNotContain("<b>");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
