package io.github.hanex.money;

import java.math.BigDecimal;

/**
 * A Money amount found in a text: its span {@code [begin, end)}, exact value (null for vague amounts such as
 * 수조원), upper bound of a range, ISO 4217 currency, qualifier and the id of the rule that produced it.
 */
public record MoneyMention(int begin, int end, BigDecimal value, BigDecimal valueMax, String currency,
    Qualifier qualifier, String rule) {

    /** Values are kept in their simplest exact form, so equal amounts are equal whatever their notation. */
    public MoneyMention {
        value = normalize(value);
        valueMax = normalize(valueMax);
    }

    /** The value in plain decimal notation ({@code 16500000000}, {@code 0.5}), or null. */
    public String valueText() {
        return plain(value);
    }

    /** The upper bound of a range in plain decimal notation, or null. */
    public String valueMaxText() {
        return plain(valueMax);
    }

    /** No exponent, no trailing zeros after the point: 1.5E+12 → 1500000000000, 2.50 → 2.5. */
    static String plain(BigDecimal d) {
        return d == null ? null : normalize(d).toPlainString();
    }

    /** The same number with no trailing zeros after the point and a scale of at least 0. */
    static BigDecimal normalize(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
