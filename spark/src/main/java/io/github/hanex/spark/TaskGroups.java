package io.github.hanex.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a job's inputs into the work of its tasks: each WARC file alone (thousands of documents, read in one
 * pass), and the other inputs in runs of consecutive files, cut at a number of files or of bytes, and small
 * enough that a small job still gives every core work (at least {@code minTasks} runs when there are as many
 * files). The split depends only on the inputs and these numbers, so a rerun makes the same tasks.
 */
final class TaskGroups {

    private TaskGroups() {
    }

    /**
     * @param filesPerTask the most page files in one task
     * @param bytesPerTask the most bytes of page files in one task (a task holds at least one file)
     * @param minTasks the fewest runs of page files, when there are that many files (e.g. twice the cores)
     */
    static List<List<InputFile>> of(List<InputFile> files, int filesPerTask, long bytesPerTask, int minTasks) {
        long pages = files.stream().filter(f -> f.kind() != InputFile.Kind.WARC).count();
        int perTask = (int) Math.max(1, Math.min(filesPerTask, ceilDiv(pages, Math.max(1, minTasks))));
        List<List<InputFile>> groups = new ArrayList<>();
        List<InputFile> run = new ArrayList<>();
        long runBytes = 0;
        for (InputFile file : files) {
            if (file.kind() == InputFile.Kind.WARC) {
                groups.add(List.of(file));
                continue;
            }
            if (!run.isEmpty() && (run.size() >= perTask || runBytes + file.size() > bytesPerTask)) {
                groups.add(run);
                run = new ArrayList<>();
                runBytes = 0;
            }
            run.add(file);
            runBytes += file.size();
        }
        if (!run.isEmpty()) {
            groups.add(run);
        }
        return groups;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
