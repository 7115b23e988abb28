package io.github.hanex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hanex bench} runs end to end on a few pages and reports every figure it promises. (Its numbers are
 * not checked here: speed is measured by running the command, not by tests.)
 */
class BenchCommandTest {

    @TempDir
    Path pages;

    @Test
    void measuresKomoranAndThePipelineAndReportsTheirRatioScalingAndHeap() throws Exception {
        Files.writeString(pages.resolve("a.txt"), "한빛전자 김민준 사장은 23일 서울에서 열린 회의에서 165억달러 규모의 "
            + "투자 계획을 밝혔다.\n\n회사는 내년까지 공장을 짓는다.\n");
        Files.writeString(pages.resolve("b.html"), "<html><head><title>누리바이오 계약</title></head><body>"
            + "<nav>홈 | 경제 | 사회</nav><h1>누리바이오, 3조원 공급 계약</h1><p>누리바이오는 24일 미국 제약사와 "
            + "3조4,500억원 규모의 공급 계약을 체결했다고 밝혔다.</p><p>박서연 대표는 \"성장의 발판\"이라고 말했다.</p>"
            + "</body></html>");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Hanex.run("bench", pages.toString(), "--threads", "2", "--docs", "6", "--seconds", "0.2",
                "--rounds", "1", "--warmup-docs", "3", "--heap-docs", "1000");
        } finally {
            System.setOut(stdout);
        }
        String out = captured.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(out).isEqualTo(Hanex.OK);
        assertThat(out).contains("KOMORAN as shipped, 1 thread", "KOMORAN as shipped, 2 threads",
            "KOMORAN as in hanex, 1 thread", "pipeline + writers, 1 thread", "pipeline + writers, 2 threads",
            "pipeline + tables, no XMI, 1 thr.");
        assertThat(out).containsPattern("pipeline / KOMORAN alone \\(as shipped\\), 1 thread: \\d+\\.\\d\\d wall-clock")
            .containsPattern("pipeline / KOMORAN as in hanex, 1 thread: \\d+\\.\\d\\d")
            .containsPattern("speed-up with 2 threads: pipeline \\d+\\.\\d\\dx")
            .containsPattern("1,000 documents +\\d+\\.\\d MB");
    }

    @Test
    void aFolderThatIsNotThereIsAUsageError() {
        assertThat(Hanex.run("bench", "no/such/folder")).isEqualTo(Hanex.USAGE);
    }
}
