package io.github.hanex.place;

import io.github.hanex.resource.RuleFileReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Place names ({@code NAME<TAB>KIND}) for the {@link LocationAnnotator}.
 */
public final class PlaceGazetteer {

    /** A place name and the rule line it came from. */
    public record Place(String name, String kind, String rule) {
    }

    private final Map<String, Place> places;
    private final int longest;

    private PlaceGazetteer(Map<String, Place> places) {
        this.places = places;
        this.longest = places.keySet().stream().mapToInt(String::length).max().orElse(0);
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
        for (int len = Math.min(longest, text.length() - index); len > 0; len--) {
            Place p = places.get(text.substring(index, index + len));
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
