package io.github.hanex.run;

import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a run over the documents it processes (not those done by an earlier run): a progress bar on a
 * terminal (documents, docs/s, MB/s, failures, ETA), a log line every few seconds otherwise. The total may be
 * learned late (it is counted in the background) and is then an estimate until the input is exhausted.
 */
abstract class Progress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    protected final long start = System.nanoTime();
    protected volatile long total = -1;
    protected long done;
    protected long failures;
    protected long bytes;

    /** A bar when standard error is a terminal, log lines otherwise. */
    static Progress start(String task) {
        return System.console() != null ? new Bar(task) : new Lines(task, 10);
    }

    /** The number of documents this run will process, once known. */
    void total(long documents) {
        total = Math.max(documents, 0);
    }

    /** One document done. */
    final void step(boolean failed, long inputBytes) {
        done++;
        bytes += inputBytes;
        if (failed) {
            failures++;
        }
        update();
    }

    abstract void update();

    @Override
    public abstract void close();

    double seconds() {
        return Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    }

    String rates() {
        double s = seconds();
        return String.format(Locale.ROOT, "%.1f docs/s, %.2f MB/s", done / s, bytes / s / 1e6);
    }

    /** Remaining time at the rate so far, or empty. */
    String eta() {
        if (total < 0 || done == 0 || done >= total) {
            return "";
        }
        long secs = Math.round((total - done) * seconds() / done);
        Duration d = Duration.ofSeconds(secs);
        return String.format(Locale.ROOT, "ETA %d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    private static final class Bar extends Progress {
        private final ProgressBar bar;
        private long lastShown;

        Bar(String task) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1).showSpeed().setUpdateIntervalMillis(500).build();
        }

        @Override
        void total(long documents) {
            super.total(documents);
            bar.maxHint(Math.max(documents, done));
        }

        @Override
        void update() {
            bar.stepTo(done);
            long now = System.nanoTime();
            if (now - lastShown > 250_000_000L) {
                lastShown = now;
                double mbs = bytes / seconds() / 1e6;
                bar.setExtraMessage(String.format(Locale.ROOT, ", %.2f MB/s, %d failed", mbs, failures));
            }
        }

        @Override
        public void close() {
            bar.setExtraMessage(String.format(Locale.ROOT, ", %.2f MB/s, %d failed", bytes / seconds() / 1e6,
                failures));
            if (total >= 0) {
                bar.maxHint(done);
            }
            bar.close();
        }
    }

    private static final class Lines extends Progress {
        private final String task;
        private final long everyNanos;
        private long lastReport = start;

        Lines(String task, int seconds) {
            this.task = task;
            this.everyNanos = seconds * 1_000_000_000L;
        }

        @Override
        void update() {
            long now = System.nanoTime();
            if (now - lastReport >= everyNanos) {
                lastReport = now;
                String of = total >= 0 ? String.format(Locale.ROOT, "/%d (%.1f%%)", total,
                    total == 0 ? 100.0 : 100.0 * done / total) : "";
                String eta = eta();
                LOG.info("{}: {}{} documents, {} failed, {}{}", task, done, of, failures, rates(),
                    eta.isEmpty() ? "" : ", " + eta);
            }
        }

        @Override
        public void close() {
            // the runner logs the summary
        }
    }
}
