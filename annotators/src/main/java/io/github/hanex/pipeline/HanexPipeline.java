package io.github.hanex.pipeline;

import io.github.hanex.boilerplate.BoilerplateRemover;
import io.github.hanex.boilerplate.VerbatimArticle;
import io.github.hanex.date.DateAnnotator;
import io.github.hanex.event.ClauseBoundaryResource;
import io.github.hanex.event.EventFrameAnnotator;
import io.github.hanex.event.EventTriggerAnnotator;
import io.github.hanex.money.MoneyAnnotator;
import io.github.hanex.ner.NameAliasResolver;
import io.github.hanex.ner.NameRecognizer;
import io.github.hanex.ner.NerRuleFiles;
import io.github.hanex.place.LocationAnnotator;
import io.github.hanex.tokenize.KoreanTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ExternalResourceDescription;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The standard hanex pipeline as one aggregate description: boilerplate removal (or the verbatim article),
 * Korean tokenization, then the extractors. Each stage is a separate annotator; this class only wires them.
 */
public final class HanexPipeline {

    /** The bundled user dictionary of the analyzer. */
    public static final String BUNDLED_USER_DICTIONARY = "classpath:hanex/rules/tokenizer/user-dictionary.tsv";

    private HanexPipeline() {
    }

    public static AnalysisEngineDescription create(PipelineOptions options) throws ResourceInitializationException {
        List<AnalysisEngineDescription> stages = new ArrayList<>();
        stages.add(options.boilerplate
            ? AnalysisEngineFactory.createEngineDescription(BoilerplateRemover.class)
            : AnalysisEngineFactory.createEngineDescription(VerbatimArticle.class));
        stages.add(tokenizer(options));
        if (!options.tokenizeOnly) {
            stages.addAll(names(options));
            stages.add(AnalysisEngineFactory.createEngineDescription(MoneyAnnotator.class));
            stages.addAll(events()); // after the entity and money annotators, whose output they use
        }
        return AnalysisEngineFactory.createEngineDescription(stages.toArray(AnalysisEngineDescription[]::new));
    }

    /**
     * Dates and places, then event triggers, then event frames over them (bundled rules); the two event annotators
     * share one set of clause boundaries.
     */
    public static List<AnalysisEngineDescription> events() throws ResourceInitializationException {
        ExternalResourceDescription clauses = ClauseBoundaryResource.description(null);
        return List.of(
            AnalysisEngineFactory.createEngineDescription(DateAnnotator.class),
            AnalysisEngineFactory.createEngineDescription(LocationAnnotator.class),
            AnalysisEngineFactory.createEngineDescription(EventTriggerAnnotator.class,
                EventTriggerAnnotator.RES_CLAUSE_BOUNDARIES, clauses),
            AnalysisEngineFactory.createEngineDescription(EventFrameAnnotator.class,
                EventFrameAnnotator.RES_CLAUSE_BOUNDARIES, clauses));
    }

    /** The tokenizer stage alone, as configured by the options. */
    public static AnalysisEngineDescription tokenizer(PipelineOptions options) throws ResourceInitializationException {
        List<String> dictionaries = new ArrayList<>();
        dictionaries.add(BUNDLED_USER_DICTIONARY);
        // Known names stay whole in the analyzer: the gazetteers double as user dictionaries.
        NerRuleFiles.select(options.rulesOff, options.rulesAdd).stream()
            .filter(location -> NerRuleFiles.kindOf(location) == NerRuleFiles.Kind.GAZETTEER)
            .forEach(dictionaries::add);
        dictionaries.addAll(options.userDictionaries);
        return AnalysisEngineFactory.createEngineDescription(KoreanTokenizer.class,
            KoreanTokenizer.PARAM_ANALYZER, options.analyzer,
            KoreanTokenizer.PARAM_MODEL, options.komoranModel,
            KoreanTokenizer.PARAM_USER_DICTIONARIES, dictionaries.toArray(String[]::new));
    }

    /** Person and organization recognition, then in-document alias resolution, with the selected rule files. */
    public static List<AnalysisEngineDescription> names(PipelineOptions options)
        throws ResourceInitializationException {
        for (String added : options.rulesAdd) {
            if (NerRuleFiles.kindOf(added) == null) {
                throw new ResourceInitializationException(new IllegalArgumentException(added + ": no annotator"
                    + " reads this kind of rule file (name it *.gaz.tsv, *.words.tsv or *.patterns.tsv)"));
            }
        }
        for (String off : options.rulesOff) {
            if (NerRuleFiles.kindOf(off) != null && Arrays.stream(NerRuleFiles.BUNDLED)
                .noneMatch(location -> NerRuleFiles.matches(location, off))) {
                throw new ResourceInitializationException(new IllegalArgumentException(
                    off + ": no bundled rule file of that name"));
            }
        }
        String[] files = NerRuleFiles.select(options.rulesOff, options.rulesAdd).toArray(String[]::new);
        return List.of(
            AnalysisEngineFactory.createEngineDescription(NameRecognizer.class,
                NameRecognizer.PARAM_RULE_FILES, files),
            AnalysisEngineFactory.createEngineDescription(NameAliasResolver.class,
                NameAliasResolver.PARAM_RULE_FILES, files));
    }
}
