package io.github.hanex.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Analyzers share one KOMORAN instance; analyzing on several threads at once gives the sequential results. */
class KomoranSharingTest {

    private static final List<String> SENTENCES = List.of(
        "한빛전자가 올해 3분기 영업이익 2조 3천억원을 기록했다고 24일 밝혔다.",
        "김민수 대표는 \"반도체 수요가 회복되면서 실적이 크게 개선됐다\"고 말했다.",
        "누리은행은 중소기업 지원을 위해 1조원 규모의 특별 대출을 공급한다.",
        "대한항공이 다음 달부터 인천과 뉴욕을 잇는 노선을 주 10회로 늘린다.",
        "정부는 내년 예산안을 656조원으로 편성했다고 발표했다.",
        "회사는 항공기 구매에 약 30억 달러를 쓸 예정이다.");

    @Test
    void concurrentAnalysisOnASharedInstanceGivesTheSequentialResults() throws Exception {
        UserDictionary dictionary = UserDictionary.empty();
        KomoranAnalyzer first = new KomoranAnalyzer("FULL", dictionary);
        KomoranAnalyzer second = new KomoranAnalyzer("FULL", dictionary);
        List<List<AnalyzedMorpheme>> expected = new ArrayList<>();
        for (String s : SENTENCES) {
            expected.add(first.analyze(s));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                KomoranAnalyzer analyzer = t % 2 == 0 ? first : second;
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 10; round++) {
                        for (int i = 0; i < SENTENCES.size(); i++) {
                            if (!analyzer.analyze(SENTENCES.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
