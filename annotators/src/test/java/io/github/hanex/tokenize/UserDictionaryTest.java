package io.github.hanex.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.resource.RuleFileException;
import io.github.hanex.resource.RuleFileReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryTest {

    @TempDir
    Path dir;

    @Test
    void readsWordsAndTagsWithDefaults() throws Exception {
        Path file = dir.resolve("user.tsv");
        Files.writeString(file, "# comment\n한빛전자\tNNP\n누리바이오\n\n");
        UserDictionary dictionary = UserDictionary.load(file.toString());
        assertThat(dictionary.entries()).containsExactly(
            new UserDictionary.Entry("한빛전자", "NNP", "user.tsv:2"),
            new UserDictionary.Entry("누리바이오", "NNP", "user.tsv:3"));
    }

    @Test
    void aFileInTheWrongCharsetFailsWithItsLine() throws Exception {
        Path file = dir.resolve("euckr.tsv");
        Files.write(file, "한빛\tNNP\n누리\tNNP\n".getBytes(Charset.forName("EUC-KR")));
        assertThatThrownBy(() -> UserDictionary.load(file.toString()))
            .isInstanceOf(RuleFileException.class)
            .hasMessageContaining("euckr.tsv:1")
            .hasMessageContaining("UTF-8");
    }

    @Test
    void badLinesNameFileLineAndReason() {
        assertThatThrownBy(() -> UserDictionary.parse(RuleFileReader.parse("d.tsv", "ok\tNNP\n한빛 전자\tNNP\n").get(1)))
            .hasMessage("d.tsv:2: a user dictionary word cannot contain white space: '한빛 전자'");
        assertThatThrownBy(() -> UserDictionary.parse(RuleFileReader.parse("d.tsv", "한빛\tXYZ\n").get(0)))
            .hasMessageStartingWith("d.tsv:1: unknown or unsupported POS tag 'XYZ'");
    }

    @Test
    void komoranKeepsUserWordsWhole() {
        String word = "뉴로플렉스바이오텍";
        KomoranAnalyzer plain = new KomoranAnalyzer("LIGHT", UserDictionary.empty());
        assertThat(plain.analyze(word + "는")).hasSizeGreaterThan(2);
        Path file = dir.resolve("user.tsv");
        try {
            Files.writeString(file, word + "\tNNP\n");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        KomoranAnalyzer withDictionary = new KomoranAnalyzer("LIGHT", UserDictionary.load(file.toString()));
        List<AnalyzedMorpheme> morphemes = withDictionary.analyze(word + "는");
        assertThat(morphemes.get(0)).isEqualTo(new AnalyzedMorpheme(0, word.length(), word, "NNP"));
    }
}
