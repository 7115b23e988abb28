package io.github.hanex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option values are checked before anything starts: a bad one is a usage error (exit 2) with a reason. */
class AnnotateOptionsTest {

    @TempDir
    Path dir;

    /** Runs hanex, returns the exit code and what it printed on standard error. */
    private static Object[] run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Hanex.run(args);
        } finally {
            System.setErr(stderr);
        }
        return new Object[] {exit, err.toString(StandardCharsets.UTF_8)};
    }

    private void assertUsageError(String expected, String... options) throws Exception {
        Path in = dir.resolve("a.txt");
        Files.writeString(in, "한빛전자가 투자한다.");
        Path out = dir.resolve("out");
        String[] args = new String[options.length + 4];
        args[0] = "annotate";
        args[1] = in.toString();
        args[2] = "-o";
        args[3] = out.toString();
        System.arraycopy(options, 0, args, 4, options.length);

        Object[] result = run(args);

        assertThat(result[0]).as(String.join(" ", options)).isEqualTo(Hanex.USAGE);
        assertThat((String) result[1]).contains(expected);
        assertThat(out).doesNotExist();
    }

    @Test
    void threadsOutOfBoundsAreUsageErrors() throws Exception {
        assertUsageError("--threads 0: must be between 1 and", "--threads", "0");
        assertUsageError("--threads -3: must be between 1 and", "--threads", "-3");
        assertUsageError("--threads 1000: must be between 1 and", "--threads", "1000");
    }

    @Test
    void limitsOutOfBoundsAreUsageErrors() throws Exception {
        assertUsageError("--doc-timeout -1: must be between 0 (no limit) and", "--doc-timeout", "-1");
        assertUsageError("--doc-timeout NaN: must be between", "--doc-timeout", "NaN");
        assertUsageError("--max-bytes 0: must be between 1 and", "--max-bytes", "0");
        assertUsageError("--max-bytes 99999999999: must be between 1 and", "--max-bytes", "99999999999");
    }

    @Test
    void unknownAnalyzersAndModelsAreUsageErrors() throws Exception {
        assertUsageError("--analyzer foo: must be one of komoran, nori", "--analyzer", "foo");
        assertUsageError("--komoran-model HUGE: must be one of FULL, LIGHT", "--komoran-model", "HUGE");
    }

    @Test
    void anOutputFolderThatIsTheInputIsAUsageError() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "한빛전자가 투자한다.");

        Object[] result = run("annotate", in.toString(), "-o", in.toString());

        assertThat(result[0]).isEqualTo(Hanex.USAGE);
        assertThat((String) result[1]).contains("is the input");
        assertThat(in.resolve(".hanex")).doesNotExist();
    }
}
