package io.github.hanex.ner;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word classes the recognizer computes itself (the others come from {@code *.words.tsv} files). Patterns
 * may use both; rules/README.md lists what each built-in class means.
 */
final class Builtins {

    /** Classes computed from the unit itself. */
    static final Set<String> STATIC = Arrays.stream(KnownClass.values()).filter(KnownClass::builtIn)
        .map(KnownClass::name).collect(Collectors.toUnmodifiableSet());
    /** Classes that depend on what earlier rules found. */
    static final Set<String> DYNAMIC = Set.of("FREE", "ORG", "PERSON", "BLOCKED");
    static final Set<String> CLASSES = union(STATIC, DYNAMIC);

    /** Word classes the built-in ones rely on (see {@link KnownClass}); the bundled word files declare them. */
    static final String SURNAME = KnownClass.SURNAME.name();
    static final String ORG_SUFFIX = KnownClass.ORG_SUFFIX.name();

    /** Compiled once: {@code String.matches} would compile them for every unit. */
    private static final Pattern LATIN_WORD =
        Pattern.compile("[A-Za-z0-9&.\\-]*[A-Za-z][A-Za-z0-9&.\\-]*");
    private static final Pattern ABBREVIATION =
        Pattern.compile("[A-Z][A-Z0-9&.\\-]*[A-Z0-9]");

    private Builtins() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> s = new java.util.HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

    /** Whether a unit is in a dynamic class given what it is covered by. */
    static boolean dynamic(Unit unit, String wordClass) {
        return switch (wordClass) {
            case "FREE" -> unit.covered == null;
            case "ORG" -> unit.covered == EntityType.ORGANIZATION;
            case "PERSON" -> unit.covered == EntityType.PERSON;
            case "BLOCKED" -> unit.covered == EntityType.NONE;
            default -> false;
        };
    }

