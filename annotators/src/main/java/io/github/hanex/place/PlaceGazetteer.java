package io.github.hanex.place;

import io.github.hanex.resource.RuleFileReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Place names ({@code NAME<TAB>KIND}) for the {@link LocationAnnotator}.
 */
public final class PlaceGazetteer {

    /** A place name and the rule line it came from. */
    public record Place(String name, String kind, String rule) {
    }

    /** The names as a tree of their characters: a text is followed only as far as some name goes. */
    private final Node root = new Node();
    /**
     * The root's children by character, in pages of 256 characters (null: no name starts in the page): nearly
     * every noun of a text is looked up, and most fail at their first character.
     */
    private final Node[][] firstLevel = new Node[256][];

    /** The names that continue a prefix: children by next character (sorted), the place the prefix names. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        Place place;

        Node child(char c) {
            if (keys.length <= 8) {
                for (int i = 0; i < keys.length; i++) { // few children: a scan beats a binary search
                    if (keys[i] == c) {
                        return children[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node addChild(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[children.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, n, at + 1, children.length - at);
            keys = k;
            children = n;
            return n[at];
        }
    }

    private PlaceGazetteer(Map<String, Place> places) {
        places.forEach((name, place) -> {
            Node node = root;
            for (int i = 0; i < name.length(); i++) {
                node = node.addChild(name.charAt(i));
            }
            if (!name.isEmpty()) {
                node.place = place;
            }
        });
        for (int i = 0; i < root.keys.length; i++) {
            char c = root.keys[i];
            if (firstLevel[c >>> 8] == null) {
                firstLevel[c >>> 8] = new Node[256];
            }
            firstLevel[c >>> 8][c & 0xFF] = root.children[i];
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
        if (index >= text.length()) {
            return null;
        }
        char first = text.charAt(index);
        Node[] page = firstLevel[first >>> 8];
        Node node = page == null ? null : page[first & 0xFF];
        Place found = null;
        for (int i = index + 1; node != null; i++) {
            if (node.place != null) {
                found = node.place;
            }
            node = i < text.length() ? node.child(text.charAt(i)) : null;
        }
        return found;
    }
}
