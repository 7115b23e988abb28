package io.github.hanex.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.type.Morpheme;
import io.github.hanex.type.Sentence;
import io.github.hanex.type.Token;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/** Checks that hold for the output of any analyzer: exact offsets, morphemes inside their eojeol. */
final class TokenizationInvariants {

    private TokenizationInvariants() {
    }

    static void check(JCas jcas) {
        String text = jcas.getDocumentText();
        List<Token> tokens = new ArrayList<>(JCasUtil.select(jcas, Token.class));
        for (Token token : tokens) {
            assertThat(token.getCoveredText()).as("token").isNotBlank().doesNotContainAnyWhitespaces();
            assertThat(token.getBegin() == 0 || Character.isWhitespace(text.charAt(token.getBegin() - 1)))
                .as("token %s starts a word", token.getCoveredText()).isTrue();
            assertThat(token.getEnd() == text.length() || Character.isWhitespace(text.charAt(token.getEnd())))
                .as("token %s ends a word", token.getCoveredText()).isTrue();
            assertThat(JCasUtil.selectCovering(Sentence.class, token)).as("sentence of " + token.getCoveredText())
                .hasSize(1);
        }
        for (Morpheme m : JCasUtil.select(jcas, Morpheme.class)) {
            assertThat(m.getBegin()).isLessThan(m.getEnd());
            assertThat(m.getSurface()).isEqualTo(text.substring(m.getBegin(), m.getEnd()));
            List<Token> covering = JCasUtil.selectCovering(Token.class, m);
            assertThat(covering).as("eojeol of morpheme %s/%s at %d", m.getLemma(), m.getPos(), m.getBegin())
                .hasSize(1);
            assertThat(m.getPos()).isNotBlank();
            assertThat(m.getLemma()).isNotEmpty();
        }
    }

    /** Morphemes as {@code surface=lemma/POS} strings, in order. */
    static List<String> describe(JCas jcas) {
        List<String> out = new ArrayList<>();
        for (Morpheme m : JCasUtil.select(jcas, Morpheme.class)) {
            out.add(m.getSurface() + "=" + m.getLemma() + "/" + m.getPos());
        }
        return out;
    }
}
