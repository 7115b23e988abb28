package io.github.hanex.io.output;

import io.github.hanex.event.EventRoles;
import io.github.hanex.text.SourceMap;
import io.github.hanex.type.Date;
import io.github.hanex.type.Event;
import io.github.hanex.type.EventArgument;
import io.github.hanex.type.Location;
import io.github.hanex.type.Money;
import io.github.hanex.type.Organization;
import io.github.hanex.type.Person;
import io.github.hanex.type.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * The rows of {@code events.csv} for one document: one per Event frame, in text order, with its trigger
 * (offsets in the article text and in the decoded original input), the sentence, and its arguments flattened
 * to columns: participants (canonical names joined by {@code ;}), the amount, the date (ISO) and the place (the
 * fillers of the {@link EventRoles}).
 */
public final class EventRows {

    /** The columns of {@code events.csv}, in order. */
    public static final List<String> HEADER = List.of("doc_id", "event_id", "event_type", "modality", "trigger",
        "trigger_begin", "trigger_end", "trigger_source_begin", "trigger_source_end", "sentence", "participants",
        "amount_value", "amount_currency", "date", "place", "rule");

    /** Runs of white space, which the sentence and place columns show as one space (compiled once, not per row). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private EventRows() {
    }

    /** Rows of the document in {@code jcas} (its {@code _InitialView}). */
    public static List<List<String>> of(JCas jcas) {
        String docId = AnnotationRows.docId(jcas);
        SourceMap map = AnnotationRows.sourceMap(jcas);
        List<Event> events = new ArrayList<>(JCasUtil.select(jcas, Event.class));
        events.sort(Comparator.comparingInt(Event::getBegin).thenComparingInt(Event::getEnd));
        List<List<String>> rows = new ArrayList<>(events.size());
        int n = 0;
        for (Event event : events) {
            rows.add(row(jcas, docId, "E" + (++n), event, map));
        }
        return rows;
    }

    private static List<String> row(JCas jcas, String docId, String id, Event event, SourceMap map) {
        String[] r = new String[HEADER.size()];
        Arrays.fill(r, "");
        Annotation trigger = event.getTrigger() != null ? event.getTrigger() : event;
        r[0] = docId;
        r[1] = id;
        r[2] = nz(event.getEventType());
        r[3] = nz(event.getModality());
        r[4] = trigger.getCoveredText();
        r[5] = Integer.toString(trigger.getBegin());
        r[6] = Integer.toString(trigger.getEnd());
        SourceMap.Span source = map.toSource(trigger.getBegin(), trigger.getEnd());
        if (source != null) {
            r[7] = Integer.toString(source.begin());
            r[8] = Integer.toString(source.end());
        }
        r[9] = JCasUtil.selectCovering(jcas, Sentence.class, trigger).stream().findFirst()
            .map(s -> WHITESPACE.matcher(s.getCoveredText()).replaceAll(" ").strip()).orElse("");
        Set<String> participants = new LinkedHashSet<>();
        if (event.getArguments() != null) {
            for (EventArgument argument : event.getArguments()) {
                Annotation target = argument.getTarget();
                if (target == null) {
                    continue;
                }
                String role = nz(argument.getRole());
                if (role.equals(EventRoles.PARTICIPANT)) {
                    participants.add(name(target));
                } else if (role.equals(EventRoles.AMOUNT) && target instanceof Money money && r[11].isEmpty()
                    && r[12].isEmpty()) {
                    r[11] = nz(money.getValue());
                    r[12] = nz(money.getCurrency());
                } else if (role.equals(EventRoles.DATE) && target instanceof Date date && r[13].isEmpty()) {
                    r[13] = nz(date.getValue());
                } else if (role.equals(EventRoles.PLACE) && r[14].isEmpty()) {
                    r[14] = target instanceof Location ? WHITESPACE.matcher(target.getCoveredText()).replaceAll(" ")
                        : target.getCoveredText();
                }
            }
        }
        r[10] = String.join(";", participants);
        r[15] = nz(event.getRule());
        return List.of(r);
    }

    /** The canonical name of a person or organization, else its text. */
    private static String name(Annotation a) {
        String canonical = null;
        if (a instanceof Person p) {
            canonical = p.getCanonical();
        } else if (a instanceof Organization o) {
            canonical = o.getCanonical();
        }
        return canonical == null || canonical.isBlank() ? a.getCoveredText() : canonical;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
