package io.github.hanex.spark;

import io.github.hanex.pipeline.PipelineOptions;
import io.github.hanex.run.DocumentPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.uima.resource.ResourceInitializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hanex pipelines of this JVM (a Spark executor, or the driver in local mode), kept for the JVM's life and
 * shared by every task that runs in it: a task borrows one for its partition and gives it back. There are at most
 * as many as tasks run at once (the executor's cores); all of them share one KOMORAN model, loaded by the first,
 * and the next tasks and jobs of the same settings find them ready.
 */
final class Pipelines {
    private static final Logger LOG = LoggerFactory.getLogger(Pipelines.class);

    /** Idle pipelines by {@link JobSettings#key}. */
    private static final Map<String, Deque<DocumentPipeline>> IDLE = new ConcurrentHashMap<>();
    /** The pipeline options of each settings key (its shipped files written once). */
    private static final Map<String, PipelineOptions> OPTIONS = new ConcurrentHashMap<>();
    private static final AtomicInteger CREATED = new AtomicInteger();

    private Pipelines() {
    }

    /** An idle pipeline of these settings, or a new one. */
    static DocumentPipeline borrow(JobSettings settings) throws ResourceInitializationException {
        DocumentPipeline idle = IDLE.computeIfAbsent(settings.key, k -> new ConcurrentLinkedDeque<>()).pollFirst();
        if (idle != null) {
            return idle;
        }
        long start = System.nanoTime();
        DocumentPipeline pipeline = DocumentPipeline.create(options(settings), settings.maxBytes, settings.xmi, false,
            settings.docTimeoutSeconds);
        LOG.info("hanex pipeline {} of this JVM ready in {} ms", CREATED.incrementAndGet(),
            (System.nanoTime() - start) / 1_000_000);
        return pipeline;
    }

    /** Gives a pipeline back for the next task. */
    static void release(JobSettings settings, DocumentPipeline pipeline) {
        IDLE.computeIfAbsent(settings.key, k -> new ConcurrentLinkedDeque<>()).addFirst(pipeline);
    }

    /** How many pipelines this JVM has made (for tests: one per concurrent task, not one per task). */
    static int created() {
        return CREATED.get();
    }

    private static PipelineOptions options(JobSettings settings) {
        return OPTIONS.computeIfAbsent(settings.key, k -> {
            try {
                return settings.pipelineOptions(settings.hasShippedFiles()
                    ? Files.createTempDirectory("hanex-rules-") : null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the job's rule files to a local folder", e);
            }
        });
    }
}
