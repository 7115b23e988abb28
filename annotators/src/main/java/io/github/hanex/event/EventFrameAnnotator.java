package io.github.hanex.event;

import io.github.hanex.resource.Locations;
import io.github.hanex.tokenize.SejongTags;
import io.github.hanex.type.Event;
import io.github.hanex.type.EventArgument;
import io.github.hanex.type.EventTrigger;
import io.github.hanex.type.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.FSCollectionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Builds one Event per EventTrigger, with role-labelled arguments taken from annotations already in the same
 * sentence (participants, amount, date, place). Which annotation fills which role, after which particle and
 * how far from the trigger, is data: see {@link RoleRules}. An organization named only as a participant's employer
 * is left out ({@link Affiliations}); an event that refers back to an earlier one, or has no date, takes them from
 * the other events of the article ({@link DiscourseArguments}).
 */
@ResourceMetaData(name = "hanex event frame annotator")
@LanguageCapability("ko")
@TypeCapability(
    inputs = {"io.github.hanex.type.EventTrigger", "io.github.hanex.type.Sentence", "io.github.hanex.type.Token",
        "io.github.hanex.type.Morpheme", "io.github.hanex.type.Person", "io.github.hanex.type.Organization",
        "io.github.hanex.type.Money", "io.github.hanex.type.Date", "io.github.hanex.type.Location"},
    outputs = {"io.github.hanex.type.Event", "io.github.hanex.type.EventArgument"})
public class EventFrameAnnotator extends JCasAnnotator_ImplBase {

    /** Role rules ({@code EVENT_TYPES<TAB>ROLE<TAB>TARGET_TYPES<TAB>MARKERS<TAB>SCOPE<TAB>MAX}). */
    public static final String PARAM_ROLES = "roles";
    @ConfigurationParameter(name = PARAM_ROLES, defaultValue = Locations.BUNDLED_RULES + "events/roles.tsv")
    private String rolesLocation;

    /**
     * Where clauses end, shared with {@link EventTriggerAnnotator}: bind one {@link ClauseBoundaryResource} to both
     * under this key ({@code HanexPipeline} does); without it, the bundled {@code events/clause-boundaries.tsv}.
     */
    public static final String RES_CLAUSE_BOUNDARIES = "clauseBoundaries";
    @ExternalResource(key = RES_CLAUSE_BOUNDARIES, mandatory = false)
    private ClauseBoundaryResource clauseBoundaryResource;

    /**
     * Cues that make a trigger refer back to an event mentioned before ({@code 이번 수주}), one morpheme pattern a
     * line; see {@link DiscourseArguments}.
     */
    public static final String PARAM_BACK_REFERENCES = "backReferences";
    @ConfigurationParameter(name = PARAM_BACK_REFERENCES,
        defaultValue = Locations.BUNDLED_RULES + "events/back-references.tsv")
    private String backReferencesLocation;

    private RoleRules roles;
    /** The rules that apply to each event type, in rule order (derived from the rules on first use). */
    private final Map<String, List<RoleRules.Rule>> rulesByType = new HashMap<>();
    private ClauseBoundaries clauseBoundaries;
    private DiscourseArguments discourse;

