package io.github.hanex.eval;

import java.util.Map;

/**
 * One annotation of a gold file or of a prediction: its document, type (a hanex type name), its span in the
 * article text and/or in the original input (either may be missing), its text and its attributes, keyed by the
 * column names of {@code annotations.csv} ({@code canonical}, {@code value}, {@code value_max}, {@code currency},
 * {@code qualifier}, {@code event_type}, {@code modality}, {@code rule}).
 */
public record Mention(String docId, String type, Span article, Span source, String text,
    Map<String, String> attributes) {

    public static final String EVENT_TRIGGER = "EventTrigger";
    public static final String MONEY = "Money";

    public Mention {
        text = text == null ? "" : text;
        attributes = Map.copyOf(attributes);
    }

    /** An attribute, or the empty string. */
    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    /** The span under the given anchor, or null when this mention has none. */
    public Span span(Anchor anchor) {
        return anchor == Anchor.ARTICLE ? article : source;
    }

    /** The anchor a gold mention is matched on by default: the article span if given, else the source span. */
    public Anchor preferredAnchor() {
        return article != null || source == null ? Anchor.ARTICLE : Anchor.SOURCE;
    }

    /** The event type (upper case) of an event trigger, else empty. */
    public String eventType() {
        return EVENT_TRIGGER.equals(type) ? attribute("event_type").trim().toUpperCase(java.util.Locale.ROOT) : "";
    }

    /** The label used for type-aware matching and the confusion table: the type, with the event type if any. */
    public String label() {
        String eventType = eventType();
        return eventType.isEmpty() ? type : type + ":" + eventType;
    }

    /** The same mention with another document id. */
    public Mention withDocId(String id) {
        return new Mention(id, type, article, source, text, attributes);
    }
}
