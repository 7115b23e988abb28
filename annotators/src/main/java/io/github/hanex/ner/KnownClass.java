package io.github.hanex.ner;

/**
 * The word classes the recognizer's code refers to by name: the static built-in classes, then the classes of
 * {@code *.words.tsv} files that the built-ins and the cutting of units rely on. Each has its ordinal as id in
 * every {@link WordClasses}, so the code tests a unit's classes without looking names up; other classes declared
 * by word files get the ids after these.
 */
enum KnownClass {
    // Static built-in classes, computed from the unit itself (see Builtins).
    SYMBOL, BARE, EMPTY, HANGUL, LATIN, ABBR, UPPER1, HANJA, NNP, HAS_NNP, MULTIWORD, KNAME, HANJA_NAME, LONG,
    FOREIGN, ORG_SUFFIXED, SPACED, NUMBER, COMMON, ANON_NAME,
    // Classes of the bundled word files.
    SURNAME, TITLE, TITLE_PREFIX, HONORIFIC, INITIAL_HONORIFIC, ORG_NOUN, PARTICLE, NOT_NAME, NOT_NAME_END,
    NOT_NAME_SYLLABLE, ORG_SUFFIX, NOT_ORG_SUFFIX, NOT_ORG_PREFIX, ORG_KIND, NAMING_SUFFIX;

    /** The id of the class in every {@link WordClasses}. */
    final int id = ordinal();

    /** Whether the recognizer computes this class itself (it cannot be listed in a word file). */
    boolean builtIn() {
        return ordinal() < SURNAME.ordinal();
    }

    /** The known class of that name, or null. */
    static KnownClass of(String name) {
        for (KnownClass c : values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
