package io.github.hanex.money;

import io.github.hanex.money.MoneyLexicon.Currency;
import io.github.hanex.money.MoneyLexicon.CurrencyWord;
import io.github.hanex.money.MoneyLexicon.CuedCurrency;
import io.github.hanex.money.MoneyLexicon.Numeral;
import io.github.hanex.money.MoneyLexicon.NumeralKind;
import io.github.hanex.money.MoneyLexicon.QualifierWord;
import io.github.hanex.money.NumeralParser.Reading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds Money amounts in a text by scanning its characters: an optional currency before the number
 * ({@code $}, {@code USD}, {@code 미화}), the number with its unit words, an optional currency after it
 * ({@code 원}, {@code 달러}, {@code euros}), one of the two being required; a range sign and a second number make
 * a range. Qualifier words next to the amount set the qualifier and stay outside the span; {@code -대} and
 * {@code -여-} stay inside. Mentions do not overlap and come in text order. Total: no input makes it throw.
 */
public final class MoneyFinder {

    /** Rule id of amounts that are ranges (4~5조원); their currency still comes from a currency line. */
    public static final String RULE_RANGE = "money:range";
    /** Rule id of vague amounts without a value (수천억원대). */
    public static final String RULE_VAGUE = "money:vague";

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final MoneyLexicon lexicon;
    private final NumeralParser numerals;
    /** Every character a number can hold: digits, separators, white space and the letters of number words. */
    private final BitSet numberChars = new BitSet();
    /** The characters a currency word after a number, or a range sign, can start at. */
    private final BitSet followerStarts = new BitSet();

    public MoneyFinder(MoneyLexicon lexicon) {
        this.lexicon = lexicon;
        this.numerals = new NumeralParser(lexicon);
        numberChars.set('0', '9' + 1);
        numberChars.set(',');
        numberChars.set('.');
        for (char gap : WordTable.GAPS) {
            numberChars.set(gap);
        }
        lexicon.numerals.addChars(numberChars);
        lexicon.after.addStarts(followerStarts, currency -> true);
        lexicon.numerals.addStarts(followerStarts, numeral -> numeral.kind() == NumeralKind.RANGE);
    }

    /** Every Money amount of the text, in order, not overlapping. */
    public List<MoneyMention> find(CharSequence text) {
        List<MoneyMention> mentions = new ArrayList<>();
        if (text == null) {
            return mentions;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (NumeralParser.isDigit(c) || lexicon.numerals.startsWith(c) || lexicon.before.startsWith(c)) {
                MoneyMention m = matchAt(text, i);
                if (m != null) {
                    mentions.add(m);
                    i = Math.max(m.end(), i + 1);
                    continue;
                }
            }
            i++;
        }
        return mentions;
    }

    /** The amount that starts exactly at {@code i}, or null. */
    MoneyMention matchAt(CharSequence text, int i) {
        WordTable.Match<Currency> before = beforeAt(text, i);
        if (before != null) {
            MoneyMention m = amount(text, i, skipGap(text, before.end()), before);
            if (m != null) {
                return m;
            }
        }
        return numberMayStart(text, i) && followerMayCome(text, i) ? amount(text, i, i, null) : null;
    }

    /**
     * Whether a currency word or a range sign can follow a number that starts at {@code i}: without a currency
     * before it, an amount needs one. Every reading of the number (and the white space after it) lies in the run
     * of number characters from {@code i}, so what follows a reading starts inside that run or right after it.
     * Most number words in a text ({@code 일본}, {@code 이번}) fail here, before they are read.
     */
    private boolean followerMayCome(CharSequence text, int i) {
        for (int p = i + 1; p < text.length(); p++) {
            char c = text.charAt(p);
            if (followerStarts.get(c)) {
                return true;
            }
            if (!numberChars.get(c)) {
                return false;
            }
        }
        return false;
    }

