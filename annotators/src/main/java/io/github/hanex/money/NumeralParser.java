package io.github.hanex.money;

import io.github.hanex.money.MoneyLexicon.Numeral;
import io.github.hanex.money.MoneyLexicon.NumeralKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the number of an amount at a position of a text: Arabic digits with thousands separators and decimals,
 * Korean unit words in any mix ({@code 2조3,500억}, {@code 3천912억}, {@code 5백만}, {@code 1조 7천억}), Hangul
 * numerals ({@code 삼조사천오백억}), English scale words ({@code 4.2 billion}) and vague digits ({@code 수천억}).
 * Every prefix that is a complete number is a {@link Reading}, so the caller can back off to a shorter one when
 * no currency follows the longest. Values are exact; the parser never throws on any input.
 */
final class NumeralParser {

    /** Longer digit runs are not amounts (and would make arithmetic slow). */
    static final int MAX_DIGITS = 40;

    /** One way to read a number that starts at {@code begin} and ends at {@code end}. */
    record Reading(int begin, int end, BigDecimal value, boolean approx, boolean arabic, int hangulLetters,
        boolean hasUnit, boolean hasBigUnit, BigDecimal lastUnit, List<BigDecimal> leadUnits, boolean needsSymbol,
        boolean scaled) {

        /** An English scale word closes the number (4.2 billion): its unit is not a Korean four-digit group. */
        boolean arabicScale() {
            return scaled;
        }

        /** A vague number such as 수천억 has no value. */
        boolean vague() {
            return value == null;
        }

        /** Written only with Hangul number words (칠천만, 수조): such readings need more evidence to be money. */
        boolean hangulOnly() {
            return !arabic;
        }

        /** The product of the unit words right after the first number: 6천억 → 10^11, 150억 → 10^8. */
        BigDecimal leadMultiplier(int from) {
            BigDecimal m = BigDecimal.ONE;
            for (int i = from; i < leadUnits.size(); i++) {
                m = m.multiply(leadUnits.get(i));
            }
            return m;
        }
    }

    private final MoneyLexicon lexicon;

