package io.github.hanex.place;

import io.github.hanex.resource.RuleFileReader;
import io.github.hanex.text.CharTrie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Place names for the {@link LocationAnnotator}, from two kinds of file: the name recognizer's place gazetteer
 * ({@code *.gaz.tsv}: {@code surface<TAB>None<TAB>canonical<TAB>note}), whose lines with a place kind as their note
 * are places, so a place known to both annotators is written once; and place lists ({@code NAME<TAB>KIND}) for
 * places the name recognizer does not list. Each place keeps the {@code file:line} it came from; of two lines for one
 * name the first read wins.
 */
public final class PlaceGazetteer {

    /** A place name and the rule line it came from. */
    public record Place(String name, String kind, String rule) {
    }

    /** The kinds a gazetteer line's note names to make it a place. */
    public static final Set<String> KINDS = Set.of("country", "city", "region", "abbreviation");

    private static final String GAZETTEER_SUFFIX = ".gaz.tsv";

    /** The names by their characters: a text is followed only as far as some name goes. */
    private final CharTrie<Place> names = new CharTrie<>();

    private PlaceGazetteer(Map<String, Place> places) {
        places.forEach((name, place) -> {
            if (!name.isEmpty()) {
                names.node(name, false).setValue(place);
            }
        });
    }

    /** Reads the places of the files at {@code locations}, in order. */
    public static PlaceGazetteer load(String... locations) {
        Map<String, Place> places = new LinkedHashMap<>();
        for (String location : locations) {
            boolean gazetteer = location.endsWith(GAZETTEER_SUFFIX);
            for (RuleFileReader.Line line : RuleFileReader.read(location)) {
                Place place = gazetteer ? fromGazetteer(line) : fromList(line);
                if (place != null) {
                    places.putIfAbsent(place.name(), place);
                }
            }
        }
        return new PlaceGazetteer(places);
    }

    /** A gazetteer line is a place when its note (fourth column) is a place kind. */
    private static Place fromGazetteer(RuleFileReader.Line line) {
        String[] f = line.fields(2, "surface<TAB>type[<TAB>canonical[<TAB>note]]");
        if (f.length < 4 || !KINDS.contains(f[3])) {
            return null;
        }
        return place(line, f[0], f[3]);
    }

    private static Place fromList(RuleFileReader.Line line) {
        String[] f = line.fields(1, "NAME<TAB>KIND");
        return place(line, f[0], f.length > 1 ? f[1] : "");
    }

    private static Place place(RuleFileReader.Line line, String name, String kind) {
        if (name.chars().anyMatch(Character::isWhitespace)) {
            throw line.error("a place name cannot contain white space: '" + name + "'");
        }
        return new Place(name, kind, line.ruleId());
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
