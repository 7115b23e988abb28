package io.github.hanex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.io.output.CsvTables;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hanex annotate} end to end: outputs, doc ids, failures isolated and reported. */
class AnnotateCommandTest {

    @TempDir
    Path dir;

    @Test
    void annotatesADirectoryAndReportsBadInputs() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.txt"), "김민준 한빛전자 사장은 165억달러를 투자했다.\n두 번째 줄이다.\n");
        String page = "<html><head><meta charset=\"euc-kr\"><title>한빛</title></head><body>"
            + "<h1>한빛전자 투자</h1><p>한빛전자가 3조4,500억원을 투자한다.</p></body></html>";
        Files.write(in.resolve("sub/b.html"), page.getBytes(Charset.forName("x-windows-949")));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {1, 2, 0, 0, 5});
        Files.writeString(in.resolve("ignored.md"), "not an input");
        Path out = dir.resolve("out");

        int exit = Hanex.run("annotate", in.toString(), "-o", out.toString(), "--threads", "2");

        assertThat(exit).isEqualTo(Hanex.SOME_FAILED);
        assertThat(out.resolve("xmi/a.txt.xmi")).isRegularFile();
        assertThat(out.resolve("xmi/sub/b.html.xmi")).isRegularFile();
        assertThat(out.resolve("TypeSystem.xml")).isRegularFile();
        List<CSVRecord> documents = read(out.resolve("documents.csv"));
        assertThat(documents).extracting(r -> r.get("doc_id"))
            .containsExactly("a.txt", "binary.txt", "empty.txt", "sub/b.html");
        assertThat(documents).extracting(r -> r.get("status")).containsExactly("ok", "failed", "failed", "ok");
        CSVRecord html = documents.get(3);
        assertThat(html.get("charset")).isEqualTo("x-windows-949");
        assertThat(Integer.parseInt(html.get("tokens"))).isGreaterThan(3);
        List<CSVRecord> errors = read(out.resolve("errors.csv"));
        assertThat(errors).extracting(r -> r.get("doc_id") + ": " + r.get("message"))
            .containsExactly("binary.txt: binary content (NUL bytes), not a text or HTML page",
                "empty.txt: empty file");
        assertThat(read(out.resolve("annotations.csv"))).isNotNull();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(Path::toString)).noneMatch(p -> p.endsWith(".tmp") || p.endsWith(".part"));
        }
    }

    @Test
    void aSingleFileIsNamedByItsFileNameAndCleanRunsExitZero() throws Exception {
        Path file = dir.resolve("기사.txt");
        Files.writeString(file, "누리바이오는 23일 계약을 체결했다.");
        Path out = dir.resolve("out");
        assertThat(Hanex.run("annotate", file.toString(), "-o", out.toString(), "--no-boilerplate", "-t", "1"))
            .isEqualTo(Hanex.OK);
        assertThat(read(out.resolve("documents.csv"))).extracting(r -> r.get("doc_id")).containsExactly("기사.txt");
        assertThat(out.resolve("xmi/기사.txt.xmi")).isRegularFile();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Hanex.run("annotate")).isEqualTo(Hanex.USAGE);
        assertThat(Hanex.run("annotate", dir.toString())).isEqualTo(Hanex.USAGE);
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CsvTables.readFormat().parse(reader).getRecords();
        }
    }
}
