package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.resource.RuleFileReader;
import org.junit.jupiter.api.Test;

class BoilerplateCuesTest {

    private static final BoilerplateCues CUES = BoilerplateCues.parse(RuleFileReader.parse("c.tsv", String.join("\n",
        "chrome-start\t관련",
        "chrome-start\t관련기사",
        "chrome-start\t▶",
        "chrome-line\t많이 본 뉴스",
        "chrome-line\t많이 본 뉴스",
        "chrome-text\t무단전재",
        "chrome-text\tⓒ",
        "chrome-attr\tshare",
        "chrome-attr\t=ad",
        "ui-word\t공유하기",
        "ui-word\t좋아요",
        "ui-word\tx",
        "")));

    @Test
    void theFirstCueOfTheFileWins() {
        assertThat(CUES.matchStart(BoilerplateCues.Kind.CHROME_START, "관련기사 더보기").ruleId()).isEqualTo("c.tsv:1");
        assertThat(CUES.matchStart(BoilerplateCues.Kind.CHROME_START, "▶ 속보").ruleId()).isEqualTo("c.tsv:3");
        assertThat(CUES.matchLine(BoilerplateCues.Kind.CHROME_LINE, "많이 본 뉴스").ruleId()).isEqualTo("c.tsv:4");
        assertThat(CUES.matchText(BoilerplateCues.Kind.CHROME_TEXT, "ⓒ 한국신문 무단전재 금지").ruleId())
            .isEqualTo("c.tsv:6");
        assertThat(CUES.matchAttr(BoilerplateCues.Kind.CHROME_ATTR, "ad share-bar").ruleId()).isEqualTo("c.tsv:8");
    }

    @Test
    void cuesMatchOnlyWhereTheyStand() {
        assertThat(CUES.matchStart(BoilerplateCues.Kind.CHROME_START, "무관련")).isNull();
        assertThat(CUES.matchStart(BoilerplateCues.Kind.CHROME_START, "")).isNull();
        assertThat(CUES.matchLine(BoilerplateCues.Kind.CHROME_LINE, "많이 본 뉴스 더보기")).isNull();
        assertThat(CUES.matchText(BoilerplateCues.Kind.CHROME_TEXT, "전재 무단")).isNull();
        assertThat(CUES.matchText(BoilerplateCues.Kind.CHROME_TEXT, "ⓒ").ruleId()).isEqualTo("c.tsv:7");
        assertThat(CUES.matchAttr(BoilerplateCues.Kind.CHROME_ATTR, "header")).isNull();
        assertThat(CUES.matchAttr(BoilerplateCues.Kind.CHROME_ATTR, "shar")).isNull();
    }

    @Test
    void aRowOfButtonsIsMostlyUiWords() {
        assertThat(CUES.isUiRow("공유하기 | 좋아요 12 x")).isTrue();
        assertThat(CUES.isUiRow("공유하기 기사 원문")).isFalse();
        assertThat(CUES.isUiRow("공유하기를 눌러 주세요")).isFalse();
        assertThat(CUES.isUiRow("12 34")).isFalse();
    }
}
