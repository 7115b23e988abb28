package io.github.hanex.ner;

import io.github.hanex.type.Morpheme;
import io.github.hanex.type.Sentence;
import io.github.hanex.type.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/** Reads the sentences of a CAS as lists of {@link Unit}s. */
final class SentenceReader {

    /** A sentence with its units. */
    record SentenceUnitsOf(Sentence sentence, List<Unit> units) {
    }

    private SentenceReader() {
    }

    static List<SentenceUnitsOf> read(JCas jcas, WordClasses words) {
        String text = jcas.getDocumentText();
        Map<Sentence, List<Token>> tokens = JCasUtil.indexCovered(jcas, Sentence.class, Token.class);
        Map<Token, List<Morpheme>> morphemes = JCasUtil.indexCovered(jcas, Token.class, Morpheme.class);
        List<SentenceUnitsOf> result = new ArrayList<>();
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            List<SentenceUnits.TokenSpan> spans = new ArrayList<>();
            for (Token token : tokens.getOrDefault(sentence, List.of())) {
                Collection<Morpheme> ms = morphemes.getOrDefault(token, List.of());
                List<Unit.Morph> morphs = new ArrayList<>(ms.size());
                for (Morpheme m : ms) {
                    morphs.add(new Unit.Morph(m.getBegin(), m.getEnd(), m.getPos(), m.getLemma()));
                }
                spans.add(new SentenceUnits.TokenSpan(token.getBegin(), token.getEnd(), morphs));
            }
            result.add(new SentenceUnitsOf(sentence, SentenceUnits.build(text, spans, words)));
        }
        return result;
    }
}
