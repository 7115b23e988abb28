package io.github.hanex.tokenize;

import io.github.hanex.type.Morpheme;
import io.github.hanex.type.Sentence;
import io.github.hanex.type.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Korean tokenization: sentences, eojeol tokens (white-space delimited words) and morphemes with Sejong POS
 * tags, from KOMORAN (default) or Lucene Nori. Every morpheme lies inside its eojeol and points at the
 * document text; morphemes the analyzer restored (했 = 하+았) share the span of the characters they came from.
 */
@ResourceMetaData(name = "hanex Korean tokenizer")
@LanguageCapability("ko")
@TypeCapability(outputs = {"io.github.hanex.type.Sentence", "io.github.hanex.type.Token",
    "io.github.hanex.type.Morpheme"})
public class KoreanTokenizer extends JCasAnnotator_ImplBase {

    /** Which analyzer to use: {@code komoran} or {@code nori}. */
    public static final String PARAM_ANALYZER = "analyzer";
    @ConfigurationParameter(name = PARAM_ANALYZER, defaultValue = "komoran")
    private String analyzerName;

    /** KOMORAN model: {@code FULL} (larger dictionary) or {@code LIGHT}. Ignored by Nori. */
    public static final String PARAM_MODEL = "model";
    @ConfigurationParameter(name = PARAM_MODEL, defaultValue = "FULL")
    private String model;

    /**
     * User dictionaries ({@code word<TAB>POS} lines, UTF-8) whose words the analyzer keeps whole; locations as
     * {@code classpath:}, file or URL.
     */
    public static final String PARAM_USER_DICTIONARIES = "userDictionaries";
    @ConfigurationParameter(name = PARAM_USER_DICTIONARIES, mandatory = false,
        defaultValue = "classpath:hanex/rules/tokenizer/user-dictionary.tsv")
    private String[] userDictionaries;

    /** Map from Nori's tags to Sejong tags. */
    public static final String PARAM_NORI_TAG_MAP = "noriTagMap";
    @ConfigurationParameter(name = PARAM_NORI_TAG_MAP, defaultValue = "classpath:hanex/rules/tagmaps/nori-sejong.map")
    private String noriTagMap;

    private KoreanAnalyzer analyzer;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            UserDictionary dictionary = UserDictionary.load(userDictionaries);
            analyzer = switch (analyzerName.toLowerCase(Locale.ROOT)) {
                case "komoran" -> new KomoranAnalyzer(model, dictionary);
                case "nori" -> new NoriAnalyzer(dictionary, TagMap.load(noriTagMap));
                default -> throw new IllegalArgumentException(
                    "unknown analyzer '" + analyzerName + "' (komoran or nori)");
            };
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null) {
            return;
        }
        for (SentenceSplitter.Span span : SentenceSplitter.split(text)) {
            new Sentence(jcas, span.begin(), span.end()).addToIndexes();
            String sentence = text.substring(span.begin(), span.end());
            List<AnalyzedMorpheme> morphemes = analyzer.analyze(sentence);
            addTokens(jcas, text, span.begin(), sentence, morphemes);
        }
    }

    /** Creates the eojeol tokens of one sentence and the morphemes inside each, with exact offsets. */
    static void addTokens(JCas jcas, String text, int offset, String sentence, List<AnalyzedMorpheme> morphemes) {
        int m = 0;
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int wordBegin = i;
            while (i < n && !Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int wordEnd = i;
            // Morphemes that begin before this word and were not placed yet belong to it as well.
            List<Morpheme> inside = new ArrayList<>();
            StringBuilder tags = new StringBuilder();
            while (m < morphemes.size() && morphemes.get(m).begin() < wordEnd) {
                AnalyzedMorpheme am = morphemes.get(m++);
                int begin = clamp(am.begin(), wordBegin, wordEnd);
                int end = clamp(am.end(), wordBegin, wordEnd);
                begin = alignToCodePoint(sentence, begin, -1);
                end = alignToCodePoint(sentence, end, +1);
                if (end <= begin) {
                    end = Math.min(wordEnd, begin + 1);
                    if (end <= begin) {
                        continue;
                    }
                }
                String surface = text.substring(offset + begin, offset + end);
                // KOMORAN splits a character outside the BMP (emoji) into two symbols, each with half of the
                // surrogate pair as its lemma, which XML cannot carry: the lemma is the whole character.
                String lemma = hasLoneSurrogate(am.lemma()) ? surface : am.lemma();
                if (!inside.isEmpty()) {
                    Morpheme previous = inside.get(inside.size() - 1);
                    // The second half of such a pair: one morpheme holds the character already.
                    if (previous.getBegin() == offset + begin && previous.getEnd() == offset + end
                        && previous.getPos().equals(am.pos()) && SejongTags.isSymbol(am.pos())
                        && previous.getLemma().equals(lemma)) {
                        continue;
                    }
                }
                Morpheme morpheme = new Morpheme(jcas, offset + begin, offset + end);
                morpheme.setSurface(surface);
                morpheme.setLemma(lemma);
                morpheme.setPos(am.pos());
                morpheme.setRestored(!surface.equals(lemma));
                inside.add(morpheme);
                if (tags.length() > 0) {
                    tags.append('+');
                }
                tags.append(am.pos());
            }
            Token token = new Token(jcas, offset + wordBegin, offset + wordEnd);
            token.setPosTags(tags.toString());
            token.addToIndexes();
            inside.forEach(Morpheme::addToIndexes);
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** Whether {@code s} holds half of a surrogate pair without the other half. */
    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Moves an offset that falls inside a surrogate pair to the pair's edge. */
    private static int alignToCodePoint(String s, int index, int direction) {
        if (index > 0 && index < s.length() && Character.isLowSurrogate(s.charAt(index))
            && Character.isHighSurrogate(s.charAt(index - 1))) {
            return direction < 0 ? index - 1 : index + 1;
        }
        return index;
    }
}
