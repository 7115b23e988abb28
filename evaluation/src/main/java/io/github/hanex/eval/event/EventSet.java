package io.github.hanex.eval.event;

import io.github.hanex.eval.MentionSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events of a gold or predicted {@code events.csv}, by document in document order. */
public final class EventSet {
    private final String name;
    private final Map<String, List<EventFrame>> byDoc = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public EventSet(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Makes a document known (a document with no events). */
    public void addDocument(String docId) {
        byDoc.computeIfAbsent(docId, k -> new ArrayList<>());
    }

    public void add(EventFrame e) {
        byDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e);
    }

    public void warn(String message) {
        warnings.add(message);
    }

    public List<String> documents() {
        return List.copyOf(byDoc.keySet());
    }

    public List<EventFrame> events(String docId) {
        return Collections.unmodifiableList(byDoc.getOrDefault(docId, List.of()));
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** The triggers as a mention set with the same documents (index i of a document is its event i). */
    public MentionSet triggers() {
        MentionSet set = new MentionSet(name, false);
        byDoc.forEach((doc, events) -> {
            set.addDocument(doc);
            events.forEach(e -> set.add(e.triggerMention()));
        });
        return set;
    }
}
