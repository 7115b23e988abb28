package io.github.hanex.money;

import io.github.hanex.resource.Locations;
import io.github.hanex.resource.RuleFileReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the money finder knows, loaded from the rule files of {@code rules/money/} (formats in rules/README.md):
 * currency words, number words, qualifier words and the words that tell money from look-alikes.
 * Immutable once loaded; one instance can serve any number of threads.
 */
public final class MoneyLexicon {

    /** Bundled currency words, symbols and codes. */
    public static final String DEFAULT_CURRENCIES = Locations.BUNDLED_RULES + "money/currencies.tsv";
    /** Bundled number words (Hangul digits, unit words, scale words, range signs). */
    public static final String DEFAULT_NUMERALS = Locations.BUNDLED_RULES + "money/numerals.tsv";
    /** Bundled qualifier words. */
    public static final String DEFAULT_QUALIFIERS = Locations.BUNDLED_RULES + "money/qualifiers.tsv";
    /** Bundled followers, look-alikes and counter words. */
    public static final String DEFAULT_WORDS = Locations.BUNDLED_RULES + "money/words.tsv";

    /** Where a currency word stands relative to the number. */
    enum Position { BEFORE, AFTER, BOTH }

    /** A currency word: ISO 4217 code, the factor to the main unit (1, or 0.01 for cents), its rule id. */
    record Currency(String code, BigDecimal factor, String ruleId) {
    }

    /**
     * The currencies one word can stand for: a default (null when the word is a currency only with a country cue)
     * and the readings that need a country word in the same line of text (페소 of 멕시코 MXN, of 필리핀 PHP).
     */
    record CurrencyWord(Currency plain, List<CuedCurrency> cued) {
        CurrencyWord with(CuedCurrency c) {
            List<CuedCurrency> all = new ArrayList<>(cued);
            all.add(c);
            return new CurrencyWord(plain, List.copyOf(all));
        }

        CurrencyWord withPlain(Currency c) {
            return new CurrencyWord(c, cued);
        }
    }

    /** A currency reading that needs one of its country words (cues) in the same line of text as the amount. */
    record CuedCurrency(List<String> cues, Currency currency) {
    }

    /** The kinds of number words. */
    enum NumeralKind { DIGIT, SMALL, BIG, VAGUE, SCALE, SCALE_SYMBOL, INFIX, RANGE }

    /** A number word with its value (null for vague digits and range signs). */
    record Numeral(NumeralKind kind, BigDecimal value) {
    }

    /** A qualifier word with the qualifier it gives and its rule id. */
    record QualifierWord(Qualifier qualifier, String ruleId) {
    }

    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern POWER = Pattern.compile("10\\^(\\d{1,2})");

    final WordTable<CurrencyWord> before = new WordTable<>();
    final WordTable<CurrencyWord> after = new WordTable<>();
    final WordTable<Numeral> numerals = new WordTable<>();
    final WordTable<QualifierWord> qualifiersBefore = new WordTable<>();
    final WordTable<QualifierWord> qualifiersAfter = new WordTable<>();
    final WordTable<QualifierWord> qualifierSuffixes = new WordTable<>();
    final WordTable<Boolean> followers = new WordTable<>();
    final WordTable<Boolean> notCurrency = new WordTable<>();
    final WordTable<Boolean> notAmount = new WordTable<>();
    final WordTable<Boolean> units = new WordTable<>();

    private MoneyLexicon() {
    }

    /** The lexicon of the bundled rule files. */
    public static MoneyLexicon bundled() {
        return load(DEFAULT_CURRENCIES, DEFAULT_NUMERALS, DEFAULT_QUALIFIERS, DEFAULT_WORDS);
    }

    /**
     * Loads the four rule files from locations ({@code classpath:}, file or URL).
     *
     * @throws io.github.hanex.resource.RuleFileException when a file cannot be read or a line is wrong
     */
    public static MoneyLexicon load(String currencies, String numerals, String qualifiers, String words) {
        return of(RuleFileReader.read(currencies), RuleFileReader.read(numerals),
            RuleFileReader.read(qualifiers), RuleFileReader.read(words));
    }

    /** Builds a lexicon from lines already read (tests, rules held in memory). */
    static MoneyLexicon of(List<RuleFileReader.Line> currencies, List<RuleFileReader.Line> numerals,
        List<RuleFileReader.Line> qualifiers, List<RuleFileReader.Line> words) {
        MoneyLexicon lexicon = new MoneyLexicon();
        currencies.forEach(lexicon::addCurrency);
        numerals.forEach(lexicon::addNumeral);
        qualifiers.forEach(lexicon::addQualifier);
        words.forEach(lexicon::addWord);
        // A qualifier right after a currency word is as good a boundary as a particle (3억원가량, 5조원이상).
        for (WordTable<QualifierWord> table : List.of(lexicon.qualifiersAfter, lexicon.qualifierSuffixes)) {
            table.words().forEach(w -> lexicon.followers.add(w, Boolean.TRUE));
        }
        return lexicon;
    }