    private MoneyMention amount(CharSequence text, int begin, int numberAt, WordTable.Match<Currency> before) {
        List<Reading> readings = numerals.readAt(text, numberAt);
        for (int k = readings.size() - 1; k >= 0; k--) {
            Reading r = readings.get(k);
            int q = skipGap(text, r.end());
            WordTable.Match<Currency> after = afterAt(text, q, r);
            MoneyMention range = range(text, begin, r, before, after);
            if (range != null) {
                return range;
            }
            if (after == null && before == null || r.needsSymbol() && before == null || !plausible(text, r)) {
                continue;
            }
            if (after == null && lexicon.units.longestAt(text, q) != null
                && lexicon.qualifiersAfter.longestAt(text, q) == null) {
                return null; // a counter: the number counts things ($ 300만주), and no shorter reading is money
            }
            return single(text, begin, r, before, after);
        }
        return null;
    }

    private MoneyMention single(CharSequence text, int begin, Reading r, WordTable.Match<Currency> before,
        WordTable.Match<Currency> after) {
        Currency currency = after != null ? after.value() : before.value();
        int end = after != null ? after.end() : r.end();
        // A suffix such as 대 (1조원대) makes the amount approximate but is no part of the span: the span is the
        // number, its unit words and the currency, nothing else (annotation guidelines, Money).
        WordTable.Match<QualifierWord> suffix = after != null ? suffixAt(text, end) : null;
        if (r.vague()) {
            return new MoneyMention(begin, end, null, null, currency.code(), Qualifier.APPROX, RULE_VAGUE);
        }
        Qualifier qualifier = qualifierAround(text, begin, suffix != null ? suffix.end() : end);
        if (qualifier == null) {
            qualifier = r.approx() || suffix != null ? Qualifier.APPROX : Qualifier.EXACT;
        }
        return new MoneyMention(begin, end, r.value().multiply(currency.factor()), null, currency.code(), qualifier,
            currency.ruleId());
    }

    /** A range that starts with the reading {@code lower} (and its currency, if any): 4~5조원, 100억원~150억원. */
    private MoneyMention range(CharSequence text, int begin, Reading lower, WordTable.Match<Currency> before,
        WordTable.Match<Currency> lowerCurrency) {
        int q = skipGap(text, lowerCurrency != null ? lowerCurrency.end() : lower.end());
        WordTable.Match<Numeral> sign = lexicon.numerals.longestAt(text, q);
        if (sign == null || sign.value().kind() != NumeralKind.RANGE || lower.needsSymbol() && before == null) {
            return null;
        }
        int p = skipGap(text, sign.end());
        if (before != null) {
            WordTable.Match<Currency> again = beforeAt(text, p);
            if (again != null) {
                if (!again.value().code().equals(before.value().code())) {
                    return null;
                }
                p = skipGap(text, again.end());
            }
        }
        List<Reading> uppers = numerals.readAt(text, p);
        for (int k = uppers.size() - 1; k >= 0; k--) {
            Reading upper = uppers.get(k);
            int q2 = skipGap(text, upper.end());
            WordTable.Match<Currency> after = afterAt(text, q2, upper);
            if (after == null && before == null || upper.needsSymbol() && before == null
                || !plausible(text, upper)) {
                continue;
            }
            if (after != null && lowerCurrency != null
                && !after.value().code().equals(lowerCurrency.value().code())) {
                continue;
            }
            if (after == null && lexicon.units.longestAt(text, q2) != null) {
                continue;
            }
            BigDecimal low = lowerBound(lower, upper);
            if (low != null && upper.value() != null && low.compareTo(upper.value()) > 0) {
                continue;
            }
            Currency currency = after != null ? after.value()
                : lowerCurrency != null ? lowerCurrency.value() : before.value();
            int end = after != null ? after.end() : upper.end();
            if (low == null || upper.value() == null) {
                return new MoneyMention(begin, end, null, null, currency.code(), Qualifier.APPROX, RULE_VAGUE);
            }
            return new MoneyMention(begin, end, low.multiply(currency.factor()),
                upper.value().multiply(currency.factor()), currency.code(), Qualifier.RANGE, RULE_RANGE);
        }
        return null;
    }

