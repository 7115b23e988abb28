package io.github.hanex.ner;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word classes the recognizer computes itself (the others come from {@code *.words.tsv} files). Patterns
 * may use both; rules/README.md lists what each built-in class means.
 */
final class Builtins {

    /** Classes computed from the unit itself. */
    static final Set<String> STATIC = Set.of("SYMBOL", "BARE", "EMPTY", "HANGUL", "LATIN", "ABBR", "UPPER1",
        "HANJA", "NNP", "HAS_NNP", "MULTIWORD", "KNAME", "HANJA_NAME", "LONG", "FOREIGN", "ORG_SUFFIXED", "SPACED",
        "NUMBER", "COMMON", "ANON_NAME");
    /** Classes that depend on what earlier rules found. */
    static final Set<String> DYNAMIC = Set.of("FREE", "ORG", "PERSON", "BLOCKED");
    static final Set<String> CLASSES = union(STATIC, DYNAMIC);

    /** Word classes the built-in ones rely on; the bundled word files declare them. */
    static final String SURNAME = "SURNAME";
    static final String TITLE = "TITLE";
    static final String NOT_NAME = "NOT_NAME";
    static final String NOT_NAME_END = "NOT_NAME_END";
    static final String NOT_NAME_SYLLABLE = "NOT_NAME_SYLLABLE";
    static final String ORG_SUFFIX = "ORG_SUFFIX";
    static final String NOT_ORG_SUFFIX = "NOT_ORG_SUFFIX";
    static final String NOT_ORG_PREFIX = "NOT_ORG_PREFIX";
    static final String ORG_KIND = "ORG_KIND";
    static final String NAMING_SUFFIX = "NAMING_SUFFIX";

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

    static void classify(Unit unit, WordClasses words) {
        String stem = unit.stem;
        if (unit.symbol) {
            unit.classes.add("SYMBOL");
            return;
        }
        unit.classes.addAll(words.classesOf(stem));
        if (unit.end == unit.stemEnd) {
            unit.classes.add("BARE");
        }
        if (unit.tokenStart) {
            unit.classes.add("SPACED");
        }
        if (stem.isEmpty()) {
            unit.classes.add("EMPTY");
            return;
        }
        if (unit.multiWord) {
            unit.classes.add("MULTIWORD");
        }
        // 유통업체, 배터리기업: a stem that ends in an ORG_KIND word (제약사, 기업) is of that class too.
        if (words.longestSuffix(stem, ORG_KIND) > 0) {
            unit.classes.add(ORG_KIND);
        }
        boolean allNnp = !unit.stemMorphs.isEmpty();
        boolean anyNnp = false;
        for (Unit.Morph m : unit.stemMorphs) {
            allNnp &= "NNP".equals(m.pos());
            anyNnp |= "NNP".equals(m.pos());
        }
        if (allNnp) {
            unit.classes.add("NNP");
        }
        if (anyNnp) {
            unit.classes.add("HAS_NNP");
        }
        if (stem.chars().allMatch(c -> c >= '0' && c <= '9')) {
            unit.classes.add("NUMBER");
        }
        boolean hangul = stem.chars().allMatch(Builtins::isHangulSyllable);
        if (hangul) {
            unit.classes.add("HANGUL");
        } else if (stem.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            unit.classes.add("HANJA");
            // 盧泰愚, 金大中: a Hanja surname and a one- or two-character given name.
            if (stem.length() >= 2 && stem.length() <= 3 && words.is(stem.substring(0, 1), SURNAME)) {
                unit.classes.add("HANJA_NAME");
            }
        } else if (LATIN_WORD.matcher(stem).matches()) {
            unit.classes.add("LATIN");
            if (stem.length() == 1 && Character.isUpperCase(stem.charAt(0))) {
                unit.classes.add("UPPER1");
            } else if (stem.length() <= 10 && ABBREVIATION.matcher(stem).matches()
                && stem.chars().filter(Character::isUpperCase).count() >= 2) {
                unit.classes.add("ABBR");
            }
        }
        boolean notName = words.is(stem, NOT_NAME) || words.is(stem, TITLE) || words.is(stem, "HONORIFIC")
            || words.is(stem, "TITLE_PREFIX") || words.is(stem, "ORG_NOUN");
        // A stem the analyzer knows as one common noun (이날, 신임, 정부) is no name.
        boolean dictionaryWord = unit.stemMorphs.size() == 1 && !"NNP".equals(unit.stemMorphs.get(0).pos())
            && !unit.multiWord;
        if (dictionaryWord) {
            unit.classes.add("COMMON");
        }
        // A Korean name is not part of a multi-word proper noun (마크 리퍼트, 한화 이글스).
        if (hangul && !notName && !dictionaryWord && !unit.multiWord && isKoreanName(stem, words)) {
            unit.classes.add("KNAME");
        }
        if (stem.length() >= 3) {
            unit.classes.add("LONG");
        }
        // 김모, 정모 (정모 is also a common noun): a surname and 모 stand for a withheld name.
        if (hangul && stem.length() >= 2 && stem.length() <= 3 && stem.endsWith("모")
            && words.is(stem.substring(0, stem.length() - 1), SURNAME)) {
            unit.classes.add("ANON_NAME");
        }
        // Foreign names in Hangul: one proper noun the analyzer knows, part of a multi-word name, or an unknown
        // word cut into short pieces; never a word with an organization suffix.
        boolean singleNnp = allNnp && unit.stemMorphs.size() == 1;
        if (hangul && !notName && !unit.classes.contains("ORG_NOUN") && stem.length() <= 7
            && (singleNnp || unit.multiWord || oddSplit(unit)) && words.longestSuffix(stem, ORG_SUFFIX) == 0
            && !words.is(stem, ORG_SUFFIX)) {
            unit.classes.add("FOREIGN");
        }
        if (isSuffixedOrganization(unit, words)) {
            unit.classes.add("ORG_SUFFIXED");
        }
    }

