package io.github.hanex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.io.input.InputDocument;
import io.github.hanex.cas.InputFormat;
import io.github.hanex.run.DocumentProcessor;
import io.github.hanex.run.DocumentRows;
import io.github.hanex.run.Retry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

class TablesTest {

    private static final List<String> DOCUMENTS = List.of("doc_id", "source", "format", "charset", "status", "title",
        "published", "raw_chars", "text_chars", "paragraphs", "sentences", "tokens", "annotations");
    private static final List<String> ANNOTATIONS = List.of("doc_id", "type", "begin", "end", "text",
        "source_begin", "source_end", "canonical", "value", "value_max", "currency", "qualifier", "event_type",
        "modality", "rule");

    private static Tables tables() {
        return new Tables(List.of(Tables.table("documents.csv", DOCUMENTS),
            Tables.table("errors.csv", List.of("doc_id", "stage", "message")),
            Tables.table("annotations.csv", ANNOTATIONS)), false);
    }

    @Test
    void columnsAreTypedByName() {
        assertThat(Tables.typeOf("begin")).isEqualTo(DataTypes.IntegerType);
        assertThat(Tables.typeOf("trigger_source_end")).isEqualTo(DataTypes.IntegerType);
        assertThat(Tables.typeOf("raw_chars")).isEqualTo(DataTypes.IntegerType);
        assertThat(Tables.typeOf("amount_value")).isEqualTo(DataTypes.createDecimalType(38, 10));
        assertThat(Tables.typeOf("value_max")).isEqualTo(DataTypes.createDecimalType(38, 10));
        assertThat(Tables.typeOf("text")).isEqualTo(DataTypes.StringType);
        assertThat(Tables.schema(tables().documents()).fieldNames()).containsExactlyElementsOf(DOCUMENTS);
        assertThat(tables().documentSchema().fieldNames()).endsWith("rows_errors", "rows_annotations");
    }

    @Test
    void moneyValuesAreExactUpTo28IntegerAnd10FractionDigits() {
        assertThat(Tables.decimal("16500000000")).isEqualByComparingTo("16500000000");
        assertThat(Tables.decimal("0.0325")).isEqualTo(new BigDecimal("0.0325000000"));
        assertThat(Tables.decimal("9".repeat(28) + ".0123456789")).isNotNull();
        assertThat(Tables.decimal("1" + "0".repeat(28))).isNull();
        assertThat(Tables.decimal("0.00000000001")).isNull();
        assertThat(Tables.decimal("abc")).isNull();
    }

    @Test
    void aValueTheTypeCannotHoldIsEmptyAndSaysSoInErrors() {
        List<String> money = new ArrayList<>(Arrays.asList(new String[ANNOTATIONS.size()]));
        java.util.Collections.fill(money, "");
        money.set(0, "a.txt");
        money.set(1, "Money");
        money.set(2, "0");
        money.set(3, "45");
        money.set(4, "1" + "0".repeat(40) + "원");
        money.set(8, "1" + "0".repeat(40));
        money.set(10, "KRW");
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        rows.put("documents.csv", List.of(List.of("a.txt", "file:///a.txt", "text", "UTF-8", "ok", "", "", "45", "45",
            "1", "1", "1", "1")));
        rows.put("annotations.csv", List.of(money));

        Row row = tables().row(new DocumentRows("a.txt", true, "", "", Retry.NEVER, 45, 45, rows, null, null),
            InputFormat.TEXT);

        Row annotation = (Row) ((Object[]) row.get(DOCUMENTS.size() + 1))[0];
        assertThat(annotation.get(8)).isNull();
        assertThat(annotation.getInt(2)).isZero();
        assertThat(annotation.get(7)).isNull(); // empty canonical: null
        Row error = (Row) ((Object[]) row.get(DOCUMENTS.size()))[0];
        assertThat(error.getString(0)).isEqualTo("a.txt");
        assertThat(error.getString(1)).isEqualTo("write");
        assertThat(error.getString(2)).contains("annotations.value", "does not fit decimal(38,10)");
    }

    @Test
    void aFailedPageFileKeepsTheFormatOfItsName() {
        DocumentRows failed = DocumentProcessor.failure(InputDocument.unreadable("a.html", null, "s3a://b/a.html",
            "truncated gzip file"), "", "read", "truncated gzip file", Retry.NEVER, 0);

        Row row = tables().row(failed, InputFormat.HTML);

        assertThat(row.getString(2)).isEqualTo("html");
        assertThat(row.getString(4)).isEqualTo("failed");
        assertThat(row.get(7)).isNull();
        assertThat(((Row) ((Object[]) row.get(DOCUMENTS.size()))[0]).getString(2)).isEqualTo("truncated gzip file");
    }
}
