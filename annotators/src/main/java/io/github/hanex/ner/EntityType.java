package io.github.hanex.ner;

import java.util.Locale;

/** What a gazetteer line or a pattern says a name is; NONE marks names that are neither (places, products). */
public enum EntityType {
    PERSON, ORGANIZATION, NONE;

    /** Parses {@code Person}, {@code Organization} or {@code None} (any case); null otherwise. */
    static EntityType parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "person" -> PERSON;
            case "organization" -> ORGANIZATION;
            case "none" -> NONE;
            default -> null;
        };
    }
}
