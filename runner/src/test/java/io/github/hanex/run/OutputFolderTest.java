package io.github.hanex.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.pipeline.PipelineOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hanex writes only into a folder of its own and touches only what it wrote there. */
class OutputFolderTest {

    @TempDir
    Path tmp;
    Path in;

    @BeforeEach
    void input() throws IOException {
        in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.txt"), "한빛전자 김민준 사장은 165억달러를 투자한다고 밝혔다.\n");
        Files.writeString(in.resolve("sub/b.txt"), "누리바이오는 23일 공급 계약을 체결했다.\n");
    }

    private static CorpusRunner.Settings settings(Path out, boolean fresh) {
        return new CorpusRunner.Settings(new PipelineOptions(), out, 1, 1 << 20, true, false, fresh, false, 60);
    }

    private static CorpusRunner.Summary run(Path out, boolean fresh, String... inputs) throws Exception {
        return new CorpusRunner(settings(out, fresh)).run(List.of(inputs));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void anOutputFolderThatIsOrContainsAnInputIsRefusedAndNothingIsWritten() throws Exception {
        List<String> before = listing(tmp);

        assertThatThrownBy(() -> run(in, false, in.toString())).isInstanceOf(RunRefusedException.class)
            .hasMessageContaining("is the input");
        assertThatThrownBy(() -> run(tmp, false, in.resolve("sub").toString())).isInstanceOf(RunRefusedException.class)
            .hasMessageContaining("contains the input");
        assertThatThrownBy(() -> run(tmp.resolve("in/../in"), false, in.resolve("a.txt").toString()))
            .isInstanceOf(RunRefusedException.class);
        Path list = tmp.resolve("list.txt");
        Files.writeString(list, in.resolve("sub/b.txt") + "\n");
        assertThatThrownBy(() -> run(in.resolve("sub"), false, "@" + list)).isInstanceOf(RunRefusedException.class)
            .hasMessageContaining("contains the input").hasMessageContaining("b.txt");
        Files.delete(list);

        assertThat(listing(tmp)).isEqualTo(before);
    }

    @Test
    void aFolderWithOtherFilesOrAFileIsRefusedUntouched() throws Exception {
        Path out = tmp.resolve("mine");
        Files.createDirectories(out.resolve("xmi"));
        Files.writeString(out.resolve("documents.csv"), "my own table");
        Files.writeString(out.resolve(".draft.abc.tmp"), "my draft");
        Path file = tmp.resolve("file.txt");
        Files.writeString(file, "a file");

        assertThatThrownBy(() -> run(out, false, in.toString())).isInstanceOf(RunRefusedException.class)
            .hasMessageContaining("holds files hanex did not write").hasMessageContaining("documents.csv");
        assertThatThrownBy(() -> run(out, true, in.toString())).isInstanceOf(RunRefusedException.class);
        assertThatThrownBy(() -> run(file, false, in.toString())).isInstanceOf(RunRefusedException.class)
            .hasMessageContaining("is a file");

        assertThat(listing(out)).containsExactly("", ".draft.abc.tmp", "documents.csv", "xmi");
        assertThat(Files.readString(out.resolve("documents.csv"))).isEqualTo("my own table");
        assertThat(Files.readString(file)).isEqualTo("a file");
    }

    @Test
    void filesAUserPutBesideTheOutputsAreNeverTouchedEvenByFresh() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out); // an empty folder is fine
        run(out, false, in.toString());
        Files.writeString(out.resolve("report.html"), "my report");
        Files.writeString(out.resolve(".notes.k1ll3d.tmp"), "looks like a temporary file, is not hanex's");
        Files.writeString(out.resolve("xmi/mine.xmi"), "my own XMI");
        Files.createDirectories(out.resolve("xmi/keep"));
        Files.writeString(out.resolve("xmi/keep/.x.abc.tmp"), "a temporary file of a killed XMI write");
        Files.writeString(out.resolve("xmi/sub/.b.txt.xmi.k1ll3d.tmp"), "a temporary file of a killed XMI write");

        CorpusRunner.Summary resumed = run(out, false, in.toString());
        assertThat(resumed.skipped()).isEqualTo(2);
        assertThat(out.resolve("xmi/sub/.b.txt.xmi.k1ll3d.tmp")).doesNotExist();
        assertThat(out.resolve("xmi/keep/.x.abc.tmp")).doesNotExist();

        // the input has changed: a.txt is gone; --fresh deletes what the earlier runs wrote, and only that
        Files.delete(in.resolve("a.txt"));
        CorpusRunner.Summary fresh = run(out, true, in.toString());

        assertThat(fresh.processed()).isEqualTo(1);
        assertThat(out.resolve("xmi/a.txt.xmi")).doesNotExist();
        assertThat(out.resolve("xmi/sub/b.txt.xmi")).isRegularFile();
        assertThat(Files.readString(out.resolve("report.html"))).isEqualTo("my report");
        assertThat(out.resolve(".notes.k1ll3d.tmp")).isRegularFile();
        assertThat(Files.readString(out.resolve("xmi/mine.xmi"))).isEqualTo("my own XMI");
        assertThat(out.resolve("xmi/keep")).isDirectory();
        assertThat(Files.readAllLines(out.resolve("documents.csv"), StandardCharsets.UTF_8)).hasSize(2);
    }
}