    /**
     * The lower bound of a range, with the unit words it shares with the upper bound: 4~5조 → 4조,
     * 5~6천억 → 5천억, 3천~5천만 → 3천만; a lower bound with its own big unit stays as written (100억~150억).
     */
    static BigDecimal lowerBound(Reading lower, Reading upper) {
        if (lower.vague() || upper.vague()) {
            return null;
        }
        if (!lower.hasUnit()) {
            return lower.value().multiply(upper.leadMultiplier(0));
        }
        if (!lower.hasBigUnit()) {
            int at = upper.leadUnits().indexOf(lower.lastUnit());
            if (at >= 0) {
                return lower.value().multiply(upper.leadMultiplier(at + 1));
            }
            // 5천~1억원: the lower bound is in the four-digit group below the upper one (5천만).
            BigDecimal group = upper.leadUnits().isEmpty() ? null : upper.leadUnits().get(0);
            if (group != null && group.compareTo(TEN_THOUSAND) > 0 && !upper.arabicScale()) {
                BigDecimal shifted = lower.value().multiply(group.divide(TEN_THOUSAND));
                if (shifted.compareTo(upper.value()) <= 0) {
                    return shifted;
                }
            }
        }
        return lower.value();
    }

    /**
     * Whether a reading may be an amount: not a listed word (구조원, 만원 버스, 3불 정책), and a number written only
     * in Hangul has two number letters or is one unit word up to 만 (칠천만 원, 천 원 yes; 사원, 일원, 억 원 no).
     */
    private boolean plausible(CharSequence text, Reading r) {
        if (lexicon.notAmount.longestAt(text, r.begin()) != null) {
            return false;
        }
        if (!r.hangulOnly() || r.hangulLetters() >= 2) {
            return true;
        }
        // One letter: a unit word alone is a number (천 원, 만 원); a digit alone is a word (사원, 일원, 이 원).
        return r.hasUnit() && !r.vague() && r.value().compareTo(TEN_THOUSAND) <= 0;
    }

    /** A currency written before the number at {@code i}, standing on its own (not the end of a word). */
    private WordTable.Match<Currency> beforeAt(CharSequence text, int i) {
        if (i >= 0 && i < text.length() && (!lexicon.before.startsWith(text.charAt(i)) || !startsWord(text, i))) {
            return null; // no currency word starts with this character, or it would not begin a word
        }
        for (WordTable.Match<CurrencyWord> m : lexicon.before.allAt(text, i)) {
            if (startsWord(text, m.begin()) && endsLatinWord(text, m.end())) {
                WordTable.Match<Currency> resolved = resolve(text, m);
                if (resolved != null) {
                    return resolved;
                }
            }
        }
        return null;
    }

    /** A currency written after a number, followed by something that lets it be one (원은, 원대; not 원칙). */
    private WordTable.Match<Currency> afterAt(CharSequence text, int q, Reading r) {
        for (WordTable.Match<CurrencyWord> m : lexicon.after.allAt(text, q)) {
            if (!endsLatinWord(text, m.end())) {
                continue;
            }
            char last = text.charAt(m.end() - 1);
            if (isHangul(last) && m.end() < text.length() && isHangul(text.charAt(m.end()))
                && lexicon.followers.longestAt(text, m.end()) == null) {
                continue;
            }
            if (r.hangulOnly() && lexicon.notCurrency.longestAt(text, m.begin()) != null) {
                continue;
            }
            WordTable.Match<Currency> resolved = resolve(text, m);
            if (resolved != null) {
                return resolved;
            }
        }
        return null;
    }

