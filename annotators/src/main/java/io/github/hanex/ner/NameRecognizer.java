package io.github.hanex.ner;

import io.github.hanex.type.Organization;
import io.github.hanex.type.Person;
import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Person and organization mentions from gazetteers and context patterns over KOMORAN morphemes (rules in
 * {@code rules/ner/}, see rules/README.md). Each annotation's {@code rule} is the file:line that produced it and
 * its {@code canonical} the gazetteer's canonical name or the mention itself; {@link NameAliasResolver} then links
 * short and repeated mentions inside the document.
 */
@ResourceMetaData(name = "hanex person and organization recognizer")
@LanguageCapability("ko")
@TypeCapability(inputs = {"io.github.hanex.type.Sentence", "io.github.hanex.type.Token",
    "io.github.hanex.type.Morpheme"},
    outputs = {"io.github.hanex.type.Person", "io.github.hanex.type.Organization"})
public class NameRecognizer extends JCasAnnotator_ImplBase {

    /**
     * Rule file locations ({@code classpath:}, file or URL); the kind of each is told by its name: *.gaz.tsv,
     * *.words.tsv or *.patterns.tsv. Default: the bundled files, {@link NerRuleFiles#BUNDLED}.
     */
    public static final String PARAM_RULE_FILES = "ruleFiles";
    @ConfigurationParameter(name = PARAM_RULE_FILES, mandatory = false)
    private String[] ruleFiles;

    private NerRules rules;
    private MentionFinder finder;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            rules = NerRules.load(ruleFiles == null || ruleFiles.length == 0 ? NerRuleFiles.BUNDLED : ruleFiles);
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(e);
        }
        finder = new MentionFinder(rules);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null) {
            return;
        }
        for (SentenceReader.SentenceUnitsOf s : SentenceReader.read(jcas, rules.words)) {
            List<MentionFinder.Mention> mentions = finder.find(text, s.sentence().getBegin(), s.sentence().getEnd(),
                s.units());
            for (MentionFinder.Mention m : mentions) {
                annotate(jcas, m);
            }
        }
    }

    static Annotation annotate(JCas jcas, MentionFinder.Mention m) {
        if (m.type() == EntityType.PERSON) {
            Person p = new Person(jcas, m.begin(), m.end());
            p.setCanonical(m.canonical());
            p.setRule(m.rule());
            p.addToIndexes();
            return p;
        }
        Organization o = new Organization(jcas, m.begin(), m.end());
        o.setCanonical(m.canonical());
        o.setRule(m.rule());
        o.addToIndexes();
        return o;
    }
}