    /**
     * Surname (one or two syllables) and a given name of one or two syllables, whose last syllable is not one
     * names hardly end in (NOT_NAME_END: 소화기, 원근법), and with no syllable given names never have
     * (NOT_NAME_SYLLABLE: 오웬스).
     */
    static boolean isKoreanName(String stem, WordClasses words) {
        int n = stem.length();
        if (n >= 3 && words.is(stem.substring(n - 1), NOT_NAME_END)) {
            return false;
        }
        int surname = n >= 3 && words.is(stem.substring(0, 2), SURNAME) ? 2 : 1;
        // 오웬스, 마거릿: syllables of foreign names that Korean given names never have.
        for (int i = surname; i < n; i++) {
            if (words.is(stem.substring(i, i + 1), NOT_NAME_SYLLABLE)) {
                return false;
            }
        }
        if (n >= 3 && words.is(stem.substring(0, 2), SURNAME) && n <= 4) {
            return true;
        }
        return n >= 2 && n <= 3 && words.is(stem.substring(0, 1), SURNAME);
    }

    /** The analyzer cut an unknown word into short pieces (일+론), as it does with foreign names. */
    private static boolean oddSplit(Unit unit) {
        // A piece without a lemma is one the recognizer repaired (a verb-read first syllable, a cut-off end).
        return unit.stemMorphs.size() >= 2 && unit.stemMorphs.stream()
            .anyMatch(m -> m.end() - m.begin() == 1 && (!"NNP".equals(m.pos()) || m.lemma() == null));
    }

    /**
     * A proper noun ending in an organization suffix ({@code 한빛전자}, {@code 서울중앙지법}), unless it ends in
     * a suffix of buildings, sites or events ({@code 한빛타워}). The suffix's value is the least prefix length.
     */
    private static boolean isSuffixedOrganization(Unit unit, WordClasses words) {
        String stem = unit.stem;
        int suffix = words.longestSuffix(stem, ORG_SUFFIX);
        if (suffix == 0 || words.longestSuffix(stem, NOT_ORG_SUFFIX) >= suffix) {
            return false;
        }
        // 24조원, 8만4천원 are amounts; 전력반도체, 석유화학, 사모펀드 name a kind of business, not a company.
        String prefix = stem.substring(0, stem.length() - suffix);
        if (Character.isDigit(stem.charAt(0)) || words.is(prefix, NOT_ORG_PREFIX) || words.is(stem, NOT_NAME)) {
            return false;
        }
        WordClasses.Entry entry = words.get(stem.substring(stem.length() - suffix), ORG_SUFFIX);
        int minPrefix = 1;
        if (entry.value() != null) {
            try {
                minPrefix = Integer.parseInt(entry.value());
            } catch (NumberFormatException e) {
                minPrefix = 1;
            }
        }
        int prefixEnd = unit.begin + stem.length() - suffix;
        if (stem.length() - suffix < minPrefix) {
            return false;
        }
        for (Unit.Morph m : unit.stemMorphs) {
            if (m.begin() < prefixEnd && ("NNP".equals(m.pos()) || "SL".equals(m.pos()) || "SH".equals(m.pos()))) {
                return true;
            }
        }
        return unit.multiWord || namedByNamingSuffix(unit, words);
    }

    /**
     * A name the analyzer cut into common nouns ({@code 가람/NNG 대학교/NNG 병원/NNG}, {@code 보건/NNG 의료/NNG
     * 노조/NNG}) is an organization when it ends in a suffix only names of institutions end in (NAMING_SUFFIX),
     * after at least two characters that are not a generic word ({@code 관할경찰서}, {@code 공립고등학교}).
     */
    private static boolean namedByNamingSuffix(Unit unit, WordClasses words) {
        String stem = unit.stem;
        int naming = words.longestSuffix(stem, NAMING_SUFFIX);
        if (naming == 0 || unit.stemMorphs.size() < 2 || stem.length() - naming < 2) {
            return false;
        }
        String prefix = stem.substring(0, stem.length() - naming);
        return !words.is(prefix, NOT_ORG_PREFIX) && !words.is(prefix, NOT_NAME)
            && prefix.chars().allMatch(c -> isHangulSyllable(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z');
    }

    static boolean isHangulSyllable(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }
}
