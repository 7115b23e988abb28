package io.github.hanex.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void splitsAfterEndingsAndKeepsClosingQuotes() {
        assertThat(sentences("그는 \"좋다.\"고 했다. 정말요? 네!  끝"))
            .containsExactly("그는 \"좋다.\"고 했다.", "정말요?", "네!", "끝");
    }

    @Test
    void doesNotSplitNumbersInitialsOrAbbreviations() {
        assertThat(sentences("매출이 4.2% 늘었다. J. Kim 대표와 U.S. Steel Inc. 관계자가 만났다."))
            .containsExactly("매출이 4.2% 늘었다.", "J. Kim 대표와 U.S. Steel Inc. 관계자가 만났다.");
    }

    @Test
    void everyLineIsItsOwnSentence() {
        assertThat(sentences("제목 줄\n\n  본문 첫 줄이다\n마지막")).containsExactly("제목 줄", "본문 첫 줄이다", "마지막");
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(sentences(" \n\t ")).isEmpty();
        assertThat(sentences("")).isEmpty();
    }
}
