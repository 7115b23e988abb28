package io.github.hanex.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expression → span, exact value, currency and qualifier, for every form the guidelines and the issue list. */
class MoneyParserTest {

    private static final MoneyParser PARSER = MoneyParser.bundled();

    private static MoneyMention only(String expression) {
        Optional<MoneyMention> m = PARSER.parse(expression);
        assertThat(m).as(expression).isPresent();
        return m.get();
    }

    private static void check(String input, String span, String value, String currency, String qualifier) {
        MoneyMention m = only(input);
        assertThat(input.substring(m.begin(), m.end())).as("span of " + input).isEqualTo(span);
        assertThat(m.valueText()).as("value of " + input).isEqualTo(value);
        assertThat(m.currency()).as("currency of " + input).isEqualTo(currency);
        assertThat(m.qualifier().name()).as("qualifier of " + input).isEqualTo(qualifier);
        assertThat(m.valueMaxText()).as("value_max of " + input).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        165억달러           | 165억달러          | 16500000000     | USD
        1조2,000억원        | 1조2,000억원       | 1200000000000   | KRW
        2조3,500억원        | 2조3,500억원       | 2350000000000   | KRW
        1조 7천억 원        | 1조 7천억 원       | 1700000000000   | KRW
        1조7천억원          | 1조7천억원         | 1700000000000   | KRW
        3백만원             | 3백만원            | 3000000         | KRW
        5백만원             | 5백만원            | 5000000         | KRW
        2억3천만원          | 2억3천만원         | 230000000       | KRW
        3천912억원          | 3천912억원         | 391200000000    | KRW
        3천500억원          | 3천500억원         | 350000000000    | KRW
        8만4천원            | 8만4천원           | 84000           | KRW
        15만3천원           | 15만3천원          | 153000          | KRW
        7만9,200원          | 7만9,200원         | 79200           | KRW
        1만2000원           | 1만2000원          | 12000           | KRW
        3만5000원           | 3만5000원          | 35000           | KRW
        1만 5천원           | 1만 5천원          | 15000           | KRW
        1.5조원             | 1.5조원            | 1500000000000   | KRW
        3.5억 달러          | 3.5억 달러         | 350000000       | USD
        10억 5000만 달러    | 10억 5000만 달러   | 1050000000      | USD
        13억5천만달러       | 13억5천만달러      | 1350000000      | USD
        1억 2천만원         | 1억 2천만원        | 120000000       | KRW
        1천 500억 원        | 1천 500억 원       | 150000000000    | KRW
        4백 70만원          | 4백 70만원         | 4700000         | KRW
        12만 3,456원        | 12만 3,456원       | 123456          | KRW
        2 조 3500 억 원     | 2 조 3500 억 원    | 2350000000000   | KRW
        7천5백34억원        | 7천5백34억원       | 753400000000    | KRW
        3조8백억원          | 3조8백억원         | 3080000000000   | KRW
        만 이천 원          | 만 이천 원         | 12000           | KRW
        천오백만 원         | 천오백만 원        | 15000000        | KRW
        2,000억원           | 2,000억원          | 200000000000    | KRW
        1,380.5원           | 1,380.5원          | 1380.5          | KRW
        1,000,000원         | 1,000,000원        | 1000000         | KRW
        0.5달러             | 0.5달러            | 0.5             | USD
        0원                 | 0원                | 0               | KRW
        100원               | 100원              | 100             | KRW
        오천만 원           | 오천만 원          | 50000000        | KRW
        칠천만 원           | 칠천만 원          | 70000000        | KRW
        이조 원             | 이조 원            | 2000000000000   | KRW
        사십억 달러         | 사십억 달러        | 4000000000      | USD
        일억 이천만 원      | 일억 이천만 원     | 120000000       | KRW
        삼조사천오백억 원   | 삼조사천오백억 원  | 3450000000000   | KRW
        만오천 원           | 만오천 원          | 15000           | KRW
        백만 달러           | 백만 달러          | 1000000         | USD
        천만원              | 천만원             | 10000000        | KRW
        천 원               | 천 원              | 1000            | KRW
        만 원짜리           | 만 원              | 10000           | KRW
        백 원               | 백 원              | 100             | KRW
        3천오백만원         | 3천오백만원        | 35000000        | KRW
        3兆원               | 3兆원              | 3000000000000   | KRW
        5억弗               | 5억弗              | 500000000       | USD
        $4.2 billion        | $4.2 billion       | 4200000000      | USD
        $16.5 billion       | $16.5 billion      | 16500000000     | USD
        USD 2.5 billion     | USD 2.5 billion    | 2500000000      | USD
        2.5 billion USD     | 2.5 billion USD    | 2500000000      | USD
        EUR 1.1 bn          | EUR 1.1 bn         | 1100000000      | EUR
        3 million euros     | 3 million euros    | 3000000         | EUR
        3 Million Euros     | 3 Million Euros    | 3000000         | EUR
        100 CAD             | 100 CAD            | 100             | CAD
        100 billion won     | 100 billion won    | 100000000000    | KRW
        US$4.2bn            | US$4.2bn           | 4200000000      | USD
        €3m                 | €3m                | 3000000         | EUR
        $50k                | $50k               | 50000           | USD
        $ 1,200             | $ 1,200            | 1200            | USD
        100$                | 100$               | 100             | USD
        ₩1,000              | ₩1,000             | 1000            | KRW
        KRW 5,000           | KRW 5,000          | 5000            | KRW
        ¥500                | ¥500               | 500             | JPY
        £20                 | £20                | 20              | GBP
        RMB 10bn            | RMB 10bn           | 10000000000     | CNY
        HK$ 3억             | HK$ 3억            | 300000000       | HKD
        미화 8억 달러       | 미화 8억 달러      | 800000000       | USD
        미화 500만          | 미화 500만         | 5000000         | USD
        100불               | 100불              | 100             | USD
        5000엔              | 5000엔             | 5000            | JPY
        500억엔             | 500억엔            | 50000000000     | JPY
        1억 엔화            | 1억 엔화           | 100000000       | JPY
        12억유로            | 12억유로           | 1200000000      | EUR
        30억위안            | 30억위안           | 3000000000      | CNY
        30억 위안           | 30억 위안          | 3000000000      | CNY
        4억파운드           | 4억파운드          | 400000000       | GBP
        50센트              | 50센트             | 0.5             | USD
        10억 홍콩달러       | 10억 홍콩달러      | 1000000000      | HKD
        5억 캐나다 달러     | 5억 캐나다 달러    | 500000000       | CAD
        1억 달러화          | 1억 달러화         | 100000000       | USD
        """)
    void exactAmounts(String input, String span, String value, String currency) {
        check(input, span, value, currency, "EXACT");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        약 3조5천억원 규모  | 3조5천억원   | 3500000000000 | KRW | APPROX
        약3조원             | 3조원        | 3000000000000 | KRW | APPROX
        대략 2천억원        | 2천억원      | 200000000000  | KRW | APPROX
        근 1억원            | 1억원        | 100000000     | KRW | APPROX
        20여억원            | 20여억원     | 2000000000    | KRW | APPROX
        500여억원           | 500여억원    | 50000000000   | KRW | APPROX
        2억여원             | 2억여원      | 200000000     | KRW | APPROX
        100여만 달러        | 100여만 달러 | 1000000       | USD | APPROX
        3천여만원           | 3천여만원    | 30000000      | KRW | APPROX
        3억 여원            | 3억 여원     | 300000000     | KRW | APPROX
        1백 40여 만원       | 1백 40여 만원 | 1400000      | KRW | APPROX
        미화 약 8억 달러    | 8억 달러     | 800000000     | USD | APPROX
        (한화 약 1조3000억원) | 1조3000억원 | 1300000000000 | KRW | APPROX
        5억원가량           | 5억원        | 500000000     | KRW | APPROX
        3천억원 가량        | 3천억원      | 300000000000  | KRW | APPROX
        1조원 안팎          | 1조원        | 1000000000000 | KRW | APPROX
        100억원 정도        | 100억원      | 10000000000   | KRW | APPROX
        100억원정도의       | 100억원      | 10000000000   | KRW | APPROX
        1조원 내외          | 1조원        | 1000000000000 | KRW | APPROX
        2천억원 남짓        | 2천억원      | 200000000000  | KRW | APPROX
        5조원대             | 5조원        | 5000000000000 | KRW | APPROX
        1조원대의           | 1조원        | 1000000000000 | KRW | APPROX
        5조 원대            | 5조 원       | 5000000000000 | KRW | APPROX
        1,300원대           | 1,300원      | 1300          | KRW | APPROX
        1조원 이상          | 1조원        | 1000000000000 | KRW | AT_LEAST
        1조원이상           | 1조원        | 1000000000000 | KRW | AT_LEAST
        1조원 초과          | 1조원        | 1000000000000 | KRW | AT_LEAST
        최소 3억원          | 3억원        | 300000000     | KRW | AT_LEAST
        50억원 이하         | 50억원       | 5000000000    | KRW | AT_MOST
        500억원 미만        | 500억원      | 50000000000   | KRW | AT_MOST
        최대 2조원          | 2조원        | 2000000000000 | KRW | AT_MOST
        최대 5조원 규모의   | 5조원        | 5000000000000 | KRW | AT_MOST
        1조원 이내          | 1조원        | 1000000000000 | KRW | AT_MOST
        약 $4.2 billion     | $4.2 billion | 4200000000    | USD | APPROX
        3천억원을 넘어설    | 3천억원      | 300000000000  | KRW | EXACT
        계약 3조원          | 3조원        | 3000000000000 | KRW | EXACT
        최근 5억원          | 5억원        | 500000000     | KRW | EXACT
        총 165억달러        | 165억달러    | 16500000000   | USD | EXACT
        """)
    void qualifiedAmounts(String input, String span, String value, String currency, String qualifier) {
        check(input, span, value, currency, qualifier);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        4~5조원             | 4~5조원             | 4000000000000 | 5000000000000 | KRW
        4∼5조원             | 4∼5조원             | 4000000000000 | 5000000000000 | KRW
        4〜5조원            | 4〜5조원            | 4000000000000 | 5000000000000 | KRW
        4～5조원            | 4～5조원            | 4000000000000 | 5000000000000 | KRW
        4-5조원             | 4-5조원             | 4000000000000 | 5000000000000 | KRW
        4–5조원             | 4–5조원             | 4000000000000 | 5000000000000 | KRW
        4 ~ 5조 원          | 4 ~ 5조 원          | 4000000000000 | 5000000000000 | KRW
        100억~150억원       | 100억~150억원       | 10000000000   | 15000000000   | KRW
        100억원~150억원     | 100억원~150억원     | 10000000000   | 15000000000   | KRW
        1조~2조원           | 1조~2조원           | 1000000000000 | 2000000000000 | KRW
        2~3조원             | 2~3조원             | 2000000000000 | 3000000000000 | KRW
        200억~300억원       | 200억~300억원       | 20000000000   | 30000000000   | KRW
        5~6천억원           | 5~6천억원           | 500000000000  | 600000000000  | KRW
        3천~5천만원         | 3천~5천만원         | 30000000      | 50000000      | KRW
        300만~400만원       | 300만~400만원       | 3000000       | 4000000       | KRW
        300~400만원         | 300~400만원         | 3000000       | 4000000       | KRW
        5천~1억원           | 5천~1억원           | 50000000      | 100000000     | KRW
        1억5000만~2억원     | 1억5000만~2억원     | 150000000     | 200000000     | KRW
        4조~5조원대         | 4조~5조원           | 4000000000000 | 5000000000000 | KRW
        3억~4억 달러        | 3억~4억 달러        | 300000000     | 400000000     | USD
        $4-5 billion        | $4-5 billion        | 4000000000    | 5000000000    | USD
        $4-$5 billion       | $4-$5 billion       | 4000000000    | 5000000000    | USD
        3~4 million dollars | 3~4 million dollars | 3000000       | 4000000       | USD
        2.5~3조원           | 2.5~3조원           | 2500000000000 | 3000000000000 | KRW
        3,000~5,000원       | 3,000~5,000원       | 3000          | 5000          | KRW
        $300-500            | $300-500            | 300           | 500           | USD
        8만∼9만원           | 8만∼9만원           | 80000         | 90000         | KRW
        약 4~5조원          | 4~5조원             | 4000000000000 | 5000000000000 | KRW
        """)
    void ranges(String input, String span, String low, String high, String currency) {
        MoneyMention m = only(input);
        assertThat(input.substring(m.begin(), m.end())).isEqualTo(span);
        assertThat(m.valueText()).isEqualTo(low);
        assertThat(m.valueMaxText()).isEqualTo(high);
        assertThat(m.currency()).isEqualTo(currency);
        assertThat(m.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(m.rule()).isEqualTo(MoneyFinder.RULE_RANGE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        수천억원대          | 수천억원      | KRW
        수조원              | 수조원        | KRW
        수조원대            | 수조원        | KRW
        수십억달러          | 수십억달러    | USD
        수백만 원           | 수백만 원     | KRW
        수억 원             | 수억 원       | KRW
        몇억원              | 몇억원        | KRW
        십수억원            | 십수억원      | KRW
        수천억~수조원       | 수천억~수조원 | KRW
        수조원 이상         | 수조원        | KRW
        몇 천원             | 몇 천원       | KRW
        수 조 원            | 수 조 원      | KRW
        """)
    void vagueAmounts(String input, String span, String currency) {
        MoneyMention m = only(input);
        assertThat(input.substring(m.begin(), m.end())).isEqualTo(span);
        assertThat(m.value()).isNull();
        assertThat(m.valueMax()).isNull();
        assertThat(m.currency()).isEqualTo(currency);
        assertThat(m.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(m.rule()).isEqualTo(MoneyFinder.RULE_VAGUE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"80만대", "20여명", "30여명", "5천명", "300만주", "500만주", "3나노", "2나노", "30주년",
        "25주년", "200m", "월 90만장", "1만2000명", "3.5%", "60%", "20~30%", "2024년 3월 5일", "오후 3시 30분",
        "회원", "원장", "지원", "병원", "원효로 3가", "엔진", "유로존", "3원칙을 지키고", "이원화", "일원화",
        "사원", "연구원", "구조원이", "조사원이", "연봉 5억 사원", "2만 사원이", "구조 원인", "만원 버스",
        "사고 원인", "3엔진", "2유로존", "5불법", "3불 정책", "5조", "17조 투자", "$PATH", "USDT 100",
        "1,2위", "1.5.3원칙", "10~20대", "3~4월", "A380 여객기", "억원대 연봉", "조 단위", "수천 명",
        "KF94", "try 3 times", "CAD 2024 도면", "usd 5", "원하는 만큼", "5억 여러 곳", "3조 경제효과", "2천 경기",
        "일 원", "삼 달러", "억 원", "수 억", "천 원장은", "백 원내대표", "백원우 의원", "극장은 만원이었다", ""})
    void notMoney(String text) {
        assertThat(PARSER.parse(text)).as(text).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        3조4,500억        | 3450000000000
        3,450,000,000,000 | 3450000000000
        삼조사천오백억    | 3450000000000
        3조 4500억        | 3450000000000
        일억 이천만       | 120000000
        1.5조             | 1500000000000
        0.25              | 0.25
        백만              | 1000000
        만                | 10000
        십오              | 15
        구백구십구        | 999
        1경               | 10000000000000000
        """)
    void numbers(String text, String value) {
        assertThat(PARSER.parseNumber(text)).as(text).contains(new BigDecimal(value));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "원", "3원", "억만", "조사", "이사", "3 4", "20여억", "수천억", "1,0000", "천천",
        "1조 2조", "1만20000"})
    void notNumbers(String text) {
        assertThat(PARSER.parseNumber(text)).as(text).isEmpty();
    }
}
