package io.github.hanex.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchStartsTest {

    /** Characters date rules care about, plus others, so random texts hold near-misses of every rule. */
    private static final String ALPHABET = "0123456789  년월일지난오는올해내달작어제모레그저께이번다음.-/,~:가a\n";

    private static final List<String> SAMPLES = List.of(
        "2025년 3월 5일 회동했다. 지난 7월, 오는 23일, 내달 2일.",
        "12025년 3월 30%는 3.5일 뒤 2025.3.5. 2025-03-05 2025/3/5",
        "올해 3월 지난해 11월 24일 재작년 그저께 어제 오늘날 오늘 모레 이번 달 15일 다음  달",
        "3월5일 23일간 7월물 5년째 2025년대 1000년 99월 0일 31일",
        "");

    private static List<Pattern> bundledRules() {
        List<Pattern> patterns = new ArrayList<>();
        DateRules.load("classpath:hanex/rules/dates/dates.tsv").rules().forEach(r -> patterns.add(r.pattern()));
        return patterns;
    }

    @Test
    void knowsWhereEveryBundledRuleCanStart() {
        for (Pattern p : bundledRules()) {
            assertThat(MatchStarts.of(p)).as(p.pattern()).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?i)3월", "a.b", "[^a]b", "\\p{L}월", "(a)\\1", "x*", "(?=a)", "a|", "\\d{0,2}",
        "[가-힣&&[^나]]", "(?<y>\\d{4)"})
    void givesNothingForUnknownOrEmptyMatches(String regex) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (RuntimeException e) {
            return; // not a regular expression: nothing to read
        }
        assertThat(MatchStarts.of(pattern)).isNull();
    }

    @Test
    void findsWhatFindFindsForTheBundledRules() {
        List<Pattern> patterns = bundledRules();
        patterns.addAll(List.of(Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[.\\-/]\\s*(\\d{2})(?![\\d])"),
            Pattern.compile("(?:지난|오는)?\\s*(?<d>\\d{1,2})\\s*일|어제+"), Pattern.compile("\\b[a-c]+\\d?\\B"),
            Pattern.compile("(?>\\d+)년|\\d{2,3}?월"), Pattern.compile("^\\d+|\\d+$")));
        Random random = new Random(7);
        List<String> texts = new ArrayList<>(SAMPLES);
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(text.toString());
        }
        for (Pattern pattern : patterns) {
            MatchStarts starts = MatchStarts.of(pattern);
            assertThat(starts).as(pattern.pattern()).isNotNull();
            MatchStarts.Table table = new MatchStarts.Table(List.of(starts));
            for (String text : texts) {
                assertThat(filtered(pattern, starts, table, text)).as(pattern + " in '" + text + "'")
                    .isEqualTo(plain(pattern, text));
            }
        }
    }

    private static List<String> plain(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> filtered(Pattern pattern, MatchStarts starts, MatchStarts.Table table, String text) {
        List<String> found = new ArrayList<>();
        int[] counts = new int[1];
        int[] firsts = table.firsts(text, counts)[0];
        if (firsts == null) {
            return found;
        }
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (starts.find(m, text, firsts, counts[0], from)) {
            found.add(m.start() + "-" + m.end());
            from = m.end();
        }
        return found;
    }
}
