package io.github.hanex.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The annotations of a gold file or of a prediction, by document, in document order. A document may be known
 * without annotations (a sentence without entities, a document with none found). It can also know texts, the
 * gold types it was mapped from that were ignored, and the problems met while reading it.
 */
public final class MentionSet {
    private final String name;
    private final boolean closedTypeSet;
    private final Map<String, List<Mention>> byDoc = new LinkedHashMap<>();
    private final Set<String> types = new LinkedHashSet<>();
    private final Map<String, Integer> ignoredTypes = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private TextSource texts = TextSource.NONE;

    /**
     * @param name what the set was read from (for reports)
     * @param closedTypeSet true when the source annotates only the types it contains (a foreign NER tag set),
     *     so that predictions of other types are not counted against it
     */
    public MentionSet(String name, boolean closedTypeSet) {
        this.name = name;
        this.closedTypeSet = closedTypeSet;
    }

    public String name() {
        return name;
    }

    public boolean closedTypeSet() {
        return closedTypeSet;
    }

    /** Makes a document known (in order of first mention). */
    public void addDocument(String docId) {
        byDoc.computeIfAbsent(docId, k -> new ArrayList<>());
    }

    public void add(Mention m) {
        byDoc.computeIfAbsent(m.docId(), k -> new ArrayList<>()).add(m);
        types.add(m.type());
    }

    /** Counts a gold type that has no hanex type (reported, not scored). */
    public void ignoreType(String goldType) {
        ignoredTypes.merge(goldType, 1, Integer::sum);
    }

    public void warn(String message) {
        warnings.add(message);
    }

    public List<String> documents() {
        return List.copyOf(byDoc.keySet());
    }

    public boolean hasDocument(String docId) {
        return byDoc.containsKey(docId);
    }

    public List<Mention> mentions(String docId) {
        return Collections.unmodifiableList(byDoc.getOrDefault(docId, List.of()));
    }

    /** All mentions, in document order. */
    public List<Mention> mentions() {
        List<Mention> all = new ArrayList<>();
        byDoc.values().forEach(all::addAll);
        return all;
    }

    /** The hanex types that occur. */
    public Set<String> types() {
        return Collections.unmodifiableSet(types);
    }

    public Map<String, Integer> ignoredTypes() {
        return Collections.unmodifiableMap(ignoredTypes);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public TextSource texts() {
        return texts;
    }

    public void setTexts(TextSource texts) {
        this.texts = texts;
    }

    /** The text of a document if this set knows it. */
    public Optional<String> text(String docId, Anchor anchor) {
        return texts.text(docId, anchor);
    }
}
