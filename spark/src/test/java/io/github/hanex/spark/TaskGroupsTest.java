package io.github.hanex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskGroupsTest {

    private static List<InputFile> pages(int n, long size) {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(InputFile.page("file:/p/" + i + ".html", i + ".html", size));
        }
        return files;
    }

    private static List<Integer> sizes(List<List<InputFile>> groups) {
        return groups.stream().map(List::size).toList();
    }

    @Test
    void eachWarcFileIsATaskAndPagesAreCutInRunsInTheirOrder() {
        List<InputFile> files = new ArrayList<>(pages(5, 10));
        files.add(2, InputFile.warc("file:/w/a.warc.gz", "a.warc.gz", 1L << 30, "", null));
        files.add(InputFile.warc("file:/w/b.warc.gz", "b.warc.gz", 1L << 30, "", null));

        List<List<InputFile>> groups = TaskGroups.of(files, 2, 1 << 20, 1);

        assertThat(groups).extracting(g -> g.stream().map(InputFile::docId).toList()).containsExactly(
            List.of("a.warc.gz"), List.of("0.html", "1.html"), List.of("2.html", "3.html"), List.of("b.warc.gz"),
            List.of("4.html"));
    }

    @Test
    void aSmallJobStillGivesEveryCoreWork() {
        assertThat(sizes(TaskGroups.of(pages(52, 10), 500, 1 << 20, 4))).containsExactly(13, 13, 13, 13);
        assertThat(sizes(TaskGroups.of(pages(3, 10), 500, 1 << 20, 4))).containsExactly(1, 1, 1);
        assertThat(sizes(TaskGroups.of(pages(10_000, 10), 500, 1 << 30, 4))).hasSize(20).containsOnly(500);
    }

    @Test
    void runsAreCutAtTheByteLimitButHoldAtLeastOneFile() {
        assertThat(sizes(TaskGroups.of(pages(6, 40), 500, 100, 1))).containsExactly(2, 2, 2);
        assertThat(sizes(TaskGroups.of(pages(2, 1000), 500, 100, 1))).containsExactly(1, 1);
        assertThat(TaskGroups.of(List.of(), 500, 100, 4)).isEmpty();
    }
}