    /** Puts the unit's classes into {@code classes}: those of its stem's word entries and the static built-ins. */
    static void classify(Unit unit, WordClasses words, BitSet classes) {
        String stem = unit.stem;
        if (unit.symbol) {
            classes.set(KnownClass.SYMBOL.id);
            return;
        }
        WordClasses.Word word = words.word(stem);
        if (word != null) {
            classes.or(word.classes());
        }
        if (unit.end == unit.stemEnd) {
            classes.set(KnownClass.BARE.id);
        }
        if (unit.tokenStart) {
            classes.set(KnownClass.SPACED.id);
        }
        int n = stem.length();
        if (n == 0) {
            classes.set(KnownClass.EMPTY.id);
            return;
        }
        if (unit.multiWord) {
            classes.set(KnownClass.MULTIWORD.id);
        }
        WordClasses.Suffixes suffixes = words.suffixes(stem, 0, n);
        // 유통업체, 배터리기업: a stem that ends in an ORG_KIND word (제약사, 기업) is of that class too.
        if (suffixes.longest(KnownClass.ORG_KIND) > 0) {
            classes.set(KnownClass.ORG_KIND.id);
        }
        boolean allNnp = !unit.stemMorphs.isEmpty();
        boolean anyNnp = false;
        for (Unit.Morph m : unit.stemMorphs) {
            allNnp &= "NNP".equals(m.pos());
            anyNnp |= "NNP".equals(m.pos());
        }
        if (allNnp) {
            classes.set(KnownClass.NNP.id);
        }
        if (anyNnp) {
            classes.set(KnownClass.HAS_NNP.id);
        }
        if (all(stem, 0, n, CharKind.DIGIT)) {
            classes.set(KnownClass.NUMBER.id);
        }
        boolean hangul = all(stem, 0, n, CharKind.HANGUL);
        if (hangul) {
            classes.set(KnownClass.HANGUL.id);
        } else if (all(stem, 0, n, CharKind.HAN)) {
            classes.set(KnownClass.HANJA.id);
            // 盧泰愚, 金大中: a Hanja surname and a one- or two-character given name.
            if (n >= 2 && n <= 3 && words.is(stem, 0, 1, KnownClass.SURNAME)) {
                classes.set(KnownClass.HANJA_NAME.id);
            }
        } else if (LATIN_WORD.matcher(stem).matches()) {
            classes.set(KnownClass.LATIN.id);
            if (n == 1 && Character.isUpperCase(stem.charAt(0))) {
                classes.set(KnownClass.UPPER1.id);
            } else if (n <= 10 && ABBREVIATION.matcher(stem).matches()
                && stem.chars().filter(Character::isUpperCase).count() >= 2) {
                classes.set(KnownClass.ABBR.id);
            }
        }
        boolean orgNoun = word != null && word.in(KnownClass.ORG_NOUN);
        boolean notName = word != null && (word.in(KnownClass.NOT_NAME) || word.in(KnownClass.TITLE)
            || word.in(KnownClass.HONORIFIC) || word.in(KnownClass.TITLE_PREFIX) || orgNoun);
        // A stem the analyzer knows as one common noun (이날, 신임, 정부) is no name.
        boolean dictionaryWord = unit.stemMorphs.size() == 1 && !"NNP".equals(unit.stemMorphs.get(0).pos())
            && !unit.multiWord;
        if (dictionaryWord) {
            classes.set(KnownClass.COMMON.id);
        }
        // A Korean name is not part of a multi-word proper noun (마크 리퍼트, 한화 이글스).
        if (hangul && !notName && !dictionaryWord && !unit.multiWord && isKoreanName(stem, 0, n, words)) {
            classes.set(KnownClass.KNAME.id);
        }
        if (n >= 3) {
            classes.set(KnownClass.LONG.id);
        }
        // 김모, 정모 (정모 is also a common noun): a surname and 모 stand for a withheld name.
        if (hangul && n >= 2 && n <= 3 && stem.charAt(n - 1) == '모'
            && words.is(stem, 0, n - 1, KnownClass.SURNAME)) {
            classes.set(KnownClass.ANON_NAME.id);
        }
        // Foreign names in Hangul: one proper noun the analyzer knows, part of a multi-word name, or an unknown
        // word cut into short pieces; never a word with an organization suffix.
        int orgSuffix = suffixes.longest(KnownClass.ORG_SUFFIX);
        boolean singleNnp = allNnp && unit.stemMorphs.size() == 1;
        if (hangul && !notName && !orgNoun && n <= 7 && (singleNnp || unit.multiWord || oddSplit(unit))
            && orgSuffix == 0 && !(word != null && word.in(KnownClass.ORG_SUFFIX))) {
            classes.set(KnownClass.FOREIGN.id);
        }
        if (isSuffixedOrganization(unit, word, suffixes, words)) {
            classes.set(KnownClass.ORG_SUFFIXED.id);
        }
    }

    /** Kinds of characters a whole stem may be made of. */
    private enum CharKind { DIGIT, HANGUL, HAN }

