package io.github.hanex.run;

import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code hanex annotate} tells its user while a run goes: a progress bar on a terminal (a log line every
 * 10 seconds otherwise), each failed document (in the log, or at debug level under a bar), and the summary.
 */
public final class ProgressReport implements RunListener {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusRunner.class);

    private final boolean interactive = System.console() != null;
    private CorpusRunner.Settings settings;
    private volatile Progress progress;

    @Override
    public void starting(CorpusRunner.Settings settings, int doneBefore) {
        this.settings = settings;
        if (doneBefore > 0) {
            LOG.info("{} documents done by an earlier run are kept (use --fresh to start over)", doneBefore);
        }
        LOG.info("starting {} pipeline(s) ({} analyzer)", settings.threads(), settings.pipeline().analyzer);
    }

    @Override
    public void started() {
        progress = Progress.start("annotate");
    }

    @Override
    public void total(long documents) {
        Progress p = progress;
        if (p != null) {
            p.total(documents);
        }
    }

    @Override
    public void processed(DocumentResult result, long processed) {
        progress.step(!result.ok(), result.inputBytes());
        if (!result.ok()) {
            if (interactive) {
                LOG.debug("{}: {} failed: {}", result.docId(), result.stage(), result.failure());
            } else {
                LOG.warn("{}: {} failed: {}", result.docId(), result.stage(), result.failure());
            }
        }
    }

    @Override
    public void finished(CorpusRunner.Summary s) {
        close();
        if (s.documents() == 0) {
            LOG.warn("no documents found in the inputs (.txt, .html, .htm, .xhtml, .gz, .warc, .warc.gz)");
        }
        LOG.info("done: {} documents in {} ({} ok, {} failed{}); {} already done, {} annotated now in {} s: "
                + "{} docs/s, {} MB/s, {} chars/s ({} threads, pipelines started in {} s)",
            s.documents(), settings.output(), s.ok(), s.failed(), s.failed() > 0 ? ": see errors.csv" : "",
            s.skipped(), s.processed(), String.format(Locale.ROOT, "%.1f", s.processingMillis() / 1000.0),
            String.format(Locale.ROOT, "%.2f", s.docsPerSecond()),
            String.format(Locale.ROOT, "%.3f", s.megabytesPerSecond()),
            String.format(Locale.ROOT, "%.0f", s.charsPerSecond()), settings.threads(),
            String.format(Locale.ROOT, "%.1f", s.startupMillis() / 1000.0));
        String byType = s.annotationsByType().isEmpty() ? "none" : s.annotationsByType().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        LOG.info("annotations: {}{}", byType, s.timeouts() > 0 ? "; " + s.timeouts() + " documents timed out" : "");
    }

    @Override
    public void ended() {
        close();
    }

    private void close() {
        Progress p = progress;
        progress = null;
        if (p != null) {
            p.close();
        }
    }
}
