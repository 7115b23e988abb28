package io.github.hanex.place;

import io.github.hanex.resource.RuleFileReader;
import io.github.hanex.text.CharTrie;
import java.util.HashMap;
import java.util.Map;

/**
 * Place names ({@code NAME<TAB>KIND}) for the {@link LocationAnnotator}.
 */
public final class PlaceGazetteer {

    /** A place name and the rule line it came from. */
    public record Place(String name, String kind, String rule) {
    }

    /** The names by their characters: a text is followed only as far as some name goes. */
    private final CharTrie<Place> names = new CharTrie<>();

    private PlaceGazetteer(Map<String, Place> places) {
        places.forEach((name, place) -> {
            if (!name.isEmpty()) {
                names.node(name, false).setValue(place);
            }
        });
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
        Place found = null;
        CharTrie<Place> node = names;
        for (int i = index; i < text.length() && (node = node.next(text.charAt(i))) != null; i++) {
            if (node.value() != null) {
                found = node.value();
            }
        }
        return found;
    }
}
