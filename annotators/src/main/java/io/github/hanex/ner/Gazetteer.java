package io.github.hanex.ner;

import io.github.hanex.resource.RuleFileReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Known names from {@code *.gaz.tsv} files ({@code surface<TAB>type[<TAB>canonical[<TAB>note]]}), found in text
 * with an Aho-Corasick automaton. Type {@code None} marks names that are no person or organization (places,
 * buildings, products, events): a match blocks other rules from annotating that span.
 */
public final class Gazetteer {

    /** One known surface form. */
    public record Entry(String surface, EntityType type, String canonical, String rule) {
    }

    /** A surface form found in a text, offsets relative to that text. */
    public record Hit(int begin, int end, Entry entry) {
    }

    private final Map<String, Entry> bySurface = new LinkedHashMap<>();
    private Trie trie;

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
            bySurface.put(f[0], new Entry(f[0], type, canonical, line.ruleId()));
        }
        trie = null;
    }

    /** Builds the automaton; called once after all files are added. */
    void build() {
        trie = Trie.builder().addKeywords(bySurface.keySet()).build();
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

    /** All occurrences of known surfaces in the text, overlapping ones included. */
    public List<Hit> find(String text) {
        if (trie == null) {
            build();
        }
        List<Hit> hits = new ArrayList<>();
        for (Emit emit : trie.parseText(text)) {
            hits.add(new Hit(emit.getStart(), emit.getEnd() + 1, bySurface.get(emit.getKeyword())));
        }
        return hits;
    }
}
