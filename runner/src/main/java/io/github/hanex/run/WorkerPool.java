package io.github.hanex.run;

import io.github.hanex.io.input.InputDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * N worker threads, each with its own engine and a CAS it reuses, taking documents from one queue; and a
 * watchdog. A document that runs longer than the time limit is failed with a timeout reason, its worker is
 * abandoned (interrupted, and stopped if it does not give up) and a new worker with a fresh engine takes its
 * place, so one pathological page cannot stall the run.
 */
final class WorkerPool<R> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
    /** Deep HTML and long sentences recurse deeply in parsers. */
    private static final long STACK_BYTES = 16L << 20;

    /** What a worker does with one document. */
    @FunctionalInterface
    interface Job<R> {
        R run(InputDocument doc, AnalysisEngine engine, JCas jcas, BooleanSupplier claim);
    }

    /** The result of a document that failed outside the job (timed out, or the job threw). */
    @FunctionalInterface
    interface Failure<R> {
        R of(InputDocument doc, String stage, String message, Retry retry);
    }

    private final AnalysisEngineDescription description;
    private final Job<R> job;
    private final Failure<R> failure;
    private final long timeoutNanos;
    private final BlockingQueue<Task<R>> queue = new LinkedBlockingQueue<>();
    private final List<Worker> workers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService watchdog;
    private final AtomicInteger names = new AtomicInteger();
    private final AtomicInteger timeouts = new AtomicInteger();
    private final AtomicLong workerCpuNanos = new AtomicLong();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private volatile boolean closed;

    /**
     * Starts {@code threads} workers and waits until their engines are ready.
     *
     * @param timeoutSeconds time limit per document; 0 or less for none
     * @param failure the result of a document that timed out or whose job threw
     */
    WorkerPool(AnalysisEngineDescription description, int threads, Job<R> job, double timeoutSeconds,
        Failure<R> failure) throws ResourceInitializationException, InterruptedException {
        this.description = description;
        this.job = job;
        this.failure = failure;
        this.timeoutNanos = timeoutSeconds > 0 ? (long) (timeoutSeconds * 1e9) : 0;
        List<Worker> starting = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            starting.add(startWorker());
        }
        try {
            for (Worker w : starting) {
                w.ready.get();
            }
        } catch (ExecutionException e) {
            close();
            if (e.getCause() instanceof ResourceInitializationException rie) {
                throw rie;
            }
            throw new ResourceInitializationException(e.getCause());
        }
        if (timeoutNanos > 0) {
            long every = Math.max(50, Math.min(1000, timeoutNanos / 4_000_000));
            watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "hanex-watchdog", 0));
            watchdog.scheduleWithFixedDelay(this::watch, every, every, TimeUnit.MILLISECONDS);
        } else {
            watchdog = null;
        }
    }

    /** Queues a document; the future completes with its result (or a timeout failure). */
    CompletableFuture<R> submit(InputDocument doc) {
        Task<R> task = new Task<>(doc);
        queue.add(task);
        return task.result;
    }

    /** The CAS of a ready worker, for reading the type system before any document is submitted. */
    JCas anyCas() {
        return workers.get(0).jcas;
    }

    /** CPU time the workers spent on documents (0 where the JVM cannot tell), for benchmarks. */
    long workerCpuNanos() {
        return workerCpuNanos.get();
    }

    /** How many documents timed out. */
    int timeouts() {
        return timeouts.get();
    }

    private Worker startWorker() {
        Worker worker = new Worker();
        Thread thread = new Thread(null, worker, "hanex-worker-" + names.incrementAndGet(), STACK_BYTES);
        thread.setDaemon(true);
        worker.thread = thread;
        workers.add(worker);
        thread.start();
        return worker;
    }

    private void watch() {
        long now = System.nanoTime();
        for (Worker w : workers) {
            Task<R> task = w.current;
            if (task != null && now - w.started > timeoutNanos && task.giveUp()) {
                timeouts.incrementAndGet();
                long seconds = Math.round(timeoutNanos / 1e9);
                task.result.complete(failure.of(task.doc, "annotate", "timed out after "
                    + seconds + " s (--doc-timeout); the pipeline was restarted",
                    new Retry(Retry.Kind.LONGER_TIMEOUT, timeoutNanos / 1_000_000)));
                LOG.warn("{}: timed out after {} s; replacing its worker", task.doc.docId(), seconds);
                abandon(w);
                if (!closed) {
                    startWorker();
                }
            }
        }
    }

    /** Lets a stuck worker go: it must not take more work, and should stop burning a core. */
    @SuppressWarnings({"deprecation", "removal"})
    private void abandon(Worker w) {
        w.abandoned = true;
        workers.remove(w);
        Thread thread = w.thread;
        thread.interrupt();
        Thread reaper = new Thread(() -> {
            try {
                thread.join(5000);
                if (thread.isAlive()) {
                    thread.stop(); // its engine and CAS are discarded; nothing else is shared with it
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (UnsupportedOperationException e) {
                LOG.warn("{} could not be stopped on this Java version; it runs on until it finishes",
                    thread.getName());
            }
        }, "hanex-reaper");
        reaper.setDaemon(true);
        reaper.start();
    }

    @Override
    public void close() {
        closed = true;
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        for (Worker w : workers) {
            w.thread.interrupt();
        }
        for (Worker w : workers) {
            try {
                w.thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Task<R> left;
        while ((left = queue.poll()) != null) {
            left.result.cancel(false);
        }
    }

    private static Thread daemon(Runnable r, String name, long stack) {
        Thread t = new Thread(null, r, name, stack);
        t.setDaemon(true);
        return t;
    }

    /** A queued document. Its state decides who may finish it: the worker (claim) or the watchdog (giveUp). */
    private static final class Task<R> {
        private static final int RUNNING = 0;
        private static final int CLAIMED = 1;
        private static final int GIVEN_UP = 2;
        final InputDocument doc;
        final CompletableFuture<R> result = new CompletableFuture<>();
        final AtomicInteger state = new AtomicInteger(RUNNING);

        Task(InputDocument doc) {
            this.doc = doc;
        }

        boolean claim() {
            return state.compareAndSet(RUNNING, CLAIMED);
        }

        boolean giveUp() {
            return state.compareAndSet(RUNNING, GIVEN_UP);
        }
    }

    private final class Worker implements Runnable {
        final CompletableFuture<Void> ready = new CompletableFuture<>();
        volatile Thread thread;
        volatile Task<R> current;
        volatile long started;
        volatile boolean abandoned;
        AnalysisEngine engine;
        JCas jcas;

        @Override
        public void run() {
            try {
                engine = AnalysisEngineFactory.createEngine(description);
                jcas = engine.newJCas();
                ready.complete(null);
            } catch (Throwable e) {
                ready.completeExceptionally(e);
                workers.remove(this);
                if (workers.isEmpty()) {
                    failQueued("no pipeline could be started: " + Errors.describe(e));
                }
                return;
            }
            try {
                while (!abandoned && !closed) {
                    Task<R> task = queue.take();
                    started = System.nanoTime();
                    current = task;
                    R result;
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    try {
                        result = job.run(task.doc, engine, jcas, task::claim);
                    } catch (RuntimeException | Error e) {
                        result = failure.of(task.doc, "annotate", Errors.describe(e), Retry.NEVER);
                    }
                    current = null;
                    if (cpu >= 0) {
                        workerCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
                    }
                    task.claim();
                    task.result.complete(result);
                    if (abandoned) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // closing, or abandoned while waiting
            } finally {
                current = null;
                if (!abandoned) {
                    engine.destroy();
                }
            }
        }
    }

    private void failQueued(String reason) {
        Task<R> left;
        while ((left = queue.poll()) != null) {
            left.result.complete(failure.of(left.doc, "annotate", reason, Retry.ALWAYS));
        }
    }
}
