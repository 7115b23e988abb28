package io.github.hanex.place;

import io.github.hanex.resource.RuleFileReader;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Place names ({@code NAME<TAB>KIND}) for the {@link LocationAnnotator}.
 */
public final class PlaceGazetteer {

    /** A place name and the rule line it came from. */
    public record Place(String name, String kind, String rule) {
    }

    private final Map<String, Place> places;
    private final int longest;
    /** Every non-empty prefix of a place name: a text that is none cannot be continued into a name. */
    private final Set<String> prefixes = new HashSet<>();
    /** The first characters of the names: most positions of a text start none, and need no look-up. */
    private final BitSet firstChars = new BitSet();

    private PlaceGazetteer(Map<String, Place> places) {
        this.places = places;
        this.longest = places.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String name : places.keySet()) {
            for (int len = 1; len <= name.length(); len++) {
                prefixes.add(name.substring(0, len));
            }
            if (!name.isEmpty()) {
                firstChars.set(name.charAt(0));
            }
        }
    }

    public static PlaceGazetteer load(String placesLocation) {
        Map<String, Place> places = new HashMap<>();
        for (RuleFileReader.Line line : RuleFileReader.read(placesLocation)) {
            String[] f = line.fields(1, "NAME<TAB>KIND");
            if (f[0].chars().anyMatch(Character::isWhitespace)) {
                throw line.error("a place name cannot contain white space: '" + f[0] + "'");
            }
            places.putIfAbsent(f[0], new Place(f[0], f.length > 1 ? f[1] : "", line.ruleId()));
        }
        return new PlaceGazetteer(places);
    }

    /** The longest place name that starts at {@code index} of {@code text}, or null. */
    public Place longestAt(String text, int index) {
        if (index >= 0 && index < text.length() && !firstChars.get(text.charAt(index))) {
            return null;
        }
        Place found = null;
        for (int len = 1; len <= Math.min(longest, text.length() - index); len++) {
            String candidate = text.substring(index, index + len);
            if (!prefixes.contains(candidate)) {
                break;
            }
            Place p = places.get(candidate);
            if (p != null) {
                found = p;
            }
        }
        return found;
    }
}
