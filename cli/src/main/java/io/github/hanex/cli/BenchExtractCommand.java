package io.github.hanex.cli;

import io.github.hanex.boilerplate.ArticleExtractor;
import io.github.hanex.boilerplate.HtmlArticleExtractor;
import io.github.hanex.boilerplate.ScrapedTextExtractor;
import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.InputCollector;
import io.github.hanex.io.input.InputDocument;
import io.github.hanex.io.input.InputRejectedException;
import io.github.hanex.io.input.TextDecoder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hanex bench-extract DIR...}: the speed of article extraction alone, on one thread. Pages are read and
 * decoded first; the timed rounds only extract. Reports megabytes of page text per second.
 */
@Command(name = "bench-extract", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measures article extraction speed on one core: decodes the pages once, then extracts them",
        "--rounds times after --warmup untimed rounds, and prints MB/s (of input bytes) and pages/s."})
final class BenchExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories of pages.")
    List<Path> inputs;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Spec
    CommandSpec spec;

    private record Page(String text, boolean html, long bytes) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Page> pages = new ArrayList<>();
        long bytes = 0;
        for (InputDocument doc : InputCollector.collect(inputs)) {
            try {
                byte[] raw = doc.readBytes(Long.MAX_VALUE / 2);
                boolean html = doc.format() == InputFormat.HTML;
                pages.add(new Page(TextDecoder.decode(raw, html).text(), html, raw.length));
                bytes += raw.length;
            } catch (InputRejectedException e) {
                // not a page the extractor would see
            }
        }
        if (pages.isEmpty()) {
            spec.commandLine().getErr().println("hanex bench-extract: no pages found");
            return Hanex.USAGE;
        }
        ArticleExtractor html = new HtmlArticleExtractor();
        ArticleExtractor text = new ScrapedTextExtractor();
        long sink = 0;
        for (int r = 0; r < warmup; r++) {
            sink += run(pages, html, text);
        }
        double best = 0;
        double total = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            sink += run(pages, html, text);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double mbs = bytes / 1e6 / seconds;
            total += seconds;
            best = Math.max(best, mbs);
            out.printf(Locale.ROOT, "round %d: %.1f MB/s, %.0f pages/s%n", r + 1, mbs, pages.size() / seconds);
        }
        out.printf(Locale.ROOT, "%d pages, %.1f MB; mean %.1f MB/s, best %.1f MB/s (one thread)%n", pages.size(),
            bytes / 1e6, bytes / 1e6 * rounds / total, best);
        out.flush();
        return sink == Long.MIN_VALUE ? Hanex.FATAL : Hanex.OK;
    }

    private static long run(List<Page> pages, ArticleExtractor html, ArticleExtractor text) {
        long n = 0;
        for (Page p : pages) {
            n += (p.html() ? html : text).extract(p.text()).article().text().length();
        }
        return n;
    }
}
