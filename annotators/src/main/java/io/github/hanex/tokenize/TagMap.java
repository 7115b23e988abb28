package io.github.hanex.tokenize;

import io.github.hanex.resource.RuleFileReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps an analyzer's POS tags to Sejong tags, from a data file ({@code rules/tagmaps/*.map}): one mapping a
 * line, {@code TAG<TAB>SEJONG}. A tag not in the map passes through unchanged.
 */
public final class TagMap {
    private final Map<String, String> map;

    private TagMap(Map<String, String> map) {
        this.map = map;
    }

    public static TagMap identity() {
        return new TagMap(Map.of());
    }

    public static TagMap load(String location) {
        Map<String, String> map = new HashMap<>();
        for (RuleFileReader.Line line : RuleFileReader.read(location)) {
            String[] fields = line.fields(2, "TAG<TAB>SEJONG_TAG");
            if (map.put(fields[0], fields[1]) != null) {
                throw line.error("tag '" + fields[0] + "' is mapped twice");
            }
        }
        return new TagMap(map);
    }

    public String map(String tag) {
        return map.getOrDefault(tag, tag);
    }
}
