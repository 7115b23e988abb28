package io.github.hanex.ner;

import io.github.hanex.text.SortedAnnotations;
import io.github.hanex.type.Morpheme;
import io.github.hanex.type.Sentence;
import io.github.hanex.type.Token;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.jcas.JCas;

/** Reads the sentences of a CAS as lists of {@link Unit}s. */
final class SentenceReader {

    /** A sentence with its units. */
    record SentenceUnitsOf(Sentence sentence, List<Unit> units) {
    }

    private SentenceReader() {
    }

    /**
     * The units of each sentence, made of the tokens it covers and the morphemes they cover (in index order),
     * found by binary search in the sorted annotations rather than through covering maps, which cost as much as
     * the rest.
     */
    static List<SentenceUnitsOf> read(JCas jcas, WordClasses words) {
        String text = jcas.getDocumentText();
        SortedAnnotations<Token> tokens = SortedAnnotations.of(jcas, Token.class);
        SortedAnnotations<Morpheme> morphemes = SortedAnnotations.of(jcas, Morpheme.class);
        List<SentenceUnitsOf> result = new ArrayList<>();
        for (Sentence sentence : jcas.getAnnotationIndex(Sentence.class)) {
            List<SentenceUnits.TokenSpan> spans = new ArrayList<>();
            for (Token token : tokens.covered(sentence)) {
                List<Unit.Morph> morphs = new ArrayList<>();
                for (Morpheme m : morphemes.covered(token)) {
                    morphs.add(new Unit.Morph(m.getBegin(), m.getEnd(), m.getPos(), m.getLemma()));
                }
                spans.add(new SentenceUnits.TokenSpan(token.getBegin(), token.getEnd(), morphs));
            }
            result.add(new SentenceUnitsOf(sentence, SentenceUnits.build(text, spans, words)));
        }
        return result;
    }
}
