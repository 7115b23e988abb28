package io.github.hanex.io.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesIntoFoldersThatDoNotExistYetAndIntoOnesThatDo() throws Exception {
        Path first = dir.resolve("xmi/sub/a.xmi");
        Path second = dir.resolve("xmi/sub/b.xmi");

        AtomicFiles.write(first, out -> out.write("a".getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(second, out -> out.write("b".getBytes(StandardCharsets.UTF_8)));

        assertThat(first).hasContent("a");
        assertThat(second).hasContent("b");
        assertThat(listing(dir.resolve("xmi/sub"))).containsExactlyInAnyOrder("a.xmi", "b.xmi");
    }

    @Test
    void replacesAFileWholeAndLeavesNoTemporaryFileBehind() throws Exception {
        Path target = dir.resolve("documents.csv");
        Files.writeString(target, "old content that is longer");

        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
        assertThat(listing(dir)).containsExactly("documents.csv");
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndRemovesItsTemporaryFile() throws Exception {
        Path target = dir.resolve("a.xmi");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(listing(dir)).containsExactly("a.xmi");
    }

    @Test
    void temporaryFilesAreRecognizedForCleanUp() throws Exception {
        Path tmp = AtomicFiles.temporaryFor(dir.resolve("new/a.xmi"));

        assertThat(tmp.getParent()).isDirectory();
        assertThat(AtomicFiles.isTemporary(tmp.getFileName().toString())).isTrue();
        assertThat(AtomicFiles.isTemporary("a.xmi")).isFalse();
        assertThat(AtomicFiles.temporaryFor(dir.resolve("new/a.xmi"))).isNotEqualTo(tmp);
    }

    @Test
    void aNameNearTheFileSystemLimitStillGetsATemporaryFile() throws Exception {
        // 250 bytes of UTF-8: a valid name, whose temporary name would be 269 bytes long untrimmed
        Path target = dir.resolve("가".repeat(80) + "0123456789.xmi");

        AtomicFiles.write(target, out -> out.write("x".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("x");
        Path tmp = AtomicFiles.temporaryFor(target);
        assertThat(tmp.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(AtomicFiles.isTemporary(tmp.getFileName().toString())).isTrue();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
