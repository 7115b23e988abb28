package io.github.hanex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hanex boilerplate-eval} scores reference bodies and labelled lines and lists what went wrong. */
class BoilerplateEvalCommandTest {

    @TempDir
    Path dir;

    private static final String PARA = "The council said on Monday that the street plan would be reviewed again next "
        + "year, after residents, shop owners and cyclists asked for changes to the plan.";

    private String run(String... args) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(Hanex.run(args)).isEqualTo(Hanex.OK);
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void referenceBodiesAreScoredForTheMainTextAndForAllParagraphs() throws Exception {
        Path bodies = Files.createDirectories(dir.resolve("bodies"));
        Files.writeString(bodies.resolve("a.html"), "<html><body><h1>Street plan reviewed</h1><div class=\"story\"><p>"
            + PARA + "</p><p>" + PARA.replace("street", "bus") + "</p></div><footer>Copyright 2024</footer>"
            + "</body></html>");
        Files.writeString(bodies.resolve("a.body.txt"), PARA + "\n" + PARA.replace("street", "bus"));
        String out = run("boilerplate-eval", "--bodies", bodies.toString(), "-v");
        assertThat(out).contains("pages with reference bodies: 1",
            "main text (body):  precision 1.000  recall 1.000  F1 1.000").containsPattern(
            "all paragraphs: +precision 0\\.\\d+ +recall 1\\.000").contains("F1 1.000 (P 1.000 R 1.000)", "  a");
    }

    @Test
    void labelledLinesAreScoredLineByLine() throws Exception {
        Path lines = Files.createDirectories(dir.resolve("lines"));
        Files.writeString(lines.resolve("p.labels.tsv"), String.join("\n",
            "DROP\t한빛일보", "DROP\t정치 | 경제 | 사회", "KEEP\t시청 앞 광장 주말마다 차 없는 거리로",
            "DROP\t입력 2025.03.02 10:21",
            "KEEP\t서울시가 이달부터 시청 앞 세종대로 일대를 주말마다 차 없는 거리로 운영한다고 2일 밝혔다.",
            "KEEP\t시는 토요일과 일요일 오전 10시부터 오후 8시까지 차량 통행을 막고 보행자와 자전거만 다닐 수 있게 할 계획이다.",
            "DROP\tⓒ 한빛일보 무단전재 및 재배포 금지"), StandardCharsets.UTF_8);
        String out = run("boilerplate-eval", "--lines", lines.toString());
        assertThat(out).contains("labelled pages: 1, lines: 7 (article 3)",
            "lines:  precision 1.000  recall 1.000  F1 1.000  accuracy 1.000");
    }

    @Test
    void withoutASetItIsAUsageError() {
        assertThat(Hanex.run("boilerplate-eval")).isEqualTo(Hanex.USAGE);
        assertThat(Hanex.run("boilerplate-eval", "--lines", dir.resolve("none").toString())).isEqualTo(Hanex.USAGE);
    }
}