    private void addCurrency(RuleFileReader.Line line) {
        String[] f = line.fields(3, "SURFACE, ISO_4217_CODE, POSITION[, FACTOR[, COUNTRY_CUES]]");
        if (!ISO_CODE.matcher(f[1]).matches()) {
            throw line.error("currency code must be three capital letters (ISO 4217), got: " + f[1]);
        }
        Position position = parseEnum(Position.class, f[2], line, "position");
        BigDecimal factor = BigDecimal.ONE;
        if (f.length > 3 && !f[3].isEmpty()) {
            factor = parseDecimal(f[3], line);
            if (factor.signum() <= 0) {
                throw line.error("factor must be positive, got: " + f[3]);
            }
        }
        List<String> cues = List.of();
        if (f.length > 4 && !f[4].isBlank()) {
            cues = List.of(f[4].strip().split("\\|"));
            if (cues.stream().anyMatch(String::isBlank)) {
                throw line.error("country cues must be words separated by |, got: " + f[4]);
            }
        }
        Currency currency = new Currency(f[1], factor, line.ruleId());
        if (position != Position.AFTER) {
            addCurrencyWord(before, f[0], currency, cues, line);
        }
        if (position != Position.BEFORE) {
            addCurrencyWord(after, f[0], currency, cues, line);
        }
    }

    /** A word may have one plain reading and any number of cued ones (one line each). */
    private static void addCurrencyWord(WordTable<CurrencyWord> table, String surface, Currency currency,
        List<String> cues, RuleFileReader.Line line) {
        CurrencyWord known = table.get(surface);
        CurrencyWord word;
        if (cues.isEmpty()) {
            if (known != null && known.plain() != null) {
                throw line.error("duplicate currency word: " + surface
                    + " (a word has one line without country cues; give the others cues)");
            }
            word = known == null ? new CurrencyWord(currency, List.of()) : known.withPlain(currency);
        } else {
            CuedCurrency cued = new CuedCurrency(cues, currency);
            word = known == null ? new CurrencyWord(null, List.of(cued)) : known.with(cued);
        }
        table.put(surface, word);
    }

    private void addNumeral(RuleFileReader.Line line) {
        String[] f = line.fields(3, "WORD, KIND, VALUE");
        NumeralKind kind = parseEnum(NumeralKind.class, f[1], line, "kind");
        BigDecimal value = switch (kind) {
            case VAGUE, RANGE -> null;
            case INFIX -> {
                Qualifier q = parseEnum(Qualifier.class, f[2], line, "qualifier");
                if (q != Qualifier.APPROX) {
                    throw line.error("an infix word can only make an amount APPROX, got: " + f[2]);
                }
                yield null;
            }
            default -> parseDecimal(f[2], line);
        };
        if (kind == NumeralKind.DIGIT
            && (value.signum() <= 0 || value.compareTo(BigDecimal.TEN) >= 0 || value.scale() > 0)) {
            throw line.error("a digit must be 1 to 9, got: " + f[2]);
        }
        if ((kind == NumeralKind.SMALL || kind == NumeralKind.BIG || kind == NumeralKind.SCALE
            || kind == NumeralKind.SCALE_SYMBOL) && value.compareTo(BigDecimal.ONE) <= 0) {
            throw line.error("a unit or scale word must be greater than 1, got: " + f[2]);
        }
        if (kind == NumeralKind.SMALL && value.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            throw line.error("a small unit must be below 10000 (use big), got: " + f[2]);
        }
        if (!numerals.add(f[0], new Numeral(kind, value))) {
            throw line.error("duplicate number word: " + f[0]);
        }
    }

    private void addQualifier(RuleFileReader.Line line) {
        String[] f = line.fields(3, "WORD, POSITION, QUALIFIER");
        WordTable<QualifierWord> table = switch (f[1].toLowerCase(Locale.ROOT)) {
            case "before" -> qualifiersBefore;
            case "after" -> qualifiersAfter;
            case "suffix" -> qualifierSuffixes;
            default -> throw line.error("position must be before, after or suffix, got: " + f[1]);
        };
        Qualifier q = parseEnum(Qualifier.class, f[2], line, "qualifier");
        if (q == Qualifier.EXACT || q == Qualifier.RANGE) {
            throw line.error("a qualifier word gives APPROX, AT_LEAST or AT_MOST, got: " + f[2]);
        }
        if (!table.add(f[0], new QualifierWord(q, line.ruleId()))) {
            throw line.error("duplicate qualifier word: " + f[0]);
        }
    }

    private void addWord(RuleFileReader.Line line) {
        String[] f = line.fields(2, "WORD, KIND");
        WordTable<Boolean> table = switch (f[1].toLowerCase(Locale.ROOT)) {
            case "follower" -> followers;
            case "not-currency" -> notCurrency;
            case "not-amount" -> notAmount;
            case "unit" -> units;
            default -> throw line.error("kind must be follower, not-currency, not-amount or unit, got: " + f[1]);
        };
        if (!table.add(f[0], Boolean.TRUE)) {
            throw line.error("duplicate word: " + f[0]);
        }
    }

    private static BigDecimal parseDecimal(String text, RuleFileReader.Line line) {
        var power = POWER.matcher(text);
        if (power.matches()) {
            return BigDecimal.ONE.scaleByPowerOfTen(Integer.parseInt(power.group(1))).setScale(0);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw line.error("expected a decimal number or 10^N, got: " + text);
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, RuleFileReader.Line line,
        String what) {
        String name = text.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw line.error("unknown " + what + ": " + text);
    }
}
