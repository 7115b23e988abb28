package io.github.hanex.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzz test of the parser and the finder. In a normal build it replays the seed inputs in
 * {@code MoneyParserFuzzTestInputs/} (regression mode, well under a second); {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=MoneyParserFuzzTest} fuzzes for {@code maxDuration} and stores crashing inputs there as new seeds.
 */
class MoneyParserFuzzTest {

    private static final MoneyLexicon LEXICON = MoneyLexicon.bundled();
    private static final MoneyFinder FINDER = new MoneyFinder(LEXICON);
    private static final MoneyParser PARSER = new MoneyParser(LEXICON);

    @FuzzTest(maxDuration = "60s")
    void neverFailsAndKeepsInvariants(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<MoneyMention> mentions = FINDER.find(text);
        MoneyPropertiesTest.assertWellFormed(text, mentions);
        PARSER.parse(text).ifPresent(m -> assertThat(m).isEqualTo(mentions.get(0)));
        PARSER.parseNumber(text).ifPresent(v -> assertThat(v.signum()).isGreaterThanOrEqualTo(0));
    }
}