    /** Whether every char of {@code s[begin, end)} is of the kind. */
    private static boolean all(String s, int begin, int end, CharKind kind) {
        for (int i = begin; i < end; i++) {
            char c = s.charAt(i);
            boolean ok = switch (kind) {
                case DIGIT -> c >= '0' && c <= '9';
                case HANGUL -> isHangulSyllable(c);
                case HAN -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Surname (one or two syllables) and a given name of one or two syllables, whose last syllable is not one
     * names hardly end in (NOT_NAME_END: 소화기, 원근법), and with no syllable given names never have
     * (NOT_NAME_SYLLABLE: 오웬스). The name is {@code s[begin, end)}.
     */
    static boolean isKoreanName(CharSequence s, int begin, int end, WordClasses words) {
        int n = end - begin;
        if (n >= 3 && words.is(s, end - 1, end, KnownClass.NOT_NAME_END)) {
            return false;
        }
        boolean twoSyllableSurname = n >= 3 && words.is(s, begin, begin + 2, KnownClass.SURNAME);
        int surname = twoSyllableSurname ? 2 : 1;
        // 오웬스, 마거릿: syllables of foreign names that Korean given names never have.
        for (int i = begin + surname; i < end; i++) {
            if (words.is(s, i, i + 1, KnownClass.NOT_NAME_SYLLABLE)) {
                return false;
            }
        }
        if (twoSyllableSurname && n <= 4) {
            return true;
        }
        return n >= 2 && n <= 3 && words.is(s, begin, begin + 1, KnownClass.SURNAME);
    }

    /** The analyzer cut an unknown word into short pieces (일+론), as it does with foreign names. */
    private static boolean oddSplit(Unit unit) {
        // A piece without a lemma is one the recognizer repaired (a verb-read first syllable, a cut-off end).
        if (unit.stemMorphs.size() < 2) {
            return false;
        }
        for (Unit.Morph m : unit.stemMorphs) {
            if (m.end() - m.begin() == 1 && (!"NNP".equals(m.pos()) || m.lemma() == null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A proper noun ending in an organization suffix ({@code 한빛전자}, {@code 서울중앙지법}), unless it ends in
     * a suffix of buildings, sites or events ({@code 한빛타워}). The suffix's value is the least prefix length.
     *
     * @param word   the stem's word entries, or null
     * @param suffixes the words the stem ends in
     */
    private static boolean isSuffixedOrganization(Unit unit, WordClasses.Word word, WordClasses.Suffixes suffixes,
                                                  WordClasses words) {
        String stem = unit.stem;
        int n = stem.length();
        int suffix = suffixes.longest(KnownClass.ORG_SUFFIX);
        if (suffix == 0 || suffixes.longest(KnownClass.NOT_ORG_SUFFIX) >= suffix) {
            return false;
        }
        // 24조원, 8만4천원 are amounts; 전력반도체, 석유화학, 사모펀드 name a kind of business, not a company.
        int prefixLength = n - suffix;
        if (Character.isDigit(stem.charAt(0)) || words.is(stem, 0, prefixLength, KnownClass.NOT_ORG_PREFIX)
            || word != null && word.in(KnownClass.NOT_NAME)) {
            return false;
        }
        WordClasses.Entry entry = words.word(stem, prefixLength, n).entry(ORG_SUFFIX);
        int minPrefix = 1;
        if (entry.value() != null) {
            try {
                minPrefix = Integer.parseInt(entry.value());
            } catch (NumberFormatException e) {
                minPrefix = 1;
            }
        }
        int prefixEnd = unit.begin + prefixLength;
        if (prefixLength < minPrefix) {
            return false;
        }
        for (Unit.Morph m : unit.stemMorphs) {
            if (m.begin() < prefixEnd && ("NNP".equals(m.pos()) || "SL".equals(m.pos()) || "SH".equals(m.pos()))) {
                return true;
            }
        }
        return unit.multiWord || namedByNamingSuffix(unit, suffixes, words);
    }

    /**
     * A name the analyzer cut into common nouns ({@code 가람/NNG 대학교/NNG 병원/NNG}, {@code 보건/NNG 의료/NNG
     * 노조/NNG}) is an organization when it ends in a suffix only names of institutions end in (NAMING_SUFFIX),
     * after at least two characters that are not a generic word ({@code 관할경찰서}, {@code 공립고등학교}).
     */
    private static boolean namedByNamingSuffix(Unit unit, WordClasses.Suffixes suffixes, WordClasses words) {
        String stem = unit.stem;
        int n = stem.length();
        int naming = suffixes.longest(KnownClass.NAMING_SUFFIX);
        if (naming == 0 || unit.stemMorphs.size() < 2 || n - naming < 2) {
            return false;
        }
        int prefixLength = n - naming;
        if (words.is(stem, 0, prefixLength, KnownClass.NOT_ORG_PREFIX)
            || words.is(stem, 0, prefixLength, KnownClass.NOT_NAME)) {
            return false;
        }
        for (int i = 0; i < prefixLength; i++) {
            char c = stem.charAt(i);
            if (!(isHangulSyllable(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    static boolean isHangulSyllable(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }
}
