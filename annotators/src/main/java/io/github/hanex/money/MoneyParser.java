package io.github.hanex.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Normalizes money expressions: the exact value of a number ({@code 3조4,500억} → 3450000000000) and the Money
 * amount an expression denotes ({@code 약 3조5천억원 규모} → 3500000000000 KRW, APPROX). Pure, thread-safe,
 * total: any string gives an answer or an empty result, never an exception.
 */
public final class MoneyParser {

    private final NumeralParser numerals;
    private final MoneyFinder finder;

    public MoneyParser(MoneyLexicon lexicon) {
        this.numerals = new NumeralParser(lexicon);
        this.finder = new MoneyFinder(lexicon);
    }

    /** A parser with the bundled rules. */
    public static MoneyParser bundled() {
        return new MoneyParser(MoneyLexicon.bundled());
    }

    /** The exact value of a string that is a number and nothing else, in any Korean, Hangul or Arabic form. */
    public Optional<BigDecimal> parseNumber(String text) {
        return numerals.parseWhole(text);
    }

    /** The first Money amount in the expression, with offsets into it. */
    public Optional<MoneyMention> parse(String expression) {
        List<MoneyMention> mentions = finder.find(expression);
        return mentions.isEmpty() ? Optional.empty() : Optional.of(mentions.get(0));
    }
}