    NumeralParser(MoneyLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The value of a whole string that is one number ({@code 3조4,500억}, {@code 삼조사천오백억}), if it is one. */
    Optional<BigDecimal> parseWhole(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        List<Reading> readings = readAt(s, 0);
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        Reading longest = readings.get(readings.size() - 1);
        return longest.end() == s.length() && !longest.vague() && !longest.approx()
            ? Optional.of(MoneyMention.normalize(longest.value())) : Optional.empty();
    }

    /** All complete readings of a number starting exactly at {@code pos}, shortest first (possibly none). */
    List<Reading> readAt(CharSequence text, int pos) {
        List<Reading> readings = new ArrayList<>(4);
        if (pos < 0 || pos >= text.length()) {
            return readings;
        }
        State s = new State(pos);
        int p = pos;
        while (p < text.length()) {
            int q = p;
            if (s.tokens > 0) {
                int gap = 0;
                while (q < text.length() && gap < WordTable.MAX_GAP && WordTable.isGap(text.charAt(q))) {
                    q++;
                    gap++;
                }
            }
            boolean spaced = q > p;
            Token token = tokenAt(text, q);
            if (token == null || !s.accept(token, spaced, text)) {
                break;
            }
            p = token.end;
            s.end = p;
            Reading r = s.complete();
            if (r != null) {
                readings.add(r);
            }
            if (s.finished) {
                break;
            }
        }
        return readings;
    }

    /** A number or number word at {@code q}. */
    private record Token(NumeralKind kind, BigDecimal value, boolean arabic, boolean decimal, int begin, int end) {
    }

    private Token tokenAt(CharSequence text, int q) {
        if (q >= text.length()) {
            return null;
        }
        if (isDigit(text.charAt(q))) {
            return arabicAt(text, q);
        }
        WordTable.Match<Numeral> m = lexicon.numerals.longestAt(text, q);
        if (m == null || m.value().kind() == NumeralKind.RANGE) {
            return null;
        }
        return new Token(m.value().kind(), m.value().value(), false, false, q, m.end());
    }

    /** Digits, thousands separators (a comma before exactly three digits) and one decimal part. */
    private static Token arabicAt(CharSequence text, int q) {
        int n = text.length();
        int i = q;
        StringBuilder digits = new StringBuilder();
        while (i < n && isDigit(text.charAt(i))) {
            digits.append(text.charAt(i++));
            if (digits.length() > MAX_DIGITS) {
                return null;
            }
        }
                while (i + 3 < n && text.charAt(i) == ',' && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
            && isDigit(text.charAt(i + 3)) && (i + 4 >= n || !isDigit(text.charAt(i + 4)))) {
            digits.append(text, i + 1, i + 4);
            i += 4;
            if (digits.length() > MAX_DIGITS) {
                return null;
            }
        }
        boolean decimal = false;
        if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            int j = i + 1;
            StringBuilder fraction = new StringBuilder();
            while (j < n && isDigit(text.charAt(j))) {
                fraction.append(text.charAt(j++));
                if (fraction.length() > MAX_DIGITS) {
                    return null;
                }
            }
            digits.append('.').append(fraction);
            i = j;
            decimal = true;
        }
        return new Token(NumeralKind.DIGIT, new BigDecimal(digits.toString()), true, decimal, q, i);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The reading state: Korean numbers are groups of four digits closed by 만, 억, 조, 경 in falling order. */
    private static final class State {
        final int begin;
        int end;
        int tokens;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending;
        BigDecimal lastSmall;
        BigDecimal lastBig;
        BigDecimal lastUnit;
        NumeralKind prev;
        NumeralKind beforePrev;
        boolean arabic;
        boolean vague;
        boolean approx;
        boolean hasUnit;
        boolean hasBigUnit;
        boolean scaled;
        boolean needsSymbol;
        boolean finished;
        boolean lastArabic;
        int numbers;
        int hangulLetters;
        final List<BigDecimal> leadUnits = new ArrayList<>(3);

        State(int begin) {
            this.begin = begin;
        }

        /** Applies the next token; false when it cannot continue this number. */
        boolean accept(Token t, boolean spaced, CharSequence text) {
            if (scaled) {
                return false;
            }
            // Spaces may stand before a unit word or 여 (5 억, 3억 여원) and between groups
            // (1조 7천억, 1천 500억), never between two bare numbers.
            if (spaced && !(t.kind == NumeralKind.SMALL || t.kind == NumeralKind.BIG || t.kind == NumeralKind.SCALE
                || t.kind == NumeralKind.INFIX
                || (prev == NumeralKind.BIG || prev == NumeralKind.SMALL) && t.kind == NumeralKind.DIGIT)) {
                return false;
            }
            boolean ok = switch (t.kind) {
                case DIGIT -> number(t);
                case SMALL -> small(t.value);
                case BIG -> big(t.value);
                case VAGUE -> vagueDigit();
                case SCALE, SCALE_SYMBOL -> scale(t, text);
                case INFIX -> infix();
                case RANGE -> false;
            };
            if (!ok) {
                return false;
            }
            if (!t.arabic) {
                hangulLetters += t.end - t.begin;
            }
            lastArabic = t.arabic;
            beforePrev = prev;
            prev = t.kind;
            tokens++;
            return true;
        }

        private boolean number(Token t) {
            if (pending != null || vague || prev == NumeralKind.INFIX || t.decimal && tokens > 0) {
                return false;
            }
            if (prev == NumeralKind.SMALL && t.value.compareTo(lastSmall) >= 0) {
                return false;
            }
            if (prev == NumeralKind.BIG && t.value.compareTo(lastBig) >= 0) {
                return false;
            }
            pending = t.value;
            arabic |= t.arabic;
            numbers++;
            return true;
        }

        private boolean small(BigDecimal unit) {
            if (prev == NumeralKind.INFIX || lastSmall != null && unit.compareTo(lastSmall) >= 0) {
                return false;
            }
            if (numbers == 0) {
                numbers = 1;
            }
            BigDecimal multiplier = pending == null ? BigDecimal.ONE : pending;
            section = section.add(multiplier.multiply(unit));
            pending = null;
            lastSmall = unit;
            unit(unit);
            return true;
        }

        private boolean big(BigDecimal unit) {
            if (lastBig != null && unit.compareTo(lastBig) >= 0) {
                return false;
            }
            BigDecimal group = pending == null ? section : section.add(pending);
            if (group.signum() == 0) {
                if (tokens > 0 && !vague) {
                    return false;
                }
                group = BigDecimal.ONE;
            }
            if (lastBig != null && group.multiply(unit).compareTo(lastBig) >= 0) {
                return false;
            }
            if (numbers == 0) {
                numbers = 1;
            }
            total = total.add(group.multiply(unit));
            section = BigDecimal.ZERO;
            pending = null;
            lastSmall = null;
            lastBig = unit;
            hasBigUnit = true;
            unit(unit);
            if (vague) {
                finished = true;
            }
            return true;
        }

        private boolean vagueDigit() {
            if (tokens > 0) {
                return false;
            }
            vague = true;
            numbers = 1;
            return true;
        }

        private boolean scale(Token t, CharSequence text) {
            if (!arabic || tokens != 1 || pending == null) {
                return false;
            }
            if (t.end < text.length() && isLatinLetter(text.charAt(t.end))) {
                return false;
            }
            if (t.kind == NumeralKind.SCALE_SYMBOL && t.begin != end) {
                return false;
            }
            total = pending.multiply(t.value);
            pending = null;
            scaled = true;
            hasBigUnit = true;
            needsSymbol = t.kind == NumeralKind.SCALE_SYMBOL;
            unit(t.value);
            return true;
        }

        private boolean infix() {
            if (approx || tokens == 0 || vague || prev == NumeralKind.INFIX) {
                return false;
            }
            approx = true;
            return true;
        }

        private void unit(BigDecimal unit) {
            hasUnit = true;
            lastUnit = unit;
            if (numbers == 1) {
                leadUnits.add(unit);
            }
        }

        /** The reading up to here, or null when the number is not complete. */
        Reading complete() {
            if (vague && !hasUnit) {
                return null;
            }
            // A lone Hangul digit after 만/억/조 is a word, not a number: 조사(원), 5억이, 3만 사원.
            if (prev == NumeralKind.DIGIT && beforePrev == NumeralKind.BIG && pending != null && !lastArabic) {
                return null;
            }
            BigDecimal value = vague ? null : total.add(section).add(pending == null ? BigDecimal.ZERO : pending);
            return new Reading(begin, end, value, approx, arabic, hangulLetters, hasUnit, hasBigUnit, lastUnit,
                List.copyOf(leadUnits), needsSymbol, scaled);
        }
    }
}
