package io.github.hanex.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.InputDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.uima.fit.component.NoOpAnnotator;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    private static volatile boolean release;

    private static DocumentResult ok(InputDocument doc) {
        return new DocumentResult(doc.docId(), true, "", "", Retry.NEVER, 0, 0, Map.of(), Map.of());
    }

    private static InputDocument doc(String id) {
        return new InputDocument(id, Path.of(id), InputFormat.TEXT);
    }

    @Test
    void aDocumentOverTheTimeLimitFailsAndItsWorkerIsReplaced() throws Exception {
        WorkerPool.Job<DocumentResult> job = (doc, engine, jcas, claim) -> {
            if (doc.docId().equals("stuck")) {
                while (!release) {
                    Thread.onSpinWait(); // deaf to interrupts, like a runaway regular expression
                }
            }
            return claim.getAsBoolean() ? ok(doc) : null;
        };
        try (WorkerPool<DocumentResult> pool = new WorkerPool<>(
            AnalysisEngineFactory.createEngineDescription(NoOpAnnotator.class), 1, job, 0.3, DocumentResult::failure)) {
            List<CompletableFuture<DocumentResult>> results = List.of(pool.submit(doc("before")),
                pool.submit(doc("stuck")), pool.submit(doc("after1")), pool.submit(doc("after2")));

            DocumentResult stuck = results.get(1).get(30, TimeUnit.SECONDS);
            assertThat(stuck.ok()).isFalse();
            assertThat(stuck.failure()).contains("timed out");
            // tried again by a run with a longer time limit (or none), not by one with the same
            assertThat(stuck.retry()).isEqualTo(new Retry(Retry.Kind.LONGER_TIMEOUT, 300));
            // the only worker was stuck: the documents after it ran in its replacement
            assertThat(results.get(3).get(30, TimeUnit.SECONDS).ok()).isTrue();
            assertThat(results.get(0).get().ok()).isTrue();
            assertThat(results.get(2).get().ok()).isTrue();
            assertThat(pool.timeouts()).isEqualTo(1);
        } finally {
            release = true;
        }
    }
}
