package io.github.hanex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hanex.boilerplate.ExtractedArticle;
import io.github.hanex.boilerplate.HtmlArticleExtractor;
import io.github.hanex.io.input.InputRejectedException;
import io.github.hanex.io.input.TextDecoder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hanex boilerplate-eval --data DIR}: measures the HTML article extractor on a main-text test set laid out as
 * {@code DIR/expectations.json} (per page: {@code file}, snippets the article must contain ({@code with}) and must
 * not contain ({@code without})) and {@code DIR/html/FILE}. Containment is compared after folding white space.
 */
@Command(name = "boilerplate-eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measures boilerplate removal on a main-text test set (expectations.json + html/):",
        "the share of 'with' snippets found in the extracted article and of 'without' snippets kept out."})
final class BoilerplateEvalCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "Directory with expectations.json and html/.")
    Path data;

    @Option(names = {"-v", "--verbose"}, description = "List every missed snippet.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        JsonNode expectations = new ObjectMapper().readTree(data.resolve("expectations.json").toFile());
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
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
                String html = TextDecoder.decode(Files.readAllBytes(file), true).text();
                ExtractedArticle article = extractor.extract(html);
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
        out.flush();
        return Hanex.OK;
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
