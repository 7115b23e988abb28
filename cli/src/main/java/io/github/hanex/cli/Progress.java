package io.github.hanex.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress of a run: a progress bar on a terminal, a log line every few seconds otherwise. */
abstract class Progress implements AutoCloseable {

    static Progress start(int total) {
        return System.console() != null ? new Bar(total) : new Lines(total);
    }

    abstract void step(boolean failed);

    @Override
    public abstract void close();

    private static final class Bar extends Progress {
        private final ProgressBar bar;
        private int failures;

        Bar(int total) {
            bar = new ProgressBarBuilder().setTaskName("annotate").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed().build();
        }

        @Override
        void step(boolean failed) {
            if (failed) {
                failures++;
                bar.setExtraMessage(failures + " failed");
            }
            bar.step();
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    private static final class Lines extends Progress {
        private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
        private final int total;
        private final long start = System.nanoTime();
        private long lastReport = start;
        private int done;
        private int failures;

        Lines(int total) {
            this.total = total;
        }

        @Override
        void step(boolean failed) {
            done++;
            if (failed) {
                failures++;
            }
            long now = System.nanoTime();
            if (now - lastReport > 10_000_000_000L) {
                lastReport = now;
                double seconds = (now - start) / 1e9;
                LOG.info("{}/{} documents, {} failed, {} docs/s", done, total, failures,
                    String.format("%.1f", done / seconds));
            }
        }

        @Override
        public void close() {
            // the summary line is logged by the runner
        }
    }
}
