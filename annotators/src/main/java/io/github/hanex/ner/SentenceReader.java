package io.github.hanex.ner;

import io.github.hanex.type.Morpheme;
import io.github.hanex.type.Sentence;
import io.github.hanex.type.Token;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/** Reads the sentences of a CAS as lists of {@link Unit}s. */
final class SentenceReader {

    /** A sentence with its units. */
    record SentenceUnitsOf(Sentence sentence, List<Unit> units) {
    }

    private SentenceReader() {
    }

    /**
     * The units of each sentence, made of the tokens it covers and the morphemes they cover (in index order). The
     * annotations are walked once in offset order rather than through covering maps, which cost as much as the rest.
     */
    static List<SentenceUnitsOf> read(JCas jcas, WordClasses words) {
        String text = jcas.getDocumentText();
        List<Token> tokens = all(jcas, Token.class);
        List<Morpheme> morphemes = all(jcas, Morpheme.class);
        // The morphemes of each token; tokens and morphemes both come sorted by begin.
        List<List<Unit.Morph>> morphsOf = new ArrayList<>(tokens.size());
        int first = 0;
        for (Token token : tokens) {
            int begin = token.getBegin();
            int end = token.getEnd();
            while (first < morphemes.size() && morphemes.get(first).getBegin() < begin) {
                first++;
            }
            List<Unit.Morph> morphs = new ArrayList<>();
            for (int i = first; i < morphemes.size() && morphemes.get(i).getBegin() <= end; i++) {
                Morpheme m = morphemes.get(i);
                if (m.getEnd() <= end) {
                    morphs.add(new Unit.Morph(m.getBegin(), m.getEnd(), m.getPos(), m.getLemma()));
                }
            }
            morphsOf.add(morphs);
        }
        List<SentenceUnitsOf> result = new ArrayList<>();
        first = 0;
        for (Sentence sentence : all(jcas, Sentence.class)) {
            int begin = sentence.getBegin();
            int end = sentence.getEnd();
            while (first < tokens.size() && tokens.get(first).getBegin() < begin) {
                first++;
            }
            List<SentenceUnits.TokenSpan> spans = new ArrayList<>();
            for (int i = first; i < tokens.size() && tokens.get(i).getBegin() <= end; i++) {
                Token token = tokens.get(i);
                if (token.getEnd() <= end) {
                    spans.add(new SentenceUnits.TokenSpan(token.getBegin(), token.getEnd(), morphsOf.get(i)));
                }
            }
            result.add(new SentenceUnitsOf(sentence, SentenceUnits.build(text, spans, words)));
        }
        return result;
    }

    /** The annotations of a type in index order (begin ascending). */
    private static <T extends Annotation> List<T> all(JCas jcas, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (T a : jcas.getAnnotationIndex(type)) {
            result.add(a);
        }
        return result;
    }
}
