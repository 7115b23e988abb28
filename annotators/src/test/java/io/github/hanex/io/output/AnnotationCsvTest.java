package io.github.hanex.io.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.boilerplate.ArticleViews;
import io.github.hanex.boilerplate.ExtractedArticle;
import io.github.hanex.boilerplate.PageMetadata;
import io.github.hanex.cas.InputFormat;
import io.github.hanex.cas.Views;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.text.ArticleText;
import io.github.hanex.type.Money;
import io.github.hanex.type.Organization;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.uima.fit.testing.junit.ManagedJCas;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** annotations.csv rows: offsets in both texts, RFC 4180 quoting of awkward text. */
class AnnotationCsvTest {

    @RegisterExtension
    static final ManagedJCas MANAGED = new ManagedJCas();

    @Test
    void rowsCarrySourceOffsetsAndQuoteCommasQuotesAndNewlines() throws Exception {
        String raw = "메뉴\n<p>\"한빛, 전자\"\n(주)는 1,000원을 냈다</p>";
        JCas jcas = MANAGED.get();
        DocumentLoader.loadText(jcas, "news/a.html", "file:/a.html", InputFormat.HTML, raw, "UTF-8");
        int from = raw.indexOf('"');
        int to = raw.indexOf("</p>");
        ArticleText article = ArticleText.builder().startParagraph("body", "t").append(raw.substring(from, to), from, to)
            .build();
        ArticleViews.write(jcas, jcas.getView(Views.RAW), new ExtractedArticle(article,
            PageMetadata.EMPTY));
        String text = jcas.getDocumentText();
        Organization org = new Organization(jcas, 0, text.indexOf("는"));
        org.setCanonical("한빛전자");
        org.setRule("ner/test.tsv:3");
        org.addToIndexes();
        Money money = new Money(jcas, text.indexOf("1,000"), text.indexOf("을"));
        money.setValue("1000");
        money.setCurrency("KRW");
        money.setQualifier("EXACT");
        money.setRule("money:test");
        money.addToIndexes();

        List<List<String>> rows = AnnotationRows.of(jcas);
        assertThat(rows).hasSize(2);
        List<String> orgRow = rows.get(0);
        assertThat(orgRow.get(4)).isEqualTo("\"한빛, 전자\"\n(주)");
        int sourceBegin = Integer.parseInt(orgRow.get(5));
        int sourceEnd = Integer.parseInt(orgRow.get(6));
        assertThat(raw.substring(sourceBegin, sourceEnd)).isEqualTo(orgRow.get(4));

        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CsvTables.open(out, AnnotationRows.HEADER)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        String csv = out.toString();
        assertThat(csv).startsWith(String.join(",", AnnotationRows.HEADER) + "\r\n");
        assertThat(csv).contains("\"\"\"한빛, 전자\"\"\n(주)\"");
        List<CSVRecord> records = CsvTables.readFormat().parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("text")).isEqualTo(orgRow.get(4));
        assertThat(records.get(0).get("doc_id")).isEqualTo("news/a.html");
        assertThat(records.get(0).get("type")).isEqualTo("Organization");
        assertThat(records.get(1).get("value")).isEqualTo("1000");
        assertThat(records.get(1).get("currency")).isEqualTo("KRW");
        assertThat(records.get(1).get("rule")).isEqualTo("money:test");
    }
}
