package io.github.hanex.event;

import io.github.hanex.resource.Locations;
import io.github.hanex.type.EventTrigger;
import io.github.hanex.type.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.CasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Finds event triggers (annotation guidelines, "Event trigger") from a lexicon of KOMORAN lemma patterns and
 * sets their modality from cue words in the same clause. Drops triggers inside names, inside stop phrases
 * ({@code 투자자}) and as modifiers of compounds ({@code 협력업체}); keeps one trigger per event ({@code 계약을
 * 체결했다} gives {@code 계약}). Needs Sentence, Token and Morpheme; Person, Organization and Location when present.
 */
@ResourceMetaData(name = "hanex event trigger annotator")
@LanguageCapability("ko")
@TypeCapability(
    inputs = {"io.github.hanex.type.Sentence", "io.github.hanex.type.Token", "io.github.hanex.type.Morpheme",
        "io.github.hanex.type.Person", "io.github.hanex.type.Organization", "io.github.hanex.type.Location"},
    outputs = {"io.github.hanex.type.EventTrigger"})
public class EventTriggerAnnotator extends JCasAnnotator_ImplBase {

    /** Trigger lexicon ({@code TYPE<TAB>PATTERN[<TAB>OPTIONS]}), see {@link TriggerLexicon}. */
    public static final String PARAM_LEXICON = "lexicon";
    @ConfigurationParameter(name = PARAM_LEXICON, defaultValue = Locations.BUNDLED_RULES + "events/triggers.tsv")
    private String lexiconLocation;

    /** Modality cues ({@code MODALITY<TAB>PRIORITY<TAB>SCOPE<TAB>PATTERN}), see {@link ModalityCues}. */
    public static final String PARAM_MODALITY_CUES = "modalityCues";
    @ConfigurationParameter(name = PARAM_MODALITY_CUES,
        defaultValue = Locations.BUNDLED_RULES + "events/modality.tsv")
    private String modalityLocation;

    /** Phrases in which a trigger word is not an event (one per line), see {@link TriggerContexts}. */
    public static final String PARAM_STOP_PHRASES = "stopPhrases";
    @ConfigurationParameter(name = PARAM_STOP_PHRASES,
        defaultValue = Locations.BUNDLED_RULES + "events/stop-phrases.tsv")
    private String stopPhrasesLocation;

    /** Nouns that may follow a trigger noun in one word without cancelling it (one lemma per line). */
    public static final String PARAM_COMPOUND_HEADS = "compoundHeads";
    @ConfigurationParameter(name = PARAM_COMPOUND_HEADS,
        defaultValue = Locations.BUNDLED_RULES + "events/compound-heads.tsv")
    private String compoundHeadsLocation;

    /** Morpheme patterns after which a clause ends (one per line), see {@link ClauseBoundaries}. */
    public static final String PARAM_CLAUSE_BOUNDARIES = "clauseBoundaries";
    @ConfigurationParameter(name = PARAM_CLAUSE_BOUNDARIES,
        defaultValue = Locations.BUNDLED_RULES + "events/clause-boundaries.tsv")
    private String clauseBoundariesLocation;

    /** Modality of a trigger no cue applies to. */
    public static final String PARAM_DEFAULT_MODALITY = "defaultModality";
    @ConfigurationParameter(name = PARAM_DEFAULT_MODALITY, defaultValue = "ASSERTED")
    private String defaultModality;

    /** Annotation types (full names) inside which no trigger is looked for: names of people and organizations. */
    public static final String PARAM_BLOCKING_TYPES = "blockingTypes";
    @ConfigurationParameter(name = PARAM_BLOCKING_TYPES,
        defaultValue = {"io.github.hanex.type.Person", "io.github.hanex.type.Organization"})
    private String[] blockingTypes;

    /** Time nouns after which a past adnominal does not close a relative clause (체결한 뒤). */
    private static final java.util.Set<String> TIME_NOUNS = java.util.Set.of("뒤", "후", "다음", "직후", "이후");