    /**
     * The currency a word stands for here: the reading whose country word is nearest in the same line of text
     * (멕시코 … 2000억 페소 → MXN), else its plain reading; null when it has none (동 without 베트남).
     */
    private static WordTable.Match<Currency> resolve(CharSequence text, WordTable.Match<CurrencyWord> m) {
        CurrencyWord word = m.value();
        Currency best = word.plain();
        if (!word.cued().isEmpty()) {
            int lineStart = m.begin();
            while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
                lineStart--;
            }
            int lineEnd = m.end();
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            String line = text.subSequence(lineStart, lineEnd).toString();
            int at = m.begin() - lineStart;
            // The country is nearly always named before its amount (멕시코 정부는 2000억 페소를): the nearest cue
            // before the word wins, else the nearest after it.
            int bestBefore = -1;
            int bestAfter = Integer.MAX_VALUE;
            Currency before = null;
            Currency after = null;
            for (CuedCurrency cued : word.cued()) {
                for (String cue : cued.cues()) {
                    for (int k = line.indexOf(cue); k >= 0; k = line.indexOf(cue, k + 1)) {
                        if (k < at && k > bestBefore) {
                            bestBefore = k;
                            before = cued.currency();
                        } else if (k >= at && k < bestAfter) {
                            bestAfter = k;
                            after = cued.currency();
                        }
                    }
                }
            }
            if (before != null) {
                best = before;
            } else if (after != null) {
                best = after;
            }
        }
        return best == null ? null : new WordTable.Match<>(m.begin(), m.end(), m.word(), best);
    }

    /** A suffix such as 대 glued to the currency word (1조원대), itself followed by a boundary. */
    private WordTable.Match<QualifierWord> suffixAt(CharSequence text, int end) {
        WordTable.Match<QualifierWord> m = lexicon.qualifierSuffixes.longestAt(text, end);
        if (m == null || m.end() < text.length() && isHangul(text.charAt(m.end()))
            && lexicon.followers.longestAt(text, m.end()) == null) {
            return null;
        }
        return m;
    }

    /** The qualifier of a word right after the amount, else of a word right before it, else null. */
    private Qualifier qualifierAround(CharSequence text, int begin, int end) {
        WordTable.Match<QualifierWord> after = lexicon.qualifiersAfter.longestAt(text, skipGap(text, end));
        if (after != null) {
            return after.value().qualifier();
        }
        int e = begin;
        int gap = 0;
        while (e > 0 && gap < WordTable.MAX_GAP && WordTable.isGap(text.charAt(e - 1))) {
            e--;
            gap++;
        }
        WordTable.Match<QualifierWord> before = lexicon.qualifiersBefore.endingAt(text, e);
        if (before != null && startsWord(text, before.begin())) {
            return before.value().qualifier();
        }
        return null;
    }

    /** Whether a number may start at {@code i}: not inside another number or a Latin word, nor a Hangul word. */
    private static boolean numberMayStart(CharSequence text, int i) {
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        if (NumeralParser.isDigit(prev) || NumeralParser.isLatinLetter(prev)) {
            return false;
        }
        if ((prev == '.' || prev == ',') && i >= 2 && NumeralParser.isDigit(text.charAt(i - 2))) {
            return false;
        }
        return NumeralParser.isDigit(text.charAt(i)) || !isHangul(prev);
    }

    /** A word starting at {@code i} is not the tail of a longer word of the same script. */
    private static boolean startsWord(CharSequence text, int i) {
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        char first = text.charAt(i);
        if (NumeralParser.isLatinLetter(first)) {
            return !NumeralParser.isLatinLetter(prev) && !NumeralParser.isDigit(prev);
        }
        if (isHangul(first)) {
            return !isHangul(prev);
        }
        return true;
    }

    /** A word ending in a Latin letter at {@code end} is not followed by another letter (USD, not USDT). */
    private static boolean endsLatinWord(CharSequence text, int end) {
        return end <= 0 || end >= text.length() || !NumeralParser.isLatinLetter(text.charAt(end - 1))
            || !NumeralParser.isLatinLetter(text.charAt(end));
    }

    private static int skipGap(CharSequence text, int pos) {
        int q = pos;
        int gap = 0;
        while (q < text.length() && gap < WordTable.MAX_GAP && WordTable.isGap(text.charAt(q))) {
            q++;
            gap++;
        }
        return q;
    }

    /** A Hangul syllable or jamo. */
    static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3' || c >= '\u1100' && c <= '\u11FF' || c >= '\u3130' && c <= '\u318F';
    }
}