    /** The type names of the rules, resolved once per type system. */
    private final TypeNames typeNames = new TypeNames();

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            roles = RoleRules.load(rolesLocation);
            clauseBoundaries = ClauseBoundaryResource.of(clauseBoundaryResource);
            discourse = DiscourseArguments.load(backReferencesLocation);
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        List<Event> events = new ArrayList<>();
        Set<Event> referring = new HashSet<>();
        SentenceIndex index = new SentenceIndex(jcas, Event.class, typeNames);
        for (Sentence sentence : jcas.select(Sentence.class)) {
            List<EventTrigger> triggers = index.covered(EventTrigger.class, sentence);
            if (triggers.isEmpty()) {
                continue;
            }
            MorphemeSequence seq = MorphemeSequence.of(jcas, sentence);
            ClauseBoundaries.Clauses clauses = clauseBoundaries.split(seq);
            Map<String, Targets> byType = new HashMap<>();
            for (EventTrigger trigger : triggers) {
                Event event = frame(jcas, index, sentence, seq, clauses, byType, trigger);
                events.add(event);
                if (discourse.refersBack(seq, trigger.getBegin())) {
                    referring.add(event);
                }
            }
        }
        DiscourseArguments.complete(jcas, events, referring, EventRoles.PARTICIPANT, EventRoles.DATE);
    }

    /** The annotations of one type in a sentence, with the lemmas after each (read when first asked). */
    private static final class Targets {
        final List<Annotation> annotations;
        final List<List<String>> following;

        Targets(List<Annotation> annotations) {
            this.annotations = annotations;
            this.following = new ArrayList<>(Collections.nCopies(annotations.size(), null));
        }

        List<String> following(int k, MorphemeSequence seq) {
            List<String> lemmas = following.get(k);
            if (lemmas == null) {
                lemmas = EventFrameAnnotator.following(seq, annotations.get(k));
                following.set(k, lemmas);
            }
            return lemmas;
        }
    }

    private Event frame(JCas jcas, SentenceIndex index, Sentence sentence, MorphemeSequence seq,
                        ClauseBoundaries.Clauses clauses, Map<String, Targets> byType, EventTrigger trigger) {
        Map<String, Integer> filled = new HashMap<>();
        // Few arguments per event: a list, compared by identity (one object per annotation), beats hashing.
        List<Annotation> used = new ArrayList<>();
        List<EventArgument> arguments = new ArrayList<>();
        List<RoleRules.Rule> rules = rulesByType.computeIfAbsent(trigger.getEventType(),
            type -> roles.rules().stream().filter(rule -> rule.appliesTo(type)).toList());
        for (RoleRules.Rule rule : rules) {
            int have = filled.getOrDefault(rule.role(), 0);
            if (have >= rule.max()) {
                continue;
            }
            List<Annotation> candidates = List.of();
            for (String typeName : rule.targetTypes()) {
                Targets targets = byType.get(typeName);
                if (targets == null) {
                    targets = new Targets(index.covered(typeName, sentence));
                    byType.put(typeName, targets);
                }
                for (int k = 0; k < targets.annotations.size(); k++) {
                    Annotation a = targets.annotations.get(k);
                    if (!isUsed(used, a) && inScope(rule.scope(), a, trigger, seq, clauses)
                        && rule.accepts(targets.following(k, seq))) {
                        if (candidates.isEmpty()) {
                            candidates = new ArrayList<>(); // most rules find none
                        }
                        candidates.add(a);
                    }
                }
            }
            if (candidates.size() > 1) {
                candidates.sort(Comparator.comparingInt((Annotation a) -> distance(a, trigger))
                    .thenComparingInt(Annotation::getBegin));
            }
            for (Annotation a : candidates) {
                if (have >= rule.max()) {
                    break;
                }
                EventArgument argument = new EventArgument(jcas);
                argument.setRole(rule.role());
                argument.setTarget(a);
                // Not indexed: reachable from its Event, so XMI keeps it, and the bag index's hash order
                // cannot make two runs' XMI differ.
                arguments.add(argument);
                used.add(a);
                have++;
            }
            filled.put(rule.role(), have);
        }
        Affiliations.drop(seq, arguments, EventRoles.PARTICIPANT);
        arguments.sort(BY_TARGET_BEGIN);
        Event event = new Event(jcas, trigger.getBegin(), trigger.getEnd());
        event.setEventType(trigger.getEventType());
        event.setModality(trigger.getModality());
        event.setTrigger(trigger);
        event.setArguments(FSCollectionFactory.createFSArray(jcas, arguments));
        event.setRule(trigger.getRule());
        event.addToIndexes();
        return event;
    }

    private static boolean isUsed(List<Annotation> used, Annotation a) {
        for (Annotation u : used) {
            if (u == a) {
                return true;
            }
        }
        return false;
    }

    private static final Comparator<EventArgument> BY_TARGET_BEGIN =
        Comparator.comparingInt(a -> a.getTarget().getBegin());

    private static boolean inScope(RoleRules.Scope scope, Annotation a, EventTrigger t, MorphemeSequence seq,
                                   ClauseBoundaries.Clauses clauses) {
        boolean overlapsTrigger = a.getBegin() < t.getEnd() && t.getBegin() < a.getEnd();
        return switch (scope) {
            // 미국행 (one noun), 뉴욕 + 행: the target is the start of the trigger's word
            case ATTACHED -> a.getBegin() <= t.getBegin() && a.getEnd() >= t.getBegin() && a.getEnd() < t.getEnd()
                || a.getEnd() == t.getBegin() && seq.tokenAt(a.getEnd() - 1) == seq.tokenAt(t.getBegin());
            case CLAUSE -> !overlapsTrigger && clauses.sameClause(a.getBegin(), t.getBegin());
            case BEFORE -> a.getEnd() <= t.getBegin();
            case SENTENCE -> !overlapsTrigger;
        };
    }

    private static int distance(Annotation a, EventTrigger t) {
        return a.getEnd() <= t.getBegin() ? t.getBegin() - a.getEnd() : Math.max(0, a.getBegin() - t.getEnd());
    }

    /**
     * The lemmas after a target, from its particle on: nouns right after it (titles, 측, 관계자; up to two more
     * words) are passed over, so {@code 김민준 사장은} gives {@code 은}. Empty when what follows is no particle.
     */
    static List<String> following(MorphemeSequence seq, Annotation a) {
        int i = seq.firstAtOrAfter(a.getEnd());
        int startToken = seq.tokenAt(Math.max(a.getBegin(), a.getEnd() - 1));
        while (i < seq.size() && seq.get(i).token() <= startToken + 2 && passOver(seq.get(i))) {
            i++;
        }
        if (i >= seq.size() || seq.get(i).token() > startToken + 2) {
            return List.of();
        }
        MorphemeSequence.Morph first = seq.get(i);
        if (!SejongTags.isParticle(first.pos()) && !first.lemma().equals("및")) {
            return List.of();
        }
        List<String> lemmas = new ArrayList<>();
        for (int k = i; k < Math.min(seq.size(), i + 3); k++) {
            lemmas.add(seq.get(k).lemma());
        }
        return lemmas;
    }

    private static boolean passOver(MorphemeSequence.Morph m) {
        String pos = m.pos();
        return SejongTags.isNoun(pos) || pos.equals(SejongTags.XSN) || pos.equals(SejongTags.NR)
            || pos.equals(SejongTags.SL) || pos.equals(SejongTags.SH) || pos.equals(SejongTags.SN)
            || pos.equals(SejongTags.SS);
    }
}
