package io.github.hanex.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.io.input.InputCollector;
import io.github.hanex.io.input.InputDocument;
import io.github.hanex.pipeline.HanexPipeline;
import io.github.hanex.pipeline.PipelineOptions;
import io.github.hanex.run.CorpusRunner;
import io.github.hanex.run.DocumentResult;
import io.github.hanex.run.Limits;
import io.github.hanex.run.RunListener;
import io.github.hanex.tokenize.KomoranAnalyzer;
import io.github.hanex.tokenize.SentenceSplitter;
import io.github.hanex.tokenize.UserDictionary;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hanex bench [DIR]}: how fast the corpus runner is compared with its bottleneck, KOMORAN, on the same
 * article texts in one JVM; how it scales with threads; and whether its heap stays flat as the corpus grows.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measures, on the pages of DIR (default: the bundled corpus), in one run:",
        "  1. KOMORAN alone, as shipped: the analyzer over the article texts,",
        "     sentence by sentence, no CAS, on 1 and N threads; and KOMORAN as",
        "     hanex runs it (same analyses, faster tag table) on 1 thread;",
        "  2. the full pipeline with its writers (XMI and tables) through the",
        "     corpus runner, on 1 and N threads, and without XMI on 1 thread;",
        "  3. their ratio, the speed-up of N threads, peak heap (best of --rounds);",
        "  4. the live heap after a full GC every 1,000 documents up to --heap-docs.",
        "Rates are given per wall-clock second and per CPU-second (which holds on a",
        "shared machine). Pages are replicated in memory to reach the document",
        "counts; outputs go to a temporary folder."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR",
        description = "Pages to measure on (default: corpus/html and corpus/text).")
    Path dir;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
        description = "Threads of the parallel runs (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--docs", paramLabel = "COUNT",
        description = "Documents per pipeline throughput run (default: ${DEFAULT-VALUE}).")
    int docs = 800;

    @Option(names = "--seconds", paramLabel = "S",
        description = "Time of each KOMORAN-alone measurement (default: ${DEFAULT-VALUE}).")
    double seconds = 8;

    @Option(names = "--rounds", paramLabel = "R",
        description = "Measurements of each kind; the best counts (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--heap-docs", paramLabel = "COUNT",
        description = "Documents of the heap check, 0 to skip it (default: ${DEFAULT-VALUE}).")
    int heapDocs = 10_000;

    @Option(names = "--warmup-docs", paramLabel = "COUNT",
        description = "Documents through the pipeline before measuring, for the JIT compiler (default: "
            + "${DEFAULT-VALUE}).")
    int warmupDocs = 1500;

    @Option(names = "--no-boilerplate", description = "The inputs are clean article text.")
    boolean noBoilerplate;

    @Option(names = "--komoran-model", defaultValue = "FULL", paramLabel = "MODEL",
        description = "KOMORAN model: FULL or LIGHT (default: ${DEFAULT-VALUE}).")
    String komoranModel;

    @Spec
    CommandSpec spec;

    /** The pages in memory and their article texts. */
    private record Page(InputDocument doc, byte[] bytes, String article) {
    }

    /**
     * A throughput measurement: wall-clock time, and the CPU time of the whole process (all threads, GC and JIT
     * included), which stays meaningful when other programs share the cores.
     */
    private record Rate(long docs, long chars, double seconds, double cpuSeconds, double workerCpuSeconds,
        long peakHeapBytes, long liveHeapBytes) {
        double docsPerSecond() {
            return docs / seconds;
        }

        double charsPerSecond() {
            return chars / seconds;
        }

        double charsPerCpuSecond() {
            return chars / cpuSeconds;
        }

        double charsPerWorkerCpuSecond() {
            return chars / workerCpuSeconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        Options.check(spec, "--threads", threads, Limits.threadsProblem(threads));
        Options.positive(spec, "--docs", docs);
        Options.positive(spec, "--rounds", rounds);
        Options.check(spec, "--seconds", seconds, seconds > 0 && seconds <= 3600 ? null
            : "must be more than 0 and at most 3600");
        Options.check(spec, "--heap-docs", heapDocs, heapDocs >= 0 ? null : "must be 0 (no heap check) or more");
        Options.check(spec, "--warmup-docs", warmupDocs, warmupDocs >= 0 ? null : "must be 0 or more");
        PrintWriter out = spec.commandLine().getOut();
        List<String> source = sources();
        if (source.isEmpty()) {
            spec.commandLine().getErr().println("hanex bench: " + (dir != null ? dir : Path.of("corpus"))
                + " is not a folder (give DIR)");
            return Hanex.USAGE;
        }
        PipelineOptions options = new PipelineOptions();
        options.boilerplate = !noBoilerplate;
        options.komoranModel = Options.oneOf(spec, "--komoran-model", komoranModel, AnnotateCommand.MODELS);
        int n = threads;

        List<Page> pages = load(source, options);
        if (pages.isEmpty()) {
            spec.commandLine().getErr().println("hanex bench: no readable page in " + String.join(" ", source));
            return Hanex.FATAL;
        }
        long articleChars = pages.stream().mapToLong(p -> p.article().length()).sum();
        out.printf(Locale.ROOT, "hanex bench: %d pages from %s, %d article characters (%.0f per page); "
                + "%d cores, max heap %d MB, %s%n", pages.size(), String.join(" ", source), articleChars,
            articleChars / (double) pages.size(), Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"));
        out.flush();

        UserDictionary userDictionary = UserDictionary.load(HanexPipeline.BUNDLED_USER_DICTIONARY);
        KomoranAnalyzer komoran = KomoranAnalyzer.stock(options.komoranModel, userDictionary);
        KomoranAnalyzer hanexKomoran = new KomoranAnalyzer(options.komoranModel, userDictionary);
        List<List<String>> sentences = pages.stream().map(p -> SentenceSplitter.split(p.article()).stream()
            .map(s -> p.article().substring(s.begin(), s.end())).toList()).toList();
        // Warm-up: the JIT compiler needs a few thousand documents' worth of work before the rates hold still
        // (measured with top: C2 still takes a core 30 s into a cold run).
        for (int pass = 0; pass < 10; pass++) {
            komoranAlone(komoran, sentences, 1, 0);
            komoranAlone(hanexKomoran, sentences, 1, 0);
        }
        pipeline(options, pages, Math.max(docs, warmupDocs), 1, null);
        pipeline(options, pages, docs, 1, null, false);
        // Measurements alternate, and the best of the rounds counts: on a shared machine, other programs only
        // ever make a measurement slower.
        Rate k1 = null;
        Rate kh1 = null;
        Rate kn = null;
        Rate p1 = null;
        Rate pn = null;
        Rate csvOnly = null;
        for (int round = 0; round < rounds; round++) {
            k1 = best(k1, komoranAlone(komoran, sentences, 1, seconds));
            kh1 = best(kh1, komoranAlone(hanexKomoran, sentences, 1, seconds));
            p1 = best(p1, pipeline(options, pages, docs, 1, null));
            csvOnly = best(csvOnly, pipeline(options, pages, docs, 1, null, false));
            if (n > 1) {
                kn = best(kn, komoranAlone(komoran, sentences, n, seconds));
                pn = best(pn, pipeline(options, pages, docs, n, null));
            }
            out.printf(Locale.ROOT, "  round %d (best so far): KOMORAN 1 thread %.0f chars/s, pipeline 1 thread %.0f "
                    + "chars/s%s%n", round + 1, k1.charsPerSecond(), p1.charsPerSecond(), n > 1 ? String.format(
                    Locale.ROOT, "; %d threads: %.0f and %.0f", n, kn.charsPerSecond(), pn.charsPerSecond()) : "");
            out.flush();
        }
        if (n == 1) {
            kn = k1;
            pn = p1;
        }

        out.println();
        out.printf(Locale.ROOT, "%nload average before: %.2f%n", load());
        out.printf(Locale.ROOT, "throughput (best of %d)            docs/s     chars/s  chars/CPU-s  per worker-CPU-s"
            + "  peak heap MB  max live MB%n", rounds);
        row(out, "KOMORAN as shipped, 1 thread", k1);
        row(out, "KOMORAN as shipped, " + n + " threads", kn);
        row(out, "KOMORAN as in hanex, 1 thread", kh1);
        row(out, "pipeline + writers, 1 thread", p1);
        row(out, "pipeline + writers, " + n + " threads", pn);
        row(out, "pipeline + tables, no XMI, 1 thr.", csvOnly);
        out.println();
        out.printf(Locale.ROOT, "load average after: %.2f%n", load());
        out.printf(Locale.ROOT, "pipeline / KOMORAN alone (as shipped), 1 thread: %.2f wall-clock, %.2f per process CPU-second, "
                + "%.2f per worker CPU-second   (%d threads: %.2f wall-clock)%n",
            p1.charsPerSecond() / k1.charsPerSecond(), p1.charsPerCpuSecond() / k1.charsPerCpuSecond(),
            p1.charsPerWorkerCpuSecond() / k1.charsPerWorkerCpuSecond(), n,
            pn.charsPerSecond() / kn.charsPerSecond());
        // The pipeline's own KOMORAN is faster than the stock one: this ratio shows what the rest of the pipeline
        // costs on top of its analyzer.
        out.printf(Locale.ROOT, "pipeline / KOMORAN as in hanex, 1 thread: %.2f wall-clock, %.2f per process "
                + "CPU-second, %.2f per worker CPU-second (KOMORAN as in hanex / as shipped: %.2f per worker "
                + "CPU-second)%n", p1.charsPerSecond() / kh1.charsPerSecond(),
            p1.charsPerCpuSecond() / kh1.charsPerCpuSecond(),
            p1.charsPerWorkerCpuSecond() / kh1.charsPerWorkerCpuSecond(),
            kh1.charsPerWorkerCpuSecond() / k1.charsPerWorkerCpuSecond());
        out.printf(Locale.ROOT, "speed-up with %d threads: pipeline %.2fx, KOMORAN alone %.2fx (wall-clock)%n", n,
            pn.docsPerSecond() / p1.docsPerSecond(), kn.docsPerSecond() / k1.docsPerSecond());
        if (n > 1) {
            // Work per character with N threads vs 1: where it holds, N free cores give N times the throughput.
            double efficiency = pn.charsPerCpuSecond() / p1.charsPerCpuSecond();
            out.printf(Locale.ROOT, "pipeline CPU efficiency with %d threads: %.2f (process CPU per character vs 1 "
                + "thread), i.e. %.2fx on %d free cores%n", n, efficiency, Math.min(n, n * efficiency), n);
        }
        out.flush();

        if (heapDocs > 0) {
            out.println();
            out.printf(Locale.ROOT, "live heap after a full GC, pipeline + writers, %d threads:%n", n);
            List<long[]> samples = new ArrayList<>();
            Rate heap = pipeline(options, pages, heapDocs, n, samples);
            for (long[] s : samples) {
                out.printf(Locale.ROOT, "  %,7d documents  %6.1f MB%n", s[0], s[1] / 1048576.0);
            }
            if (samples.size() >= 2) {
                long first = samples.get(0)[1];
                long last = samples.get(samples.size() - 1)[1];
                out.printf(Locale.ROOT, "  change from %,d to %,d documents: %+.1f MB (%+.1f%%); peak heap %d MB; "
                        + "%.1f docs/s%n", samples.get(0)[0], samples.get(samples.size() - 1)[0],
                    (last - first) / 1048576.0, 100.0 * (last - first) / first, heap.peakHeapBytes() >> 20,
                    heap.docsPerSecond());
            }
        }
        out.flush();
        return Hanex.OK;
    }

    private static Rate best(Rate a, Rate b) {
        return a == null || b.charsPerSecond() > a.charsPerSecond() ? b : a;
    }

    /** DIR, or the pages of the bundled corpus: corpus/html and corpus/text (not its sources and templates). */
    private List<String> sources() {
        if (dir != null) {
            return Files.isDirectory(dir) ? List.of(dir.toString()) : List.of();
        }
        List<String> pages = Stream.of("corpus/html", "corpus/text").filter(d -> Files.isDirectory(Path.of(d)))
            .toList();
        return !pages.isEmpty() ? pages : Files.isDirectory(Path.of("corpus")) ? List.of("corpus") : List.of();
    }

    private static void row(PrintWriter out, String name, Rate r) {
        out.printf(Locale.ROOT, "%-32s %8.1f %11.0f %12.0f %17.0f %13d %12d%n", name, r.docsPerSecond(),
            r.charsPerSecond(), r.charsPerCpuSecond(), r.charsPerWorkerCpuSecond(), r.peakHeapBytes() >> 20,
            r.liveHeapBytes() >> 20);
    }

    /** Reads the pages into memory and finds their article texts with the pipeline (also warming it up). */
    private static List<Page> load(List<String> source, PipelineOptions options) throws Exception {
        List<Page> pages = new ArrayList<>();
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(HanexPipeline.create(options));
        JCas jcas = engine.newJCas();
        try (InputCollector.Inputs in = InputCollector.open(source, DocumentLoader.DEFAULT_MAX_BYTES)) {
            while (in.hasNext()) {
                InputDocument doc = in.next();
                try {
                    byte[] bytes = doc.readBytes(DocumentLoader.DEFAULT_MAX_BYTES);
                    jcas.reset();
                    DocumentLoader.load(doc, bytes, jcas);
                    engine.process(jcas);
                    if (jcas.getDocumentText() != null && !jcas.getDocumentText().isBlank()) {
                        pages.add(new Page(doc, bytes, jcas.getDocumentText()));
                    }
                } catch (Exception e) {
                    // not a page the benchmark can use
                }
            }
        } finally {
            engine.destroy();
        }
        return pages;
    }

    /**
     * KOMORAN over the sentences of the articles, page after page, on {@code threads} threads, for
     * {@code seconds} (0: one pass over the pages per thread).
     */
    private static Rate komoranAlone(KomoranAnalyzer komoran, List<List<String>> pages, int threads,
        double seconds) throws Exception {
        resetPeaks();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long cpu = cpuNanos();
        try {
            List<Future<long[]>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * pages.size() / threads;
                runs.add(pool.submit(() -> {
                    long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    long docs = 0;
                    long chars = 0;
                    int i = first;
                    do {
                        for (String sentence : pages.get(i)) {
                            komoran.analyze(sentence);
                            chars += sentence.length();
                        }
                        docs++;
                        i = (i + 1) % pages.size();
                    } while (seconds > 0 ? System.nanoTime() < end : i != first);
                    return new long[] {docs, chars,
                        ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpu};
                }));
            }
            long docs = 0;
            long chars = 0;
            long threadCpu = 0;
            for (Future<long[]> run : runs) {
                docs += run.get()[0];
                chars += run.get()[1];
                threadCpu += run.get()[2];
            }
            return new Rate(docs, chars, (System.nanoTime() - start) / 1e9, (cpuNanos() - cpu) / 1e9,
                threadCpu / 1e9, peakHeap(), HEAP.maxAfterGc);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The corpus runner with its writers over {@code count} documents (the pages replicated), into a temporary
     * folder. With {@code heapSamples}, the live heap is measured after a full GC every 1,000 documents.
     */
    private static Rate pipeline(PipelineOptions options, List<Page> pages, int count, int threads,
        List<long[]> heapSamples) throws Exception {
        return pipeline(options, pages, count, threads, heapSamples, true);
    }

    private static Rate pipeline(PipelineOptions options, List<Page> pages, int count, int threads,
        List<long[]> heapSamples, boolean xmi) throws Exception {
        Path out = Files.createTempDirectory("hanex-bench");
        try {
            resetPeaks();
            CorpusRunner.Settings settings = new CorpusRunner.Settings(options, out, threads,
                DocumentLoader.DEFAULT_MAX_BYTES, xmi, false, false, false, 120);
            long[] cpu = new long[1];
            CorpusRunner runner = new CorpusRunner(settings).listener(new RunListener() {
                @Override
                public void started() {
                    cpu[0] = cpuNanos();
                }

                @Override
                public void processed(DocumentResult result, long done) {
                    if (heapSamples != null && done % 1000 == 0) {
                        heapSamples.add(new long[] {done, liveHeap()});
                    }
                }
            });
            CorpusRunner.Summary s = runner.run(new CorpusRunner.Source() {
                @Override
                public InputCollector.Inputs open() {
                    return replicated(pages, count);
                }

                @Override
                public long count() {
                    return count;
                }
            });
            long cpuUsed = cpuNanos() - cpu[0];
            long peak = peakHeap();
            return new Rate(s.processed(), s.processedChars(), s.processingMillis() / 1000.0, cpuUsed / 1e9,
                s.workerCpuMillis() / 1000.0, peak, HEAP.maxAfterGc);
        } finally {
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The pages again and again, as {@code r<k>/<doc id>}, up to {@code count} documents. */
    private static InputCollector.Inputs replicated(List<Page> pages, int count) {
        return new InputCollector.Inputs() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public InputDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Page p = pages.get(next % pages.size());
                String id = "r" + (next / pages.size()) + "/" + p.doc().docId();
                next++;
                return InputDocument.ofBytes(id, p.doc().path(), p.doc().format(), p.doc().sourceUri(),
                    p.doc().declaredCharset(), p.bytes());
            }

            @Override
            public void close() {
            }
        };
    }

    /** CPU time of the whole process. */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static final HeapWatch HEAP = new HeapWatch();

    /** The largest heap in use right after a collection since the last reset: what a phase really holds. */
    private static final class HeapWatch implements NotificationListener {
        volatile long maxAfterGc;

        HeapWatch() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                }
            }
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed)
                .sum();
            maxAfterGc = Math.max(maxAfterGc, used);
        }
    }

    private static void resetPeaks() {
        HEAP.maxAfterGc = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the peak heap use). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use after a full collection: what the run holds on to. */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
