package io.github.hanex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code hanex bench} runs end to end on a few pages and reports every figure it promises. (Its numbers are
 * not checked here: speed is measured by running the command, not by tests.)
 */
class BenchCommandTest {

    @Test
    void measuresKomoranAndThePipelineAndReportsTheirRatioScalingAndHeap() throws Exception {
        Path pages = Path.of(BenchCommandTest.class.getResource("/fixtures/corpus").toURI());
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
