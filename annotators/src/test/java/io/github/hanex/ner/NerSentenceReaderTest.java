package io.github.hanex.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.resource.RuleFileReader;
import io.github.hanex.type.Morpheme;
import io.github.hanex.type.Sentence;
import io.github.hanex.type.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/** The sentence reader groups tokens and morphemes as uimaFIT's covering index does. */
class NerSentenceReaderTest {

    @Test
    void unitsAreThoseOfTheCoveringIndex() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        //                    0         1         2
        //                    01234567890123456789012345
        jcas.setDocumentText("홍길동씨는 한빛전자에서 일했다. 박 회장은 왔다");
        WordClasses words = new WordClasses();
        words.add(RuleFileReader.parse("t.words.tsv", "씨\tHONORIFIC\n홍\tSURNAME\n는\tPARTICLE\n회장\tTITLE\n"));
        new Sentence(jcas, 0, 17).addToIndexes();
        new Sentence(jcas, 18, 23).addToIndexes();
        token(jcas, 0, 5, new Object[][] {{0, 3, "NNP", "홍길동"}, {3, 4, "NNB", "씨"}, {4, 5, "JX", "는"}});
        token(jcas, 6, 12, new Object[][] {{6, 10, "NNP", "한빛전자"}, {10, 12, "JKB", "에서"}});
        // 했 = 하/VV + 았/EP: restored morphemes share one span and keep their order.
        token(jcas, 13, 16, new Object[][] {{13, 14, "VV", "일"}, {14, 15, "VV", "하"}, {14, 15, "EP", "았"},
            {15, 16, "EF", "다"}});
        token(jcas, 16, 17, new Object[][] {{16, 17, "SF", "."}});
        // A morpheme across two tokens belongs to neither.
        token(jcas, 18, 19, new Object[][] {{18, 19, "NNP", "박"}, {18, 21, "NNP", "박 회"}});
        token(jcas, 20, 23, new Object[][] {{20, 22, "NNG", "회장"}, {22, 23, "JX", "은"}});
        // A token across the end of a sentence, and one outside any, belong to none.
        token(jcas, 20, 26, new Object[][] {});
        token(jcas, 24, 26, new Object[][] {{24, 25, "VV", "오"}, {25, 26, "EF", "았다"}});

        List<SentenceReader.SentenceUnitsOf> read = SentenceReader.read(jcas, words);

        Map<Sentence, List<Token>> tokens = JCasUtil.indexCovered(jcas, Sentence.class, Token.class);
        Map<Token, List<Morpheme>> morphemes = JCasUtil.indexCovered(jcas, Token.class, Morpheme.class);
        List<String> expected = new ArrayList<>();
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            List<SentenceUnits.TokenSpan> spans = new ArrayList<>();
            for (Token token : tokens.getOrDefault(sentence, List.of())) {
                List<Unit.Morph> morphs = new ArrayList<>();
                for (Morpheme m : morphemes.getOrDefault(token, List.of())) {
                    morphs.add(new Unit.Morph(m.getBegin(), m.getEnd(), m.getPos(), m.getLemma()));
                }
                spans.add(new SentenceUnits.TokenSpan(token.getBegin(), token.getEnd(), morphs));
            }
            expected.add(describe(SentenceUnits.build(jcas.getDocumentText(), spans, words)));
        }
        assertThat(read).extracting(s -> describe(s.units())).containsExactlyElementsOf(expected);
        // A verb form makes a unit without a stem.
        assertThat(read.get(0).units()).extracting(Unit::stem).containsExactly("홍길동", "씨", "한빛전자", "", ".");
        assertThat(read.get(1).units()).extracting(Unit::stem).containsExactly("박", "회장");
    }

    private static void token(JCas jcas, int begin, int end, Object[][] morphemes) {
        new Token(jcas, begin, end).addToIndexes();
        for (Object[] m : morphemes) {
            Morpheme morpheme = new Morpheme(jcas, (int) m[0], (int) m[1]);
            morpheme.setPos((String) m[2]);
            morpheme.setLemma((String) m[3]);
            morpheme.addToIndexes();
        }
    }

    private static String describe(List<Unit> units) {
        List<String> parts = new ArrayList<>();
        for (Unit u : units) {
            parts.add(u.begin + "-" + u.stemEnd + "-" + u.end + " " + u + " " + u.tokenStart + u.tokenEnd + u.symbol
                + u.multiWord + u.stemMorphs);
        }
        return String.join("\n", parts);
    }
}
