package io.github.hanex.ner;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.resource.RuleFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pattern whose numbers do not fit is a rule-file error with file and line, not a bare number error. */
class NamePatternLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aQuantifierTooLargeFailsWithFileAndLine() throws Exception {
        Path file = dir.resolve("big.patterns.tsv");
        Files.writeString(file, "# a pattern\nPerson\t[KNAME] TITLE_PREFIX{0,99999999999} TITLE\n",
            StandardCharsets.UTF_8);

        assertThatThrownBy(() -> NerRules.load(file.toString())).isInstanceOf(RuleFileException.class)
            .hasMessageStartingWith("big.patterns.tsv:2: quantifier too large in TITLE_PREFIX{0,99999999999}");
    }
}
