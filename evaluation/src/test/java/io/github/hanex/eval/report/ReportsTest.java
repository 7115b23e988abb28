package io.github.hanex.eval.report;

import static io.github.hanex.eval.Mentions.at;
import static io.github.hanex.eval.Mentions.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hanex.eval.DocumentTexts;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.score.EvaluationOptions;
import io.github.hanex.eval.score.EvaluationResult;
import io.github.hanex.eval.score.Evaluator;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportsTest {

    private static EvaluationResult result;

    @BeforeAll
    static void evaluate() {
        MentionSet gold = set("gold.csv", at("d1", "Person", 0, 3), at("d1", "Organization", 4, 8),
            at("d1", "Money", 10, 15, "value", "100", "currency", "KRW", "qualifier", "EXACT"));
        DocumentTexts texts = new DocumentTexts();
        texts.put("d1", "김민준 <한빛> 100만원 & \"따옴표\"", null);
        gold.setTexts(texts);
        MentionSet pred = set("out/", at("d1", "Person", 0, 3),
            at("d1", "Money", 10, 15, "value", "100", "currency", "KRW", "qualifier", "APPROX"));
        pred.add(new Mention("d1", "Person", new Span(17, 22), null, "\"따옴표\"",
            Map.of("rule", "<script>alert(1)</script>")));
        result = Evaluator.evaluate(gold, pred, EvaluationOptions.defaults().withResamples(50));
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(result, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        JsonNode person = json.path("types").path("Person");
        for (String matching : new String[] {"strict", "lenient"}) {
            for (String key : new String[] {"precision", "recall", "f1", "tp", "fp", "fn"}) {
                assertThat(person.path(matching).has(key)).as(matching + "." + key).isTrue();
                assertThat(json.path("overall").path("micro").path(matching).has(key)).isTrue();
            }
            assertThat(json.path("overall").path("macro").path(matching).path("f1").isNumber()).isTrue();
        }
        assertThat(person.path("strict").path("tp").asInt()).isEqualTo(1);
        assertThat(person.path("strict").path("fp").asInt()).isEqualTo(1);
        assertThat(person.path("strict").path("precision").asDouble()).isEqualTo(0.5);
        assertThat(json.path("overall").path("micro").path("strict").path("f1").asDouble())
            .isEqualTo(result.micro().strict().f1());
        assertThat(json.path("attributes").path("Money").path("qualifier").path("strict").path("accuracy")
            .asDouble()).isZero();
        assertThat(json.path("attributes").path("Money").path("value_currency").path("strict").path("accuracy")
            .asDouble()).isEqualTo(1.0);
        assertThat(json.path("bootstrap").path("overall").path("micro.strict.f1").size()).isEqualTo(2);
        assertThat(json.path("documents").get(0).path("doc_id").asText()).isEqualTo("d1");
        assertThat(json.path("errors")).hasSize(2);
        JsonNode fn = json.path("errors").get(0);
        assertThat(fn.path("kind").asText()).isEqualTo("false_negative");
        assertThat(fn.path("context").path("text").asText()).isEqualTo("<한빛>");
        assertThat(json.path("confusion").path("labels").isArray()).isTrue();
    }

    @Test
    void htmlIsSelfContainedAndEscaped() {
        String html = HtmlReport.render(result);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script")
            .doesNotContain("<link").doesNotContain("src=").doesNotContain("http");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("<mark class=\"g\">&lt;한빛&gt;</mark>");
        assertThat(html).contains("&quot;따옴표&quot;");
        assertThat(html).contains("missed (false negative): 1").contains("spurious (false positive): 1");
    }

    @Test
    void jsonHasTheRuleTableAndTheErrorPlacement() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(result, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        JsonNode rule = json.path("rules").get(0);
        assertThat(rule.path("rule").asText()).isEqualTo("<script>alert(1)</script>");
        assertThat(rule.path("type").asText()).isEqualTo("Person");
        assertThat(rule.path("lenient").path("fp").asInt()).isEqualTo(1);
        assertThat(rule.path("lenient").path("precision").asDouble()).isZero();
        assertThat(rule.path("only_false_positives").asBoolean()).isTrue();
        assertThat(rule.path("false_positives").get(0).path("text").asText()).isEqualTo("\"따옴표\"");
        assertThat(json.path("rule_files").isArray()).isTrue();
        assertThat(json.path("missed_by_context").path("Organization").path("missed").asInt()).isEqualTo(1);
        assertThat(json.path("gold_out_of_text").path("count").asInt()).isZero();
        JsonNode fn = json.path("errors").get(0);
        assertThat(fn.path("context").path("in").asText()).isEqualTo("article");
        assertThat(fn.path("context").path("gold").get(0).asInt()).isEqualTo(4);
        assertThat(fn.path("gold_in_article").path("begin").asInt()).isEqualTo(4);
        assertThat(fn.path("words").path("after").isNull()).as("no word with digits").isTrue();
    }

    @Test
    void htmlErrorsShowGoldAndPredictionSideBySideWithDataForOtherPages() {
        String html = HtmlReport.render(result, "", (docId, span) -> "view/" + docId + ".html"
            + (span == null ? "" : "#" + span.begin()));
        assertThat(html).contains("<th>gold</th><th>predicted</th><th>context</th>");
        assertThat(html).contains("id=\"error-1\" data-doc-id=\"d1\" data-pred-doc-id=\"d1\" data-kind=\"FN\""
            + " data-type=\"Organization\" data-offsets=\"article\" data-gold-begin=\"4\" data-gold-end=\"8\"");
        assertThat(html).contains("data-kind=\"FP\" data-type=\"Person\" data-offsets=\"article\""
            + " data-pred-begin=\"17\" data-pred-end=\"22\"");
        assertThat(html).contains("<a href=\"view/d1.html#4\">d1</a>").as("the documents table")
            .contains("<tr data-doc-id=\"d1\" data-pred-doc-id=\"d1\"><td><a href=\"view/d1.html\">d1</a>");
        assertThat(html).contains("<div class=\"scroll\"><table class=\"confusion\">");
        assertThat(html).contains("<h2 id=\"rules\">Rules</h2>").contains("class=\"fponly\"");
        assertThat(HtmlReport.render(result)).doesNotContain("<a href=\"view/");
    }

    @Test
    void consoleShowsTablesAndErrors() {
        StringWriter text = new StringWriter();
        ConsoleReport.print(result, new PrintWriter(text), 10);
        assertThat(text.toString()).contains("Person").contains("micro").contains("macro (3 types)")
            .contains("Money qualifier").contains("FN   Organization")
            .contains("rule <script>alert(1)</script>")
            .contains("rules with false positives: 1 of 3 rules, 1 with false positives only (*)")
            .contains("missed by context");
        assertThat(text.toString().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }
}
