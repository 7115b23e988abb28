package io.github.hanex.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.TypeMap;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMentionsTest {

    private static final String HEADER = "doc_id,type,begin,end,text,source_begin,source_end,canonical,value,"
        + "value_max,currency,qualifier,event_type,modality,rule\r\n";

    private static MentionSet read(String csv) throws IOException {
        MentionSet set = new MentionSet("t", false);
        CsvMentions.readInto(new StringReader(csv), "gold.csv", TypeMap.defaults(), set);
        return set;
    }

    @Test
    void readsArticleAndSourceOffsetsAndAttributes() throws IOException {
        MentionSet set = read("\uFEFF" + HEADER
            + "a.html,Person,3,6,김민준,103,106,김민준,,,,,,,ner/titles.tsv:12\r\n"
            + "a.html,Money,,,\"165억달러, 약\",210,216,,16500000000,,USD,APPROX,,,\r\n"
            + "b.txt,EventTrigger,0,2,만나,,,,,,,,MEET,ASSERTED,\r\n");
        assertThat(set.documents()).containsExactly("a.html", "b.txt");
        var person = set.mentions("a.html").get(0);
        assertThat(person.article()).isEqualTo(new Span(3, 6));
        assertThat(person.source()).isEqualTo(new Span(103, 106));
        assertThat(person.preferredAnchor()).isEqualTo(Anchor.ARTICLE);
        assertThat(person.attribute("rule")).isEqualTo("ner/titles.tsv:12");
        var money = set.mentions("a.html").get(1);
        assertThat(money.article()).isNull();
        assertThat(money.preferredAnchor()).isEqualTo(Anchor.SOURCE);
        assertThat(money.text()).isEqualTo("165억달러, 약");
        assertThat(money.attribute("value")).isEqualTo("16500000000");
        assertThat(money.attribute("qualifier")).isEqualTo("APPROX");
        assertThat(set.mentions("b.txt").get(0).label()).isEqualTo("EventTrigger:MEET");
    }

    @Test
    void aMinimalHeaderIsEnoughAndForeignTypesAreMapped() throws IOException {
        MentionSet set = read("doc_id,type,source_begin,source_end\nd,PER,0,3\nd,TI,5,9\n");
        assertThat(set.mentions()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("Person");
            assertThat(m.source()).isEqualTo(new Span(0, 3));
        });
        assertThat(set.ignoredTypes()).containsEntry("TI", 1);
    }

    @Test
    void badRowsAreSkippedWithAWarning() throws IOException {
        MentionSet set = read(HEADER + "d,Person,x,3,,,,,,,,,,,\r\nd,Person,,,,,,,,,,,,,\r\nd,Person,5,2,,,,,,,,,,,\r\n"
            + "d,Person,0,3,,,,,,,,,,,\r\n");
        assertThat(set.mentions()).hasSize(1);
        assertThat(set.warnings()).hasSize(3);
        assertThat(set.warnings().get(0)).startsWith("gold.csv:2: offsets 'x', '3' are not numbers");
        assertThat(set.warnings().get(1)).startsWith("gold.csv:3: no usable offsets");
        assertThat(set.warnings().get(2)).startsWith("gold.csv:4: bad span [5,2)");
    }

    @Test
    void warningsNameTheLineARowStartsOnAfterMultiLineFields() throws IOException {
        MentionSet set = read(HEADER + "d,Person,0,3,\"두 줄\n텍스트\",,,,,,,,,,\r\nd,Person,,,,,,,,,,,,,\r\n");
        assertThat(set.warnings()).singleElement().satisfies(w -> assertThat(w).startsWith("gold.csv:4: "));
    }

    @Test
    void aCp949FileIsRefusedWithItsLineAndHowToConvertIt(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("gold.csv");
        Files.write(csv, (HEADER + "a.html,Person,0,3,김민준,,,,,,,,,,\r\n").getBytes(Charset.forName("x-windows-949")));
        assertThatThrownBy(() -> CsvMentions.read(csv, TypeMap.defaults())).isInstanceOf(IOException.class)
            .hasMessageStartingWith(csv + ":2: not UTF-8 text (byte ")
            .hasMessageContaining("looks like CP949/EUC-KR").hasMessageContaining("iconv -f CP949 -t UTF-8")
            .hasMessageNotContaining("Input length");
    }

    @Test
    void otherBytesThatAreNoUtf8AreNamedToo(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("gold.csv");
        byte[] head = HEADER.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = 'd';
        bytes[head.length + 1] = ',';
        bytes[head.length + 2] = (byte) 0xFF;
        Files.write(csv, bytes);
        assertThatThrownBy(() -> CsvMentions.read(csv, TypeMap.defaults()))
            .hasMessage(csv + ":2: not UTF-8 text (byte " + (head.length + 2) + " of the file is 0xFF); save it as UTF-8");
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereItOpens(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("gold.csv"), HEADER + "a,Person,0,3,ok,,,,,,,,,,\r\n"
            + "a,Person,4,6,\"never closed,,,,,,,,,,\r\na,Person,7,9,x,,,,,,,,,,\r\n");
        assertThatThrownBy(() -> CsvMentions.read(csv, TypeMap.defaults())).isInstanceOf(IOException.class)
            .hasMessageStartingWith(csv + ":3: a quoted field opened on this line is never closed");
    }

    @Test
    void textAfterAClosingQuoteNamesItsLine(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("gold.csv"), HEADER + "a,Person,0,3,\"김\"민준,,,,,,,,,,\r\n");
        assertThatThrownBy(() -> CsvMentions.read(csv, TypeMap.defaults())).isInstanceOf(IOException.class)
            .hasMessageStartingWith(csv + ":2: text after the closing quote");
    }

    @Test
    void aFileWithoutDocIdAndTypeIsRefused() {
        assertThatThrownBy(() -> read("a,b\n1,2\n")).isInstanceOf(IOException.class).hasMessageContaining("doc_id");
    }
}
