package io.github.hanex.run;

import java.util.Locale;

/**
 * The bounds of a corpus run's settings, checked before anything starts (by the command line, with the option's
 * name, and by {@link CorpusRunner.Settings}): a run that asks for a thousand threads or a negative time limit is
 * a mistake to report, not to try.
 */
public final class Limits {
    /** Heap a worker needs besides the shared models: its engine (~6 MB), its CAS and a large page in flight. */
    public static final long HEAP_PER_THREAD = 64L << 20;
    /** Workers per core at most: the pipeline is CPU-bound, more threads than cores only add memory. */
    public static final int THREADS_PER_CORE = 4;
    /** The largest input size limit: a page decodes to twice its bytes in a Java string, and more in the CAS. */
    public static final long MAX_INPUT_BYTES = 1L << 30;
    /** The longest time limit per document (a week). */
    public static final double MAX_DOC_TIMEOUT_SECONDS = 7 * 24 * 3600;

    private Limits() {
    }

    /** The most worker threads this JVM can run: {@value #THREADS_PER_CORE} per core, 64 MB of heap each. */
    public static int maxThreads() {
        long byHeap = Runtime.getRuntime().maxMemory() / HEAP_PER_THREAD;
        long byCores = (long) THREADS_PER_CORE * Runtime.getRuntime().availableProcessors();
        return (int) Math.max(1, Math.min(byHeap, byCores));
    }

    /** Why {@code threads} worker threads cannot run, or null when they can. */
    public static String threadsProblem(int threads) {
        int max = maxThreads();
        if (threads >= 1 && threads <= max) {
            return null;
        }
        return String.format(Locale.ROOT, "must be between 1 and %d (%d per core on %d cores, and %d MB of the %d MB "
                + "heap per thread; HANEX_HEAP gives more heap)", max, THREADS_PER_CORE,
            Runtime.getRuntime().availableProcessors(), HEAP_PER_THREAD >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Why {@code bytes} cannot be the input size limit, or null when it can. */
    public static String maxBytesProblem(long bytes) {
        return bytes >= 1 && bytes <= MAX_INPUT_BYTES ? null
            : "must be between 1 and " + MAX_INPUT_BYTES + " (1 GiB)";
    }

    /** Why {@code seconds} cannot be the time limit per document, or null when it can. */
    public static String docTimeoutProblem(double seconds) {
        return seconds >= 0 && seconds <= MAX_DOC_TIMEOUT_SECONDS ? null
            : "must be between 0 (no limit) and " + (long) MAX_DOC_TIMEOUT_SECONDS + " seconds (a week)";
    }
}
