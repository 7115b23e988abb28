package io.github.hanex.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Amounts in running text: several per sentence, offsets, rule ids, neighbours that are not money. */
class MoneyFinderTest {

    private static final MoneyFinder FINDER = new MoneyFinder(MoneyLexicon.bundled());

    private static List<String> spans(String text) {
        return FINDER.find(text).stream().map(m -> text.substring(m.begin(), m.end())).toList();
    }

    @Test
    void findsEveryAmountOfASentenceInOrder() {
        String text = "한빛그룹은 2030년까지 북미 지역에 총 165억달러(약 24조원)를 투자하고, 현지 인력도 2천명 이상 "
            + "채용한다. 연매출 40억달러 규모로 올해 창립 30주년을 맞았다.";
        List<MoneyMention> found = FINDER.find(text);
        assertThat(found).extracting(m -> text.substring(m.begin(), m.end()), MoneyMention::valueText,
                MoneyMention::currency, MoneyMention::qualifier)
            .containsExactly(
                tuple("165억달러", "16500000000", "USD", Qualifier.EXACT),
                tuple("24조원", "24000000000000", "KRW", Qualifier.APPROX),
                tuple("40억달러", "4000000000", "USD", Qualifier.EXACT));
    }

    @Test
    void exchangeRatesAndPricesAreSeparateAmounts() {
        assertThat(spans("원·달러 환율은 전 거래일보다 3.5원 오른 1,380.5원에 마감했다. 1달러=1,300원"))
            .containsExactly("3.5원", "1,380.5원", "1달러", "1,300원");
        assertThat(spans("엔·달러 환율은 달러당 150엔을 넘었다")).containsExactly("150엔");
        assertThat(spans("배럴당 80달러선, 온스당 2,000달러")).containsExactly("80달러", "2,000달러");
        assertThat(spans("5억달러(약 6,500억 원) 규모")).containsExactly("5억달러", "6,500억 원");
    }

    @Test
    void particlesAndNounSuffixesAfterTheCurrencyStayOutside() {
        assertThat(spans("3천억원을, 10억원씩, 500원짜리, 2천억 원어치, 5만원권, 1억원의, 12억원 상당"))
            .containsExactly("3천억원", "10억원", "500원", "2천억 원", "5만원", "1억원", "12억원");
    }

    @Test
    void aCopulaAfterTheCurrencyEndsTheAmount() {
        assertThat(spans("계약 규모는 20억 달러다. 택시 기본요금은 35바트다. 가격은 5.79달러였다."))
            .containsExactly("20억 달러", "35바트", "5.79달러");
    }

    @Test
    void aSuffixMakesTheAmountApproximateOutsideTheSpan() {
        String text = "1조원대 자금, 4~5조원대 매출, 수천억원대 손실";
        assertThat(FINDER.find(text)).extracting(m -> text.substring(m.begin(), m.end()), MoneyMention::qualifier)
            .containsExactly(tuple("1조원", Qualifier.APPROX), tuple("4~5조원", Qualifier.RANGE),
                tuple("수천억원", Qualifier.APPROX));
    }

    @Test
    void aCurrencyNamedAlikeInSeveralCountriesTakesTheNearestCountry() {
        String text = "멕시코 정부는 2000억 페소를, 필리핀은 최저임금을 695페소로 올렸다.";
        assertThat(FINDER.find(text)).extracting(m -> text.substring(m.begin(), m.end()), MoneyMention::currency)
            .containsExactly(tuple("2000억 페소", "MXN"), tuple("695페소", "PHP"));
        assertThat(FINDER.find("이 상품은 500페소에 팔린다")).extracting(MoneyMention::currency)
            .containsExactly("MXN");
        // 동 is a currency only where Vietnam is named in the line.
        assertThat(spans("베트남 정부는 최저임금을 월 496만 동으로 올렸다")).containsExactly("496만 동");
        assertThat(spans("아파트 101동 3동 주민 5만동")).isEmpty();
    }

    @Test
    void ruleIdIsTheCurrencyLine() {
        MoneyMention won = FINDER.find("3억원").get(0);
        MoneyMention dollar = FINDER.find("$3").get(0);
        assertThat(won.rule()).matches("money/currencies\\.tsv:\\d+");
        assertThat(dollar.rule()).matches("money/currencies\\.tsv:\\d+").isNotEqualTo(won.rule());
    }

    @Test
    void spacesBetweenEveryPartAreAllowedButNotLineBreaks() {
        assertThat(spans("미화  8억   달러")).containsExactly("미화  8억   달러");
        assertThat(spans("1조 7천억 원")).containsExactly("1조 7천억 원");
        assertThat(spans("3억\n원")).isEmpty();
    }

    @Test
    void countsAndMeasuresAroundAmountsAreLeftAlone() {
        String text = "전기차 80만대 분량, 직원 20여명, 300만주를 3나노 공정으로, 월 90만장, 1만2000명이 "
            + "5천만원대 아파트에 산다. 회원과 원장, 병원 지원, 원효로 3가.";
        assertThat(spans(text)).containsExactly("5천만원");
    }

    @Test
    void aCurrencySignBeforeACounterIsNotMoney() {
        assertThat(spans("$ 300만주")).isEmpty();
        assertThat(spans("$ 5% 상승")).isEmpty();
        assertThat(spans("$5 이상")).containsExactly("$5");
    }

    @Test
    void numbersInsideOtherNumbersOrWordsAreNotStarts() {
        assertThat(spans("KF94원")).isEmpty();
        assertThat(spans("v1.5원칙")).isEmpty();
        assertThat(spans("USDT 100, KRW100")).containsExactly("KRW100");
    }

    @Test
    void aRangeNeedsACurrencyOnItsUpperBound() {
        assertThat(spans("100억원~150억")).containsExactly("100억원");
        assertThat(spans("2024-3억원")).containsExactly("3억원");
        assertThat(spans("3~4월 5억원")).containsExactly("5억원");
        assertThat(spans("5원-10위")).containsExactly("5원");
    }

    @Test
    void emptyAndNullTextHaveNoAmounts() {
        assertThat(FINDER.find("")).isEmpty();
        assertThat(FINDER.find(null)).isEmpty();
    }

    @Test
    void longRunsOfDigitsAndNumberWordsAreNotAmounts() {
        String digits = "9".repeat(5000) + "원";
        assertThat(FINDER.find(digits)).isEmpty();
        String words = " " + "조".repeat(3000) + "원";
        assertThat(FINDER.find(words)).isEmpty();
    }
}
