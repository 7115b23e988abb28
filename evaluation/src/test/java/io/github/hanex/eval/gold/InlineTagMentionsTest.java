package io.github.hanex.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.TypeMap;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTagMentionsTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(InlineTagMentionsTest.class.getResource(name).toURI());
    }

    @Test
    void readsKmouSentencesWithMappedTypesAndNumberedIds() throws Exception {
        MentionSet set = InlineTagMentions.read(fixture("kmou-sample.dev"), TypeMap.defaults());
        assertThat(set.documents()).containsExactly("kmou-sample.dev#1", "kmou-sample.dev#2", "kmou-sample.dev#3");
        assertThat(set.mentions()).extracting(m -> m.docId() + " " + m.type() + " " + m.article() + " " + m.text())
            .containsExactly(
                "kmou-sample.dev#1 Person 0-3 한석규",
                "kmou-sample.dev#2 Person 0-3 동철이",
                "kmou-sample.dev#3 Organization 35-37 정부",
                "kmou-sample.dev#3 Date 39-48 지난 8월 10일");
        assertThat(set.ignoredTypes()).containsEntry("TI", 1);
        assertThat(set.text("kmou-sample.dev#2", Anchor.ARTICLE))
            .hasValue("동철이 너는 빠방(극장)이나 가서 죽치다가 네 시쯤에 이 다방으로 와라.");
        assertThat(set.warnings()).isEmpty();
        assertThat(set.closedTypeSet()).isTrue();
    }

    @Test
    void offsetsPointAtTheTaggedTextInThePlainSentence() throws Exception {
        MentionSet set = InlineTagMentions.read(fixture("kmou-sample.dev"), TypeMap.defaults());
        for (Mention m : set.mentions()) {
            String text = set.text(m.docId(), Anchor.ARTICLE).orElseThrow();
            assertThat(text.substring(m.article().begin(), m.article().end())).isEqualTo(m.text());
        }
    }

    @Test
    void onePerLineLayoutAndColonsInsideTheTaggedText() {
        MentionSet set = InlineTagMentions.read(List.of("<오전 10:30:TI>에 <한빛전자:ORG>와 <김민준:PER>이 만났다.",
            "", "태그 없는 문장."), "tagged.txt", TypeMap.parse("TI=Date"));
        assertThat(set.documents()).containsExactly("tagged.txt#1", "tagged.txt#2");
        assertThat(set.mentions()).extracting(m -> m.type() + " " + m.text())
            .containsExactly("Date 오전 10:30", "Organization 한빛전자", "Person 김민준");
        assertThat(set.text("tagged.txt#1", Anchor.SOURCE)).hasValue("오전 10:30에 한빛전자와 김민준이 만났다.");
    }

    @Test
    void aRawLineThatDisagreesIsReported() {
        MentionSet set = InlineTagMentions.read(List.of("; 김민준이 왔다", "$<김민준:PS>이 갔다"), "x", TypeMap.defaults());
        assertThat(set.warnings()).singleElement().asString().contains("x:2");
        assertThat(set.mentions()).hasSize(1);
    }

    @Test
    void aGoldFileWithCp949LinesNamesItsFirstBadLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("ner.dev");
        java.nio.file.Files.write(file, "$<김민준:PS>이 왔다.\n$<한빛:OG>에 갔다.\n".getBytes("UTF-8"));
        byte[] cp949 = "$<이서연:PS>이 왔다.\n".getBytes(java.nio.charset.Charset.forName("x-windows-949"));
        java.nio.file.Files.write(file, cp949, java.nio.file.StandardOpenOption.APPEND);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InlineTagMentions.read(file, TypeMap.defaults()))
            .isInstanceOf(java.io.IOException.class).hasMessageStartingWith(file + ":3: not UTF-8 text (byte ")
            .as("mixed encodings: no CP949 hint").hasMessageEndingWith("; save it as UTF-8");
    }
}
