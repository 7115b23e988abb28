package io.github.hanex.eval.event;

import io.github.hanex.eval.Mention;
import io.github.hanex.eval.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One event of a gold {@code events.csv} or of a predicted one: its trigger (span in the decoded original input,
 * text, event type, modality) and its arguments — participants (canonical names), amount (value and currency),
 * date (ISO 8601 at any precision) and place. Empty strings mean "not given".
 *
 * @param source the trigger's source span, or null when the row has none (it can then match nothing)
 * @param id the prediction's {@code event_id} (empty for gold rows)
 */
public record EventFrame(String docId, String id, Span source, String trigger, String eventType, String modality,
    Set<String> participants, String amountValue, String amountCurrency, String date, String place, String rule) {

    public EventFrame {
        eventType = eventType.trim().toUpperCase(Locale.ROOT);
        modality = modality.trim().toUpperCase(Locale.ROOT);
        participants = Set.copyOf(participants);
        amountValue = amountValue.trim();
        amountCurrency = amountCurrency.trim().toUpperCase(Locale.ROOT);
        date = date.trim();
        place = place.trim();
    }

    /** The trigger as an EventTrigger mention (source span only), for the evaluator's matching. */
    public Mention triggerMention() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("event_type", eventType);
        attributes.put("modality", modality);
        if (!rule.isEmpty()) {
            attributes.put("rule", rule);
        }
        return new Mention(docId, Mention.EVENT_TRIGGER, null, source, trigger, attributes);
    }

    /** The amount as one string, {@code VALUE CUR}, or empty. */
    public String amount() {
        return amountValue.isEmpty() && amountCurrency.isEmpty() ? "" : (amountValue + " " + amountCurrency).trim();
    }

    /** The participants, sorted, joined by {@code ;}. */
    public String participantList() {
        return String.join(";", participants.stream().sorted().toList());
    }

    /** The roles scored, in report order. */
    public static final List<String> ROLES = List.of("participant", "amount", "date", "place");
}
