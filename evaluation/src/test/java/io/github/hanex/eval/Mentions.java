package io.github.hanex.eval;

import java.util.HashMap;
import java.util.Map;

/** Small builders for test mentions and sets. */
public final class Mentions {

    private Mentions() {
    }

    /** A mention with article offsets (source offsets equal, as for verbatim text). */
    public static Mention at(String doc, String type, int begin, int end, String... attributes) {
        return new Mention(doc, type, new Span(begin, end), new Span(begin, end), "", attrs(attributes));
    }

    /** A mention with source offsets only. */
    public static Mention atSource(String doc, String type, int begin, int end, String... attributes) {
        return new Mention(doc, type, null, new Span(begin, end), "", attrs(attributes));
    }

    /** A prediction with different article and source offsets. */
    public static Mention both(String doc, String type, int begin, int end, int sourceBegin, int sourceEnd) {
        return new Mention(doc, type, new Span(begin, end), new Span(sourceBegin, sourceEnd), "", Map.of());
    }

    public static MentionSet set(String name, Mention... mentions) {
        MentionSet set = new MentionSet(name, false);
        for (Mention m : mentions) {
            set.add(m);
        }
        return set;
    }

    private static Map<String, String> attrs(String... kv) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }
}
