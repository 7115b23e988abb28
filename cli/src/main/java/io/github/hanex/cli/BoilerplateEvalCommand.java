package io.github.hanex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hanex.boilerplate.ExtractedArticle;
import io.github.hanex.boilerplate.HtmlArticleExtractor;
import io.github.hanex.boilerplate.MainText;
import io.github.hanex.boilerplate.ScrapedTextExtractor;
import io.github.hanex.boilerplate.eval.ExpectationScore;
import io.github.hanex.boilerplate.eval.LabelledPage;
import io.github.hanex.boilerplate.eval.LineScore;
import io.github.hanex.boilerplate.eval.ReferencePage;
import io.github.hanex.boilerplate.eval.ShingleScore;
import io.github.hanex.io.input.InputRejectedException;
import io.github.hanex.io.input.TextDecoder;
import io.github.hanex.text.ArticleText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hanex boilerplate-eval}: measures the article extractors on test sets of three kinds.
 * <ul>
 * <li>{@code --data DIR}: a main-text snippet set, {@code DIR/expectations.json} (per page: {@code file}, snippets
 * the article must contain ({@code with}) and must not contain ({@code without})) and {@code DIR/html/FILE};
 * containment is compared after folding white space;</li>
 * <li>{@code --bodies DIR}: HTML pages with reference article bodies (see {@link ReferencePage} for the layouts),
 * scored by word 4-gram shingle precision, recall and F1 as article-extraction benchmarks score them, once for the
 * main text ({@link MainText}) and once for all paragraphs (title and captions too);</li>
 * <li>{@code --lines DIR}: scraped text pages with labelled lines (see {@link LabelledPage}), scored line by
 * line.</li>
 * </ul>
 */
@Command(name = "boilerplate-eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measures boilerplate removal on test sets: main-text snippets (--data: expectations.json + html/),",
        "reference bodies (--bodies: word 4-gram shingle P/R/F1 of the main text and of all paragraphs),",
        "labelled scraped pages (--lines: line-level P/R/F1 of keeping article lines)."})
