package io.github.hanex.event;

import io.github.hanex.resource.RuleFileReader;
import io.github.hanex.type.Event;
import io.github.hanex.type.EventArgument;
import io.github.hanex.type.Organization;
import io.github.hanex.type.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.uima.fit.util.FSCollectionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Arguments an event takes from other events of the article, as news writes them once and refers back:
 * <ul>
 *   <li>a trigger after a cue that points back ({@code 이번 수주는}, {@code 이 계약으로}; the cues are data) is the
 *       event mentioned before: it takes every role the nearest earlier event of its type fills (the later,
 *       local fillers of those roles are about something else: {@code 이번 계약으로 매출이 3천억원을 넘어설}),
 *       and keeps its own participants too;</li>
 *   <li>an event with no date takes the date of the nearest event of its type that has one, earlier ones first
 *       (the headline's event is the body's event).</li>
 * </ul>
 */
final class DiscourseArguments {

    private final List<MorphemePattern> cues;

    private DiscourseArguments(List<MorphemePattern> cues) {
        this.cues = cues;
    }

    /** Loads the back-reference cues, one morpheme pattern a line (syntax as in triggers.tsv). */
    static DiscourseArguments load(String location) {
        List<MorphemePattern> cues = new ArrayList<>();
        for (RuleFileReader.Line line : RuleFileReader.read(location)) {
            try {
                cues.add(MorphemePattern.parse(line.fields(1, "a morpheme pattern")[0]));
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
        }
        return new DiscourseArguments(cues);
    }

    /** True when a cue ends right before the morpheme at {@code triggerBegin}. */
    boolean refersBack(MorphemeSequence seq, int triggerBegin) {
        int t = seq.firstAtOrAfter(triggerBegin);
        for (MorphemePattern cue : cues) {
            int start = t - cue.length();
            if (start >= 0) {
                MorphemePattern.Match m = cue.matchAt(seq, start);
                if (m != null && m.last() == t - 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Fills the events (in text order) from each other; {@code referring} are the events whose trigger refers
     * back; the participants of both are kept ({@code 이번 출장에는 박 의장도 동행했다}), the other roles are the
     * earlier event's.
     */
    static void complete(JCas jcas, List<Event> events, Set<Event> referring, String participantRole,
        String dateRole) {
        // The roles each event fills, kept up to date as events take arguments from others (later events look
        // at the updated ones): reading every event's arguments again for every event made this quadratic.
        List<Set<String>> roles = new ArrayList<>(events.size());
        List<String> types = new ArrayList<>(events.size());
        for (Event e : events) {
            roles.add(roles(e));
            types.add(e.getEventType());
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!referring.contains(e)) {
                continue;
            }
            int antecedent = nearest(types, roles, i, -1, types.get(i), null);
            if (antecedent >= 0) {
                List<EventArgument> merged = new ArrayList<>();
                Set<String> taken = roles.get(antecedent);
                for (EventArgument a : arguments(events.get(antecedent))) {
                    merged.add(copy(jcas, a));
                }
                for (EventArgument a : arguments(e)) {
                    if (!taken.contains(a.getRole()) || a.getRole().equals(participantRole)
                        && merged.stream().noneMatch(m -> name(m.getTarget()).equals(name(a.getTarget())))) {
                        merged.add(a);
                    }
                }
                set(jcas, e, merged);
                roles.set(i, roles(e));
            }
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (roles.get(i).contains(dateRole)) {
                continue;
            }
            int source = nearest(types, roles, i, -1, types.get(i), dateRole);
            if (source < 0) {
                source = nearest(types, roles, i, 1, types.get(i), dateRole);
            }
            if (source >= 0) {
                List<EventArgument> merged = new ArrayList<>(arguments(e));
                arguments(events.get(source)).stream().filter(a -> dateRole.equals(a.getRole())).findFirst()
                    .ifPresent(a -> merged.add(copy(jcas, a)));
                set(jcas, e, merged);
                roles.set(i, roles(e));
            }
        }
    }

    /** The canonical name of a person or organization, else the covered text. */
    private static String name(org.apache.uima.jcas.cas.TOP target) {
        String canonical = null;
        if (target instanceof Person p) {
            canonical = p.getCanonical();
        } else if (target instanceof Organization o) {
            canonical = o.getCanonical();
        }
        if (canonical != null && !canonical.isBlank()) {
            return canonical;
        }
        return target instanceof Annotation a ? a.getCoveredText() : String.valueOf(target);
    }

    /** Position of the nearest event of {@code type} from {@code from} on in {@code step}, or -1. */
    private static int nearest(List<String> types, List<Set<String>> roles, int from, int step, String type,
        String withRole) {
        for (int j = from + step; j >= 0 && j < types.size(); j += step) {
            // An event has arguments exactly when it fills some role.
            if (type.equals(types.get(j)) && (withRole == null ? !roles.get(j).isEmpty()
                : roles.get(j).contains(withRole))) {
                return j;
            }
        }
        return -1;
    }

    private static List<EventArgument> arguments(Event e) {
        List<EventArgument> list = new ArrayList<>();
        if (e.getArguments() != null) {
            e.getArguments().forEach(fs -> list.add((EventArgument) fs));
        }
        return list;
    }

    private static Set<String> roles(Event e) {
        Set<String> roles = new java.util.HashSet<>();
        arguments(e).forEach(a -> roles.add(a.getRole()));
        return roles;
    }

    private static EventArgument copy(JCas jcas, EventArgument a) {
        EventArgument c = new EventArgument(jcas);
        c.setRole(a.getRole());
        c.setTarget(a.getTarget());
        return c;
    }

    private static void set(JCas jcas, Event e, List<EventArgument> arguments) {
        arguments.sort(java.util.Comparator.comparingInt(a -> a.getTarget().getBegin()));
        e.setArguments(FSCollectionFactory.createFSArray(jcas, arguments));
    }
}
