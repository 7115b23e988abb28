package io.github.hanex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The golden test's report of what changed in a table: rows removed and added, by document, capped. */
class TableDiffTest {
    private static final String HEADER = "doc_id,type,begin,end,text\r\n";

    @Test
    void equalTablesHaveNoDifferenceWhateverTheLineEndings() throws IOException {
        String table = HEADER + "a.txt,Person,0,3,김민준\r\nb.txt,Money,4,9,\"1,000원\"\r\n";
        TableDiff diff = diff(table, table.replace("\r\n", "\n"));
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.render("annotations.csv", 10)).isEqualTo("annotations.csv: 0 rows removed, 0 added, in 0 documents\n");
    }

    @Test
    void showsRemovedAndAddedRowsInTextOrderUnderTheirDocument() throws IOException {
        String expected = HEADER
            + "a.txt,Person,0,3,김민준\r\n"
            + "a.txt,Organization,4,8,한빛전자\r\n"
            + "a.txt,Money,10,16,165억달러\r\n"
            + "b.txt,Person,0,3,박서연\r\n"
            + "c.txt,Person,0,3,최태호\r\n";
        String actual = HEADER
            + "a.txt,Person,0,3,김민준\r\n"
            + "a.txt,Organization,4,10,한빛전자 사\r\n"
            + "a.txt,Money,10,16,165억달러\r\n"
            + "b.txt,Person,0,3,박서연\r\n"
            + "d.txt,Money,0,2,\"1,0\"\r\n";

        TableDiff diff = diff(expected, actual);

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.removed()).isEqualTo(2);
        assertThat(diff.added()).isEqualTo(2);
        assertThat(diff.documents()).isEqualTo(3);
        assertThat(diff.render("annotations.csv", 10)).isEqualTo("""
            annotations.csv: 2 rows removed, 2 added, in 3 documents
              columns: type,begin,end,text
            a.txt
              - Organization,4,8,한빛전자
              + Organization,4,10,한빛전자 사
            c.txt
              - Person,0,3,최태호
            d.txt
              + Money,0,2,"1,0"
            """);
    }

    @Test
    void capsTheRowsShownAndCountsTheRest() throws IOException {
        StringBuilder actual = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            actual.append("x").append(i).append(".txt,Person,0,3,이름\r\n");
        }
        String render = diff(HEADER, actual.toString()).render("annotations.csv", 3);
        assertThat(render).startsWith("annotations.csv: 0 rows removed, 5 added, in 5 documents\n")
            .contains("x0.txt\n  + Person,0,3,이름\n", "x2.txt\n")
            .doesNotContain("x3.txt")
            .endsWith("... and 2 more changed rows (2 more documents)\n");
    }

    @Test
    void reportsAChangedHeaderAndShowsLineBreaksInValues() throws IOException {
        String expected = HEADER + "a.txt,Person,0,3,김민준\r\n";
        String actual = "doc_id,type,begin,end,text,rule\r\na.txt,Person,0,3,\"김\n민준\",ner/people.gaz.tsv:3\r\n";
        String render = diff(expected, actual).render("annotations.csv", 10);
        assertThat(render).contains("  header changed\n  - doc_id,type,begin,end,text\n"
                + "  + doc_id,type,begin,end,text,rule\n")
            .contains("  - Person,0,3,김민준\n  + Person,0,3,김\\n민준,ner/people.gaz.tsv:3\n");
    }

    @Test
    void aMissingTableIsAllAdditions() throws IOException {
        TableDiff diff = diff("", HEADER + "a.txt,Person,0,3,김민준\r\n");
        assertThat(diff.added()).isEqualTo(1);
        assertThat(diff.removed()).isZero();
    }

    private static TableDiff diff(String expected, String actual) throws IOException {
        List<List<String>> before = TableDiff.read(new StringReader(expected));
        List<List<String>> after = TableDiff.read(new StringReader(actual));
        return TableDiff.of(before, after);
    }
}
