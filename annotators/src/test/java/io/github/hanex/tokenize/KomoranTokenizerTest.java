package io.github.hanex.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.hanex.io.output.XmiFiles;

import io.github.hanex.type.Morpheme;
import io.github.hanex.type.Sentence;
import io.github.hanex.type.Token;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** KOMORAN through the tokenizer annotator: exact offsets where KOMORAN restores and contracts forms. */
class KomoranTokenizerTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void loadKomoran() throws Exception {
        engine = AnalysisEngineFactory.createEngine(KoreanTokenizer.class);
    }

    @AfterAll
    static void close() {
        engine.destroy();
    }

    private static JCas analyze(String text) throws Exception {
        JCas jcas = engine.newJCas();
        jcas.setDocumentText(text);
        engine.process(jcas);
        TokenizationInvariants.check(jcas);
        return jcas;
    }

    @Test
    void restoredFormsShareTheSpanTheyCameFrom() throws Exception {
        JCas jcas = analyze("계약을 체결했다.");
        assertThat(TokenizationInvariants.describe(jcas)).containsExactly(
            "계약=계약/NNG", "을=을/JKO", "체결=체결/NNG", "했=하/XSV", "했=았/EP", "다=다/EF", ".=./SF");
        Morpheme ha = JCasUtil.select(jcas, Morpheme.class).stream().filter(m -> m.getLemma().equals("하"))
            .findFirst().orElseThrow();
        assertThat(ha.getRestored()).isTrue();
        assertThat(ha.getBegin()).isEqualTo(6);
        assertThat(ha.getEnd()).isEqualTo(7);
    }

    @Test
    void contractionsStayInsideTheirWord() throws Exception {
        JCas jcas = analyze("이건 해봤어요. 돼서 됐다 봐라 그랬죠");
        List<String> morphemes = TokenizationInvariants.describe(jcas);
        assertThat(morphemes).contains("이건=이것/NP", "해봤=해보/VV", "해봤=았/EP", "그랬=그렇/VA");
    }

    @Test
    void numbersWithUnitsKeepTheirDigitsAndUnits() throws Exception {
        JCas jcas = analyze("그는 165억달러와 3조4,500억원을 투자했다.");
        assertThat(TokenizationInvariants.describe(jcas)).containsSubsequence(
            "165=165/SN", "억=억/NR", "달러=달러/NNB", "와=와/JKB",
            "3=3/SN", "조=조/NR", "4=4/SN", ",=,/SP", "500=500/SN", "억=억/NR", "원=원/NNB", "을=을/JKO");
        Token amount = JCasUtil.select(jcas, Token.class).stream()
            .filter(t -> t.getCoveredText().startsWith("3조")).findFirst().orElseThrow();
        assertThat(amount.getCoveredText()).isEqualTo("3조4,500억원을");
        assertThat(amount.getPosTags()).isEqualTo("SN+NR+SN+SP+SN+NR+NNB+JKO");
    }

    @Test
    void latinAndHanjaInsideHangul() throws Exception {
        JCas jcas = analyze("삼성전자는 Microsoft와 朴 회장의 會談을 열었다.");
        assertThat(TokenizationInvariants.describe(jcas)).contains("Microsoft=Microsoft/SL", "와=와/JC",
            "朴=朴/SH", "會談=會談/SH");
    }

    @Test
    void surrogatePairsAreNotSplit() throws Exception {
        JCas jcas = analyze("좋아요😀 정말");
        for (Morpheme m : JCasUtil.select(jcas, Morpheme.class)) {
            assertThat(Character.isLowSurrogate(jcas.getDocumentText().charAt(m.getBegin()))).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hallo 😀 Welt", "좋아요👍👍", "Folge 158 🎙️ jetzt", "🙂", "x 🤗🤗🤗 y"})
    void charactersOutsideTheBmpAreOneMorphemeWithTheWholeCharacterAsLemma(String text) throws Exception {
        JCas jcas = analyze(text);
        List<Morpheme> emoji = JCasUtil.select(jcas, Morpheme.class).stream()
            .filter(m -> m.getCoveredText().codePoints().anyMatch(Character::isSupplementaryCodePoint)).toList();
        assertThat(emoji).isNotEmpty().allSatisfy(m -> {
            assertThat(m.getCoveredText().codePointCount(0, m.getCoveredText().length())).isEqualTo(1);
            assertThat(m.getLemma()).isEqualTo(m.getCoveredText());
            assertThat(m.getRestored()).isFalse();
        });
        // and the CAS serializes as XML 1.0 (a lone surrogate in a lemma made the XMI writer fail)
        assertThatCode(() -> XmiFiles.serialize(jcas.getCas(), java.io.OutputStream.nullOutputStream()))
            .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", "\t \r\n "})
    void emptyAndBlankTextsGiveNoTokens(String text) throws Exception {
        JCas jcas = analyze(text);
        assertThat(JCasUtil.select(jcas, Token.class)).isEmpty();
        assertThat(JCasUtil.select(jcas, Sentence.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"。", "...", "!?", "ㅋㅋ"})
    void punctuationAloneIsOneToken(String text) throws Exception {
        JCas jcas = analyze(text);
        assertThat(JCasUtil.select(jcas, Token.class)).extracting(Token::getCoveredText).containsExactly(text);
    }

    @Test
    void sentencesFollowLinesAndFullStops() throws Exception {
        JCas jcas = analyze("첫 문장이다. 둘째 문장은 3.5%다!\n셋째 줄");
        assertThat(JCasUtil.select(jcas, Sentence.class)).extracting(Sentence::getCoveredText)
            .containsExactly("첫 문장이다.", "둘째 문장은 3.5%다!", "셋째 줄");
    }

    @Test
    void offsetsHoldInLongerTextWithManyLines() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append("김민준 한빛전자 사장은 ").append(i).append("일 \"잘 됐다\"고 말했다. 회의는 (주)한빛에서 열렸다.\n\n");
        }
        JCas jcas = analyze(text.toString());
        assertThat(JCasUtil.select(jcas, Sentence.class)).hasSize(40);
    }
}