final class BoilerplateEvalCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR",
        description = "Snippet set: directory with expectations.json and html/.")
    Path data;

    @Option(names = "--bodies", paramLabel = "DIR",
        description = "Pages with reference bodies: NAME.html + NAME.body.txt or NAME.expect.json, or ground-truth.json "
            + "+ html/KEY.html.gz.")
    Path bodies;

    @Option(names = "--lines", paramLabel = "DIR",
        description = "Labelled scraped pages: NAME.labels.tsv (KEEP|DROP<TAB>line), NAME.txt + NAME.labels.tsv "
            + "(LINE_NO<TAB>KEEP|DROP), or NAME.txt + NAME.gold.txt.")
    Path lines;

    @Option(names = {"-v", "--verbose"},
        description = "List every missed and kept snippet, the pages by shingle F1, every wrong line.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final HtmlArticleExtractor html = new HtmlArticleExtractor();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (data == null && bodies == null && lines == null) {
            spec.commandLine().getErr().println("hanex boilerplate-eval: give --data, --bodies or --lines");
            return Hanex.USAGE;
        }
        for (Path dir : new Path[] {data, bodies, lines}) {
            if (dir != null && !Files.isDirectory(dir)) {
                spec.commandLine().getErr().println("hanex boilerplate-eval: " + dir + " is not a folder");
                return Hanex.USAGE;
            }
        }
        if (data != null) {
            snippets(out);
        }
        if (bodies != null) {
            shingles(out);
        }
        if (lines != null) {
            lines(out);
        }
        out.flush();
        return Hanex.OK;
    }

    private void snippets(PrintWriter out) throws Exception {
        JsonNode expectations = new ObjectMapper().readTree(data.resolve("expectations.json").toFile());
        int withTotal = 0;
        int withFound = 0;
        int withoutTotal = 0;
        int withoutAbsent = 0;
        int pages = 0;
        int perfect = 0;
        int unreadable = 0;
        for (Map.Entry<String, JsonNode> entry : expectations.properties()) {
            JsonNode page = entry.getValue();
            Path file = data.resolve("html").resolve(page.path("file").asText());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            pages++;
            String text;
            try {
                ExtractedArticle article = html.extract(TextDecoder.decode(Files.readAllBytes(file), true).text());
                text = fold(article.article().text());
            } catch (InputRejectedException e) {
                unreadable++;
                text = "";
            }
            boolean ok = true;
            for (JsonNode snippet : page.path("with")) {
                withTotal++;
                if (text.contains(fold(snippet.asText()))) {
                    withFound++;
                } else {
                    ok = false;
                    if (verbose) {
                        out.println("MISSING  " + file.getFileName() + "  " + snippet.asText());
                    }
                }
            }
            for (JsonNode snippet : page.path("without")) {
                withoutTotal++;
                if (!text.contains(fold(snippet.asText()))) {
                    withoutAbsent++;
                } else {
                    ok = false;
                    if (verbose) {
                        out.println("KEPT     " + file.getFileName() + "  " + snippet.asText());
                    }
                }
            }
            if (ok) {
                perfect++;
            }
        }
        out.printf(Locale.ROOT, "pages: %d (unreadable: %d), all snippets right on %d (%.1f%%)%n", pages, unreadable,
            perfect, 100.0 * perfect / Math.max(1, pages));
        out.printf(Locale.ROOT, "with (must contain):     %d/%d = %.3f%n", withFound, withTotal,
            (double) withFound / Math.max(1, withTotal));
        out.printf(Locale.ROOT, "without (must not contain): %d/%d = %.3f%n", withoutAbsent, withoutTotal,
            (double) withoutAbsent / Math.max(1, withoutTotal));
    }

    private record Scored(String name, ShingleScore.Page main, ShingleScore.Page all) {
    }

    private void shingles(PrintWriter out) throws Exception {
        ShingleScore.Summary main = new ShingleScore.Summary();
        ShingleScore.Summary all = new ShingleScore.Summary();
        List<Scored> scored = new ArrayList<>();
        ExpectationScore expected = new ExpectationScore();
        int withExpectations = 0;
        int unreadable = 0;
        for (ReferencePage page : ReferencePage.readAll(bodies)) {
            ArticleText article;
            try {
                article = html.extract(TextDecoder.decode(page.html(), true).text()).article();
            } catch (InputRejectedException e) {
                unreadable++;
                article = ArticleText.builder().build();
            }
            ShingleScore.Page m = ShingleScore.page(MainText.of(article), page.body());
            ShingleScore.Page a = ShingleScore.page(article.text(), page.body());
            main.add(m);
            all.add(a);
            scored.add(new Scored(page.name(), m, a));
            if (page.expect() != null) {
                withExpectations++;
                expected.add(page.name(), article, page.expect());
            }
        }
        out.printf(Locale.ROOT, "pages with reference bodies: %d (unreadable: %d); word 4-gram shingles%n",
            main.pages(), unreadable);
        out.printf(Locale.ROOT, "main text (body):  precision %.3f  recall %.3f  F1 %.3f%n", main.precision(),
            main.recall(), main.f1());
        out.printf(Locale.ROOT, "all paragraphs:    precision %.3f  recall %.3f  F1 %.3f%n", all.precision(),
            all.recall(), all.f1());
        if (withExpectations > 0) {
            out.printf(Locale.ROOT, "expectations (%d pages): title %.3f of %d, with %.3f of %d, without %.3f of %d,"
                    + " once %.3f of %d, captions recall %.3f of %d, precision %.3f%n", withExpectations,
                expected.titleAccuracy(), expected.titles(), expected.withFound(), expected.withSnippets(),
                expected.withoutAbsent(), expected.withoutSnippets(), expected.onceRight(), expected.onceSnippets(),
                expected.captionRecall(), expected.captionsExpected(), expected.captionPrecision());
        }
        if (verbose) {
            expected.errors().forEach(out::println);
            scored.sort(Comparator.comparingDouble(s -> s.main().f1()));
            for (Scored s : scored) {
                out.printf(Locale.ROOT, "F1 %.3f (P %.3f R %.3f)  all %.3f  %s%n", s.main().f1(),
                    s.main().precision(), s.main().recall(), s.all().f1(), s.name());
            }
        }
    }

    private void lines(PrintWriter out) throws Exception {
        ScrapedTextExtractor text = new ScrapedTextExtractor();
        LineScore score = new LineScore();
        List<LabelledPage> pages = LabelledPage.readAll(lines);
        for (LabelledPage page : pages) {
            score.add(page, text.extract(page.text()).article());
        }
        out.printf(Locale.ROOT, "labelled pages: %d, lines: %d (article %d)%n", pages.size(),
            score.truePositives() + score.falsePositives() + score.falseNegatives() + score.trueNegatives(),
            score.truePositives() + score.falseNegatives());
        out.printf(Locale.ROOT, "lines:  precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f%n", score.precision(),
            score.recall(), score.f1(), score.accuracy());
        if (verbose) {
            score.errors().forEach(out::println);
        }
    }

    /** White space folded to single spaces, trimmed. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
