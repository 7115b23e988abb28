package io.github.hanex.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFileReaderTest {

    @Test
    void keepsLineNumbersSkipsCommentsAndSplitsTabs() {
        List<RuleFileReader.Line> lines = RuleFileReader.parse("ner/titles.tsv",
            "\uFEFF# titles\n\n회장\tPerson\r\n  # indented comment\n사장\tPerson\t\n");
        assertThat(lines).extracting(RuleFileReader.Line::ruleId)
            .containsExactly("ner/titles.tsv:3", "ner/titles.tsv:5");
        assertThat(lines.get(1).fields()).containsExactly("사장", "Person", "");
    }

    @Test
    void missingFieldsAreReportedWithFileAndLine() {
        RuleFileReader.Line line = RuleFileReader.parse("money/currencies.tsv", "# c\n달러\n").get(0);
        assertThatThrownBy(() -> line.fields(2, "WORD<TAB>CODE"))
            .isInstanceOf(RuleFileException.class)
            .hasMessage("money/currencies.tsv:2: expected WORD<TAB>CODE (tab-separated), got: 달러")
            .satisfies(e -> assertThat(((RuleFileException) e).getLine()).isEqualTo(2));
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] good = "첫째\n둘째\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> RuleFileReader.parse("x.tsv", bytes))
            .isInstanceOf(RuleFileException.class).hasMessageStartingWith("x.tsv:3: not valid UTF-8");
    }

    @Test
    void unknownLocationsFailClearly() {
        assertThatThrownBy(() -> RuleFileReader.read("classpath:hanex/rules/nope.tsv"))
            .isInstanceOf(RuleFileException.class).hasMessageContaining("not found on the class path");
        assertThatThrownBy(() -> RuleFileReader.read("/no/such/dir/rules.tsv"))
            .isInstanceOf(RuleFileException.class).hasMessageContaining("no such file");
    }

    @Test
    void bundledRulesAreOnTheClassPath() {
        assertThat(RuleFileReader.read("classpath:hanex/rules/tagmaps/nori-sejong.map")).isNotEmpty()
            .allSatisfy(line -> assertThat(line.file()).isEqualTo("tagmaps/nori-sejong.map"));
    }
}
