package io.github.hanex.event;

import io.github.hanex.resource.Locations;
import io.github.hanex.type.EventTrigger;
import io.github.hanex.type.Sentence;
import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Finds event triggers (annotation guidelines, "Event trigger") from a lexicon of KOMORAN lemma patterns and
 * sets their modality from cue words in the same clause. Drops triggers inside names, inside stop phrases
 * ({@code 투자자}) and as modifiers of compounds ({@code 협력업체}); keeps one trigger per event ({@code 계약을
 * 체결했다} gives {@code 계약}). Needs Sentence, Token and Morpheme; Person, Organization and Location when present.
 *
 * <p>Sentence by sentence, one step a class: {@link TriggerMatcher} (lexicon patterns, and inside compound nouns:
 * {@link CompoundTriggers}), {@link TriggerFilters} (context), {@link TriggerOverlaps}, {@link TriggerFilters} again
 * (clauses), {@link TriggerModality}.
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

    /**
     * Where clauses end, shared with {@link EventFrameAnnotator}: bind one {@link ClauseBoundaryResource} to both
     * under this key ({@code HanexPipeline} does); without it, the bundled {@code events/clause-boundaries.tsv}.
     */
    public static final String RES_CLAUSE_BOUNDARIES = "clauseBoundaries";
    @ExternalResource(key = RES_CLAUSE_BOUNDARIES, mandatory = false)
    private ClauseBoundaryResource clauseBoundaryResource;

    /** Modality of a trigger no cue applies to. */
    public static final String PARAM_DEFAULT_MODALITY = "defaultModality";
    @ConfigurationParameter(name = PARAM_DEFAULT_MODALITY, defaultValue = "ASSERTED")
    private String defaultModality;

    /** Annotation types (full names) inside which no trigger is looked for: names of people and organizations. */
    public static final String PARAM_BLOCKING_TYPES = "blockingTypes";
    @ConfigurationParameter(name = PARAM_BLOCKING_TYPES,
        defaultValue = {"io.github.hanex.type.Person", "io.github.hanex.type.Organization"})
    private String[] blockingTypes;

    private ClauseBoundaries clauseBoundaries;
    private TriggerMatcher matcher;
    private TriggerFilters filters;
    private TriggerModality modality;

    /** The type names of the rules, resolved once per type system. */
    private final TypeNames typeNames = new TypeNames();

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        TriggerLexicon lexicon;
        ModalityCues modalityCues;
        TriggerContexts contexts;
        try {
            lexicon = TriggerLexicon.load(lexiconLocation);
            modalityCues = ModalityCues.load(modalityLocation);
            contexts = TriggerContexts.load(stopPhrasesLocation, compoundHeadsLocation);
            clauseBoundaries = ClauseBoundaryResource.of(clauseBoundaryResource);
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(e);
        }
        CompoundTriggers compounds = new CompoundTriggers(lexicon, contexts);
        matcher = new TriggerMatcher(lexicon, compounds);
        filters = new TriggerFilters(contexts, compounds, blockingTypes);
        modality = new TriggerModality(modalityCues, defaultModality);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        SentenceIndex index = new SentenceIndex(jcas, EventTrigger.class, typeNames);
        for (Sentence sentence : jcas.select(Sentence.class)) {
            processSentence(jcas, index, sentence);
        }
    }

    /** The steps, one class each: match, drop what is out of context, resolve overlaps, look at clauses, modality. */
    private void processSentence(JCas jcas, SentenceIndex index, Sentence sentence) {
        MorphemeSequence seq = MorphemeSequence.of(jcas, sentence);
        if (seq.size() == 0) {
            return;
        }
        List<TriggerCandidate> candidates = matcher.candidates(jcas.getDocumentText(), seq);
        if (candidates.isEmpty()) {
            return;
        }
        filters.dropOutOfContext(candidates, index, sentence, seq);
        List<TriggerCandidate> kept = TriggerOverlaps.resolve(candidates);
        if (kept.isEmpty()) {
            return; // clauses and cues only serve the triggers kept
        }
        ClauseBoundaries.Clauses clauses = clauseBoundaries.split(seq);
        TriggerFilters.dropByClause(kept, clauses, index, sentence);
        List<String> modalities = modality.of(seq, clauses, kept);
        for (int k = 0; k < kept.size(); k++) {
            TriggerCandidate c = kept.get(k);
            EventTrigger trigger = new EventTrigger(jcas, c.begin(), c.end());
            trigger.setEventType(c.entry().eventType());
            trigger.setLemma(c.entry().lemma());
            trigger.setModality(modalities.get(k));
            trigger.setRule(c.entry().rule());
            trigger.addToIndexes();
        }
    }
}