    /** Verbs whose adnominal form works as a postposition (을 위한, 에 대한, 에 따른): no relative clause. */
    private static final java.util.Set<String> POSTPOSITION_VERBS = java.util.Set.of("위하", "대하", "관하", "통하",
        "따르", "의하", "향하");

    private TriggerLexicon lexicon;
    private ModalityCues modalityCues;
    private TriggerContexts contexts;
    private ClauseBoundaries clauseBoundaries;
    /** Which lexicon entries and modality cues can match in a sentence, from its lemmas. */
    private PatternIndex lexiconIndex;
    private PatternIndex cueIndex;
    /**
     * The entries that also match inside longer nouns, by their lemma (positions in the lexicon, ascending), and
     * the lengths of those lemmas: a noun is looked up by its beginnings and endings of these lengths.
     */
    private final Map<String, List<Integer>> compoundEntries = new HashMap<>();
    private int[] compoundLengths;

    /** A trigger candidate: the span, where the lexicon word begins in it, and the morphemes it takes up. */
    private record Candidate(TriggerLexicon.Entry entry, int begin, int end, int headBegin, int first, int last) {
        int morphemes() {
            return last - first + 1;
        }

        boolean overlapsMorphemes(Candidate o) {
            return first <= o.last && o.first <= last;
        }
    }

    private record CueMatch(ModalityCues.Cue cue, int begin, int end, int first, int last, int lastToken) {
    }

