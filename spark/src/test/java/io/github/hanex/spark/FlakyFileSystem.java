package io.github.hanex.spark;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.TaskContext;

/**
 * The local file system under the scheme {@code flaky:}, where the first attempt of a task to open
 * {@value #CRASH_ONCE} dies (an error no document handler catches, as when an executor is lost mid-task).
 */
public final class FlakyFileSystem extends RawLocalFileSystem {
    static final String CRASH_ONCE = "crash-once.txt";
    static final AtomicInteger crashes = new AtomicInteger();

    @Override
    public URI getUri() {
        return URI.create("flaky:///");
    }

    @Override
    public String getScheme() {
        return "flaky";
    }

    @Override
    public FSDataInputStream open(Path f, int bufferSize) throws IOException {
        TaskContext task = TaskContext.get();
        if (f.getName().equals(CRASH_ONCE) && task != null && task.attemptNumber() == 0) {
            crashes.incrementAndGet();
            throw new AssertionError("simulated death of task attempt " + task.taskAttemptId());
        }
        return super.open(f, bufferSize);
    }
}
