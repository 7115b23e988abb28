package io.github.hanex.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.TypeMap;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

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
        assertThat(set.warnings()).hasSize(3).allSatisfy(w -> assertThat(w).startsWith("gold.csv row "));
    }

    @Test
    void aFileWithoutDocIdAndTypeIsRefused() {
        assertThatThrownBy(() -> read("a,b\n1,2\n")).isInstanceOf(IOException.class).hasMessageContaining("doc_id");
    }
}
