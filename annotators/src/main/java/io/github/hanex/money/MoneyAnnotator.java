package io.github.hanex.money;

import io.github.hanex.resource.RuleFileException;
import io.github.hanex.type.Money;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Marks Money amounts in the article text ({@code 165억달러}, {@code 미화 8억 달러}, {@code $4.2 billion},
 * {@code 약 3조원}, {@code 4~5조원}, {@code 수천억원대}) with their exact value, ISO 4217 currency, qualifier and
 * the rule that fixed the currency. Works on the characters of {@code _InitialView}; the words it knows are the
 * rule files of {@code rules/money/}.
 */
@ResourceMetaData(name = "hanex money annotator")
@LanguageCapability("ko")
@TypeCapability(outputs = "io.github.hanex.type.Money")
public class MoneyAnnotator extends JCasAnnotator_ImplBase {

    /** Currency words, symbols and codes ({@code SURFACE<TAB>CODE<TAB>POSITION[<TAB>FACTOR]}). */
    public static final String PARAM_CURRENCIES = "currencies";
    @ConfigurationParameter(name = PARAM_CURRENCIES, defaultValue = MoneyLexicon.DEFAULT_CURRENCIES)
    private String currencies;

    /** Number words: Hangul digits, unit and scale words, vague digits, infixes, range signs. */
    public static final String PARAM_NUMERALS = "numerals";
    @ConfigurationParameter(name = PARAM_NUMERALS, defaultValue = MoneyLexicon.DEFAULT_NUMERALS)
    private String numerals;

    /** Qualifier words before, after or glued to an amount ({@code WORD<TAB>POSITION<TAB>QUALIFIER}). */
    public static final String PARAM_QUALIFIERS = "qualifiers";
    @ConfigurationParameter(name = PARAM_QUALIFIERS, defaultValue = MoneyLexicon.DEFAULT_QUALIFIERS)
    private String qualifiers;

    /** Followers of currency words, look-alike words and counters ({@code WORD<TAB>KIND}). */
    public static final String PARAM_WORDS = "words";
    @ConfigurationParameter(name = PARAM_WORDS, defaultValue = MoneyLexicon.DEFAULT_WORDS)
    private String words;

    private MoneyFinder finder;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            finder = new MoneyFinder(MoneyLexicon.load(currencies, numerals, qualifiers, words));
        } catch (RuleFileException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null) {
            return;
        }
        for (MoneyMention m : finder.find(text)) {
            Money money = new Money(jcas, m.begin(), m.end());
            money.setValue(m.valueText());
            money.setValueMax(m.valueMaxText());
            money.setCurrency(m.currency());
            money.setQualifier(m.qualifier().name());
            money.setRule(m.rule());
            money.addToIndexes();
        }
    }
}
