package io.github.hanex.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the type names of a gold file to hanex types. The hanex names map to themselves; common NER tag sets
 * have defaults (PS/PER → Person, OG/ORG → Organization, LC/LOC → Location, DT/DAT → Date); user entries
 * ({@code PS=Person,OG=Organization}) override them, and an entry with an empty target ({@code TI=}) drops a
 * type. Names are compared case-insensitively. A type with no mapping is ignored.
 */
public final class TypeMap {

    /** The hanex annotation types an evaluation knows. */
    public static final List<String> HANEX_TYPES =
        List.of("Person", "Organization", "Money", "EventTrigger", "Date", "Location");

    /** The types the annotation guidelines define: what a gold file in the project's own formats covers. */
    public static final List<String> GUIDELINE_TYPES = List.of("Person", "Organization", "Money", "EventTrigger");

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
        Map.entry("PS", "Person"), Map.entry("PER", "Person"), Map.entry("PERSON", "Person"),
        Map.entry("OG", "Organization"), Map.entry("ORG", "Organization"),
        Map.entry("ORGANIZATION", "Organization"),
        Map.entry("LC", "Location"), Map.entry("LOC", "Location"), Map.entry("LOCATION", "Location"),
        Map.entry("DT", "Date"), Map.entry("DAT", "Date"), Map.entry("DATE", "Date"));

    private final Map<String, String> user;

    private TypeMap(Map<String, String> user) {
        this.user = user;
    }

    /** The defaults only. */
    public static TypeMap defaults() {
        return new TypeMap(Map.of());
    }

    /**
     * The defaults with the entries of {@code spec} ({@code NAME=Type,NAME=Type}; an empty target drops NAME).
     *
     * @throws IllegalArgumentException for an entry without {@code =}
     */
    public static TypeMap parse(String spec) {
        Map<String, String> user = new LinkedHashMap<>();
        if (spec != null) {
            for (String entry : spec.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("bad type mapping '" + entry.trim() + "' (expected NAME=Type)");
                }
                user.put(key(entry.substring(0, eq)), canonicalTarget(entry.substring(eq + 1).trim()));
            }
        }
        return new TypeMap(user);
    }

    /** The hanex type of a gold type name, or empty when the type is ignored. */
    public Optional<String> map(String goldType) {
        if (goldType == null || goldType.isBlank()) {
            return Optional.empty();
        }
        String key = key(goldType);
        String target = user.containsKey(key) ? user.get(key) : DEFAULTS.get(key);
        if (target == null) {
            target = canonicalTarget(goldType.trim());
            if (!HANEX_TYPES.contains(target)) {
                return Optional.empty();
            }
        }
        return target.isEmpty() ? Optional.empty() : Optional.of(target);
    }

    private static String key(String name) {
        return name.trim().toUpperCase(Locale.ROOT);
    }

    /** A hanex type name in its proper case ({@code person} → {@code Person}); other names unchanged. */
    private static String canonicalTarget(String name) {
        for (String t : HANEX_TYPES) {
            if (t.equalsIgnoreCase(name)) {
                return t;
            }
        }
        return name;
    }
}
