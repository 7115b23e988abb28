package io.github.hanex.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.TypeMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFormatTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void detectsFormatsFromNamesAndContent() throws Exception {
        Path kmou = Path.of(GoldFormatTest.class.getResource("kmou-sample.dev").toURI());
        assertThat(GoldFormat.detect(kmou)).isEqualTo(GoldFormat.INLINE);
        assertThat(GoldFormat.detect(write("g.csv", "doc_id,type\n"))).isEqualTo(GoldFormat.CSV);
        assertThat(GoldFormat.detect(write("g", "doc_id,type,begin,end\n"))).isEqualTo(GoldFormat.CSV);
        assertThat(GoldFormat.detect(write("g.bio", "김\tB-PER\n씨\tO\n\n박\tB_PS\n"))).isEqualTo(GoldFormat.BIO);
        assertThat(GoldFormat.detect(write("g.conll", "EU B-ORG\nrejects O\n"))).isEqualTo(GoldFormat.BIO);
        assertThat(GoldFormat.detect(write("g.txt", "<김민준:PS>이 왔다.\n"))).isEqualTo(GoldFormat.INLINE);
        assertThatThrownBy(() -> GoldFormat.detect(write("g.dat", "plain text\n"))).isInstanceOf(IOException.class)
            .hasMessageContaining("--format");
    }

    @Test
    void namesOnTheCommandLine() {
        assertThat(GoldFormat.parse("auto")).isNull();
        assertThat(GoldFormat.parse("CoNLL")).isEqualTo(GoldFormat.BIO);
        assertThat(GoldFormat.parse("inline")).isEqualTo(GoldFormat.INLINE);
        assertThatThrownBy(() -> GoldFormat.parse("json")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void goldTextsWriteOneFilePerSentence() throws Exception {
        Path kmou = Path.of(GoldFormatTest.class.getResource("kmou-sample.dev").toURI());
        MentionSet set = GoldFormat.INLINE.read(kmou, TypeMap.defaults(), BioMentions.Level.AUTO);
        Path out = dir.resolve("sents");
        assertThat(GoldTexts.write(set, out)).isEqualTo(3);
        assertThat(Files.readString(out.resolve("kmou-sample.dev#1.txt")))
            .isEqualTo("한석규가 운영하는 사진관이라는 곳이 그런 의미들을 성찰해내는 반성장치로 효과적인 작용을 한다.");
        MentionSet csv = new MentionSet("c", false);
        csv.addDocument("d");
        assertThatThrownBy(() -> GoldTexts.write(csv, out)).isInstanceOf(IOException.class);
    }
}
