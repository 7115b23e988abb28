package io.github.hanex.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.resource.RuleFileException;
import io.github.hanex.resource.RuleFileReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule files load, and a wrong line stops loading with its file and line. */
class MoneyLexiconTest {

    private static final String NUMERALS = "억\tbig\t10^8\n천\tsmall\t1000\n";
    private static final String QUALIFIERS = "약\tbefore\tAPPROX\n";
    private static final String WORDS = "은\tfollower\n";

    private static MoneyLexicon lexicon(String currencies, String numerals, String qualifiers, String words) {
        return MoneyLexicon.of(RuleFileReader.parse("c.tsv", currencies), RuleFileReader.parse("n.tsv", numerals),
            RuleFileReader.parse("q.tsv", qualifiers), RuleFileReader.parse("w.tsv", words));
    }

    @Test
    void bundledRulesLoad() {
        MoneyLexicon lexicon = MoneyLexicon.bundled();
        assertThat(lexicon.after.words()).contains("원", "달러", "dollars");
        assertThat(lexicon.before.words()).contains("$", "usd", "미화");
    }

    @Test
    void rulesHeldInMemoryDriveTheFinder() {
        MoneyLexicon lexicon = lexicon("# test\n냥\tKRW\tafter\n", NUMERALS, QUALIFIERS, WORDS);
        List<MoneyMention> found = new MoneyFinder(lexicon).find("약 3천억냥은, 3천억원");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.valueText()).isEqualTo("300000000000");
            assertThat(m.qualifier()).isEqualTo(Qualifier.APPROX);
            assertThat(m.rule()).isEqualTo("c.tsv:2");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        currency code     | 원\\tWON1\\tafter           | c.tsv:1 | ISO 4217
        position          | 원\\tKRW\\tinside           | c.tsv:1 | unknown position
        factor            | 센트\\tUSD\\tafter\\tx      | c.tsv:1 | decimal
        negative factor   | 센트\\tUSD\\tafter\\t-1     | c.tsv:1 | positive
        missing field     | 원\\tKRW                    | c.tsv:1 | expected
        duplicate         | 원\\tKRW\\tafter\\n원\\tKRW\\tboth | c.tsv:2 | duplicate
        """)
    void brokenCurrencyLinesNameFileAndLine(String what, String currencies, String where, String reason) {
        String text = currencies.replace("\\t", "\t").replace("\\n", "\n");
        assertThatThrownBy(() -> lexicon(text, NUMERALS, QUALIFIERS, WORDS))
            .isInstanceOf(RuleFileException.class)
            .hasMessageStartingWith(where + ":")
            .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        kind          | n | 억\\tgiant\\t10^8     | unknown kind
        digit         | n | 열\\tdigit\\t10       | 1 to 9
        unit          | n | 반\\tsmall\\t0.5      | greater than 1
        small too big | n | 만\\tsmall\\t10^4     | below 10000
        value         | n | 억\\tbig\\tmany       | decimal
        infix         | n | 여\\tinfix\\tAT_LEAST | APPROX
        qualifier     | q | 약\\tbefore\\tRANGE   | APPROX, AT_LEAST or AT_MOST
        position      | q | 약\\tabove\\tAPPROX   | before, after or suffix
        word kind     | w | 은\\tparticle        | follower, not-currency
        """)
    void brokenLinesOfTheOtherFilesNameFileAndLine(String what, String file, String line, String reason) {
        String text = line.replace("\\t", "\t");
        String numerals = file.equals("n") ? text : NUMERALS;
        String qualifiers = file.equals("q") ? text : QUALIFIERS;
        String words = file.equals("w") ? text : WORDS;
        assertThatThrownBy(() -> lexicon("원\tKRW\tafter", numerals, qualifiers, words))
            .isInstanceOf(RuleFileException.class)
            .hasMessageStartingWith(file + ".tsv:1:")
            .hasMessageContaining(reason);
    }

    @Test
    void aMissingFileNamesItsLocation() {
        assertThatThrownBy(() -> MoneyLexicon.load("classpath:hanex/rules/money/nope.tsv",
            MoneyLexicon.DEFAULT_NUMERALS, MoneyLexicon.DEFAULT_QUALIFIERS, MoneyLexicon.DEFAULT_WORDS))
            .isInstanceOf(RuleFileException.class)
            .hasMessageContaining("nope.tsv");
    }
}