    /** The type names of the rules, resolved once per type system. */
    private final TypeNames typeNames = new TypeNames();

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            lexicon = TriggerLexicon.load(lexiconLocation);
            modalityCues = ModalityCues.load(modalityLocation);
            contexts = TriggerContexts.load(stopPhrasesLocation, compoundHeadsLocation);
            clauseBoundaries = ClauseBoundaries.load(clauseBoundariesLocation);
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(e);
        }
        lexiconIndex = new PatternIndex(lexicon.entries().stream().map(TriggerLexicon.Entry::pattern).toList());
        cueIndex = new PatternIndex(modalityCues.cues().stream().map(ModalityCues.Cue::pattern).toList());
        compoundEntries.clear();
        Set<Integer> lengths = new TreeSet<>();
        for (int e = 0; e < lexicon.entries().size(); e++) {
            TriggerLexicon.Entry entry = lexicon.entries().get(e);
            String lemma = entry.pattern().singleLemma();
            if (entry.exact() || lemma == null || (lemma.length() < 2 && entry.after() == null)) {
                continue;
            }
            compoundEntries.computeIfAbsent(lemma, k -> new ArrayList<>()).add(e);
            lengths.add(lemma.length());
        }
        compoundLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        SentenceIndex index = new SentenceIndex(jcas, EventTrigger.class, typeNames);
        for (Sentence sentence : jcas.select(Sentence.class)) {
            processSentence(jcas, index, sentence);
        }
    }

    private void processSentence(JCas jcas, SentenceIndex index, Sentence sentence) {
        MorphemeSequence seq = MorphemeSequence.of(jcas, sentence);
        if (seq.size() == 0) {
            return;
        }
        List<Annotation> blocking = new ArrayList<>();
        for (String typeName : blockingTypes) {
            blocking.addAll(index.covered(typeName, sentence));
        }
        List<int[]> stops = contexts.stopRanges(sentence.getCoveredText(), sentence.getBegin());
        List<Candidate> candidates = new ArrayList<>();
        List<TriggerLexicon.Entry> entries = lexicon.entries();
        boolean[] mayMatch = lexiconIndex.candidates(seq);
        Map<Integer, List<Candidate>> compounds = compoundMatches(jcas.getDocumentText(), seq);
        for (int e = 0; e < entries.size(); e++) {
            TriggerLexicon.Entry entry = entries.get(e);
            if (mayMatch[e]) {
                for (MorphemePattern.Match m : entry.pattern().findAll(seq)) {
                    candidates.add(new Candidate(entry, m.begin(), m.end(), m.begin(), m.first(), m.last()));
                }
            }
            List<Candidate> inCompounds = compounds.get(e);
            if (inCompounds != null) {
                candidates.addAll(inCompounds);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        candidates.removeIf(c -> inside(c.headBegin(), c.end(), stops) || overlaps(c.headBegin(), c.end(), blocking)
            || isCompoundModifier(seq, c, candidates) || !requirementsMet(index, sentence, seq, c));
        List<Candidate> kept = resolveOverlaps(candidates);
        if (kept.isEmpty()) {
            return; // clauses and cues only serve the triggers kept
        }
        ClauseBoundaries.Clauses clauses = clauseBoundaries.split(seq);
        kept.removeIf(c -> c.entry().with() != null && index.covered(c.entry().with(), sentence).stream()
            .noneMatch(a -> clauses.sameClause(a.getBegin(), c.begin())));
        kept.removeIf(c -> c.entry().weak() && kept.stream().anyMatch(o -> o != c && !o.entry().weak()
            && clauses.sameClause(o.begin(), c.begin())));
        List<CueMatch> cues = new ArrayList<>();
        List<ModalityCues.Cue> allCues = modalityCues.cues();
        boolean[] mayCue = cueIndex.candidates(seq);
        for (int k = 0; k < allCues.size(); k++) {
            if (!mayCue[k]) {
                continue;
            }
            ModalityCues.Cue cue = allCues.get(k);
            for (MorphemePattern.Match m : cue.pattern().findAll(seq)) {
                cues.add(new CueMatch(cue, m.begin(), m.end(), m.first(), m.last(), seq.get(m.last()).token()));
            }
        }
        for (Candidate c : kept) {
            EventTrigger trigger = new EventTrigger(jcas, c.begin(), c.end());
            trigger.setEventType(c.entry().eventType());
            trigger.setLemma(c.entry().lemma());
            trigger.setModality(modality(seq, clauses, cues, c));
            trigger.setRule(c.entry().rule());
            trigger.addToIndexes();
        }
    }

    /**
     * A one-lemma noun entry also matches at the end of a longer noun (해외투자, 정상회담, 미국행), and at its
     * start when the rest is a compound head (출장길, 투자계획). The matches by lexicon position, each in
     * sentence order; the nouns are looked up by their beginnings and endings instead of trying every entry.
     */
    private Map<Integer, List<Candidate>> compoundMatches(String text, MorphemeSequence seq) {
        Map<Integer, List<Candidate>> matches = Map.of();
        for (int i = 0; i < seq.size(); i++) {
            MorphemeSequence.Morph m = seq.get(i);
            if (!m.pos().equals("NNG") && !m.pos().equals("NNP")) {
                continue;
            }
            String lemma = m.lemma();
            for (int length : compoundLengths) {
                if (length >= lemma.length()) {
                    break;
                }
                String head = lemma.substring(0, length);
                String tail = lemma.substring(lemma.length() - length);
                matches = addCompoundMatches(text, seq, i, compoundEntries.get(head), matches);
                if (!tail.equals(head)) {
                    matches = addCompoundMatches(text, seq, i, compoundEntries.get(tail), matches);
                }
            }
        }
        return matches;
    }

    private Map<Integer, List<Candidate>> addCompoundMatches(String text, MorphemeSequence seq, int i,
                                                             List<Integer> entries,
                                                             Map<Integer, List<Candidate>> matches) {
        if (entries == null) {
            return matches;
        }
        for (int e : entries) {
            Candidate c = compoundMatch(text, seq, lexicon.entries().get(e), i);
            if (c != null) {
                if (matches.isEmpty()) {
                    matches = new HashMap<>();
                }
                matches.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
            }
        }
        return matches;
    }

    /** The match of a one-lemma noun entry inside the longer noun at morpheme {@code i}, or null. */
    private Candidate compoundMatch(String text, MorphemeSequence seq, TriggerLexicon.Entry entry, int i) {
        String lemma = entry.pattern().singleLemma();
        MorphemeSequence.Morph m = seq.get(i);
        if (!m.pos().equals("NNG") && !m.pos().equals("NNP") || m.lemma().length() <= lemma.length()
            || !m.lemma().startsWith(lemma) && !m.lemma().endsWith(lemma) // neither case below
            || !entry.pattern().acceptsTag(m.pos())) {
            return null;
        }
        if (m.lemma().startsWith(lemma) && contexts.isCompoundHead(m.lemma().substring(lemma.length()))
            && text.startsWith(lemma, m.begin()) && entry.after() == null) {
            return new Candidate(entry, m.begin(), m.begin() + lemma.length(), m.begin(), i, i);
        }
        if (!m.lemma().endsWith(lemma)) {
            return null;
        }
        // KOMORAN keeps some dictionary phrases as one noun across a space (전략적 제휴); the tokenizer then
        // cuts the morpheme at the space, so the lemma is read from the text itself.
        String lemmaText = m.lemma();
        boolean spansSpace = text.startsWith(lemmaText, m.begin()) && m.begin() + lemmaText.length() > m.end();
        int end = spansSpace ? m.begin() + lemmaText.length() : m.end();
        if (!text.substring(m.begin(), end).endsWith(lemma)) {
            return null;
        }
        int begin = spansSpace ? m.begin() + lemmaText.lastIndexOf(' ') + 1 : m.begin();
        return new Candidate(entry, begin, end, end - lemma.length(), i, i);
    }

    /** A trigger noun followed in its word by a noun that is neither a compound head nor a trigger. */
    private boolean isCompoundModifier(MorphemeSequence seq, Candidate c, List<Candidate> all) {
        MorphemeSequence.Morph last = seq.get(c.last());
        if (!last.isNoun() || c.last() + 1 >= seq.size()) {
            return false;
        }
        MorphemeSequence.Morph next = seq.get(c.last() + 1);
        if (next.token() != last.token() || !next.isNoun() || next.begin() < last.end()) {
            return false;
        }
        if (contexts.isCompoundHead(next.lemma())) {
            return false;
        }
        return all.stream().noneMatch(o -> o.first() == c.last() + 1);
    }

    private static boolean requirementsMet(SentenceIndex index, Sentence sentence, MorphemeSequence seq,
                                           Candidate c) {
        TriggerLexicon.Entry e = c.entry();
        if (e.after() != null
            && index.covered(e.after(), sentence).stream().noneMatch(a -> a.getEnd() == c.headBegin())) {
            return false;
        }
        if (e.near() != null) {
            int token = seq.tokenAt(c.headBegin());
            // the word before, or the one before that when a noun word is between (평택 공장을 찾았다)
            int from = token > 1 && startsWithNoun(seq, token - 1) ? seq.tokenBegin(token - 2)
                : token > 0 ? seq.tokenBegin(token - 1) : sentence.getBegin();
            return index.covered(e.near(), sentence).stream()
                .anyMatch(a -> a.getEnd() <= c.headBegin() && a.getEnd() > from);
        }
        return true;
    }

    private static boolean startsWithNoun(MorphemeSequence seq, int token) {
        int i = seq.firstAtOrAfter(seq.tokenBegin(token));
        return i < seq.size() && seq.get(i).token() == token && seq.get(i).pos().startsWith("NN");
    }

    /** Longer matches first (they take up the words of shorter ones: 양해각서(MOU), 계약을 체결). */
    private static List<Candidate> resolveOverlaps(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::morphemes).reversed()
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.begin()).reversed())
            .thenComparingInt(Candidate::begin));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(k -> k.overlapsMorphemes(c) || k.begin() < c.end() && c.begin() < k.end())) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::begin));
        return kept;
    }

    private String modality(MorphemeSequence seq, ClauseBoundaries.Clauses clauses, List<CueMatch> cues,
                            Candidate c) {
        CueMatch best = null;
        int bestDistance = Integer.MAX_VALUE;
        int triggerToken = seq.get(c.first()).token();
        for (CueMatch cue : cues) {
            int distance;
            switch (cue.cue().scope()) {
                case AFTER -> {
                    if (cue.first() <= c.last() || !clauses.sameClause(c.begin(), cue.begin())
                        || relativeClauseBetween(seq, c.last(), cue.first())) {
                        continue;
                    }
                    distance = cue.begin() - c.end();
                }
                case BEFORE -> {
                    if (cue.last() >= c.first() || !clauses.sameClause(cue.begin(), c.begin())) {
                        continue;
                    }
                    distance = c.begin() - cue.end();
                }
                default -> {
                    if (cue.last() >= c.first() || cue.lastToken() != triggerToken - 1) {
                        continue;
                    }
                    distance = c.begin() - cue.end();
                }
            }
            if (best == null || cue.cue().priority() > best.cue().priority()
                || cue.cue().priority() == best.cue().priority() && distance < bestDistance) {
                best = cue;
                bestDistance = distance;
            }
        }
        return best == null ? defaultModality : best.cue().modality();
    }

    /**
     * A past adnominal verb between a trigger and a later cue ({@code 계약을 맺은 누리는 … 예정이다},
     * {@code 만난 인사는 … 계획이다}) closes a relative clause: what it says has happened, and the cue is the main
     * clause's. Not before a time noun ({@code 계약을 체결한 뒤 … 계획이다} is planned as a whole), nor for verbs
     * that work as postpositions ({@code 계약 체결을 위한 협상을 종료한다}).
     */
    private static boolean relativeClauseBetween(MorphemeSequence seq, int from, int to) {
        for (int i = from; i < to; i++) {
            MorphemeSequence.Morph m = seq.get(i);
            boolean pastAdnominal = m.pos().equals("ETM") && (m.lemma().equals("ㄴ") || m.lemma().equals("은"))
                && i > 0 && (seq.get(i - 1).pos().startsWith("V") || seq.get(i - 1).pos().equals("XSV"))
                && !POSTPOSITION_VERBS.contains(seq.get(i - 1).lemma());
            if (pastAdnominal && (i + 1 >= seq.size() || !TIME_NOUNS.contains(seq.get(i + 1).lemma()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(int begin, int end, List<int[]> ranges) {
        return ranges.stream().anyMatch(r -> r[0] <= begin && end <= r[1]);
    }

    private static boolean overlaps(int begin, int end, List<Annotation> annotations) {
        return annotations.stream().anyMatch(a -> a.getBegin() < end && begin < a.getEnd());
    }

    /** Annotations of a type named in the rules (short or full name) inside {@code span}; none if unknown. */
    static List<Annotation> covered(JCas jcas, String typeName, Annotation span) {
        Type type = resolveType(jcas, typeName);
        if (type == null) {
            return List.of();
        }
        List<Annotation> result = new ArrayList<>();
        for (var fs : CasUtil.selectCovered(jcas.getCas(), type, span)) {
            result.add((Annotation) fs);
        }
        return result;
    }

    /** A type by full name, or by short name in the hanex type package. */
    static Type resolveType(JCas jcas, String typeName) {
        Type type = jcas.getTypeSystem().getType(typeName);
        if (type == null && !typeName.contains(".")) {
            type = jcas.getTypeSystem().getType("io.github.hanex.type." + typeName);
        }
        if (type == null || !jcas.getTypeSystem().subsumes(jcas.getCasType(Annotation.type), type)) {
            return null;
        }
        return type;
    }
}
