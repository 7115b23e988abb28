package io.github.hanex.ner;

import io.github.hanex.resource.RuleFileReader;
import io.github.hanex.text.CharTrie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Known names from {@code *.gaz.tsv} files ({@code surface<TAB>type[<TAB>canonical[<TAB>note]]}), found in text
 * with a character trie of the surfaces. Type {@code None} marks names that are no person or organization (places,
 * buildings, products, events): a match blocks other rules from annotating that span.
 */
public final class Gazetteer {

    /** One known surface form. */
    public record Entry(String surface, EntityType type, String canonical, String rule) {
    }

    /** A surface form found in a text, offsets relative to that text. */
    public record Hit(int begin, int end, Entry entry) {
    }

    /** Receives the surfaces found at one position: where each ends, and its entry. */
    @FunctionalInterface
    interface HitSink {
        void hit(int end, Entry entry);
    }

    private final Map<String, Entry> bySurface = new LinkedHashMap<>();
    private final CharTrie<Entry> trie = new CharTrie<>();

    /** Adds the lines of one gazetteer file; a later line for the same surface replaces the earlier. */
    void add(List<RuleFileReader.Line> lines) {
        for (RuleFileReader.Line line : lines) {
            String[] f = line.fields(2, "surface<TAB>type[<TAB>canonical[<TAB>note]]");
            if (f.length > 4) {
                throw line.error("expected surface<TAB>type[<TAB>canonical[<TAB>note]], got " + f.length + " fields");
            }
            EntityType type = EntityType.parse(f[1]);
            if (type == null) {
                throw line.error("unknown type '" + f[1] + "' (Person, Organization or None)");
            }
            if (f[0].contains("  ")) {
                throw line.error("double space in surface '" + f[0] + "'");
            }
            String canonical = f.length > 2 && !f[2].isEmpty() ? f[2] : f[0];
            Entry entry = new Entry(f[0], type, canonical, line.ruleId());
            bySurface.put(f[0], entry);
            if (!f[0].isEmpty()) {
                trie.node(f[0], false).setValue(entry);
            }
        }
    }

    public int size() {
        return bySurface.size();
    }

    public Entry get(String surface) {
        return bySurface.get(surface);
    }

    public Collection<Entry> entries() {
        return bySurface.values();
    }

    /** All occurrences of known surfaces in the text, overlapping ones included, by begin and then end. */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        for (int begin = 0; begin < text.length(); begin++) {
            int b = begin;
            findAt(text, begin, text.length(), (end, entry) -> hits.add(new Hit(b, end, entry)));
        }
        return hits;
    }

    /** The known surfaces that occur in {@code text[begin, limit)} beginning at {@code begin}, shortest first. */
    void findAt(CharSequence text, int begin, int limit, HitSink sink) {
        CharTrie<Entry> node = trie;
        for (int i = begin; i < limit; i++) {
            node = node.next(text.charAt(i));
            if (node == null) {
                return;
            }
            if (node.value() != null) {
                sink.hit(i + 1, node.value());
            }
        }
    }
}
