package io.github.hanex.boilerplate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An HTML page with the reference text of its article body (what a main-text extractor should return). Read from
 * either layout:
 * <ul>
 * <li>{@code NAME.html} (or {@code .htm}, {@code .html.gz}) with {@code NAME.body.txt} beside it;</li>
 * <li>{@code NAME.html} with {@code NAME.expect.json}: {@code body} (the body paragraphs), and optionally
 * {@code title}, {@code captions}, {@code subtitles}, snippets the article must contain ({@code with}), must not
 * contain ({@code without}) and must contain exactly once ({@code once});</li>
 * <li>the layout of public article-extraction benchmarks: {@code ground-truth.json} (an object of page keys, each
 * with an {@code articleBody}) and {@code html/KEY.html.gz} (or {@code .html}).</li>
 * </ul>
 *
 * @param name   the page's name
 * @param html   the page's bytes (undecoded)
 * @param body   the reference article body
 * @param expect what else the page's extraction must give, or null
 */
public record ReferencePage(String name, byte[] html, String body, Expectations expect) {

    /** What an {@code expect.json} asks of a page beside its body; lists are empty when not given. */
    public record Expectations(String title, List<String> captions, List<String> subtitles, List<String> with,
                               List<String> without, List<String> once) {
    }

    /** The ending of an expectations file beside its page. */
    public static final String EXPECT = ".expect.json";

    /** The ending of a reference body file beside its page. */
    public static final String BODY = ".body.txt";
    /** The ground-truth file of the benchmark layout. */
    public static final String GROUND_TRUTH = "ground-truth.json";

    /** Every page with a reference body in {@code dir}, in name order. */
    public static List<ReferencePage> readAll(Path dir) throws IOException {
        Path truth = dir.resolve(GROUND_TRUTH);
        return Files.isRegularFile(truth) ? readBenchmark(dir, truth) : readPairs(dir);
    }

    private static List<ReferencePage> readPairs(Path dir) throws IOException {
        List<ReferencePage> pages = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                String stem = n.endsWith(".html.gz") ? n.substring(0, n.length() - 8)
                    : n.endsWith(".html") ? n.substring(0, n.length() - 5)
                    : n.endsWith(".htm") ? n.substring(0, n.length() - 4) : null;
                Path body = stem == null ? null : f.resolveSibling(stem + BODY);
                Path expect = stem == null ? null : f.resolveSibling(stem + EXPECT);
                if (body != null && Files.isRegularFile(body)) {
                    pages.add(new ReferencePage(stem, read(f), Files.readString(body, StandardCharsets.UTF_8), null));
                } else if (expect != null && Files.isRegularFile(expect)) {
                    JsonNode e = new ObjectMapper().readTree(expect.toFile());
                    Expectations x = new Expectations(e.hasNonNull("title") ? e.get("title").asText() : null,
                        strings(e, "captions"), strings(e, "subtitles"), strings(e, "with"), strings(e, "without"),
                        strings(e, "once"));
                    pages.add(new ReferencePage(stem, read(f), String.join("\n", strings(e, "body")), x));
                }
            }
        }
        return pages;
    }

    private static List<ReferencePage> readBenchmark(Path dir, Path truth) throws IOException {
        JsonNode root = new ObjectMapper().readTree(truth.toFile());
        if (!root.isObject()) {
            throw new IOException(truth + ": expected an object of page keys");
        }
        List<ReferencePage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            Path page = dir.resolve("html").resolve(key + ".html.gz");
            if (!Files.isRegularFile(page)) {
                page = dir.resolve("html").resolve(key + ".html");
            }
            if (!Files.isRegularFile(page)) {
                throw new IOException(truth + ": no page html/" + key + ".html.gz or .html");
            }
            pages.add(new ReferencePage(key, read(page), e.getValue().path("articleBody").asText(""), null));
        }
        pages.sort((a, b) -> a.name().compareTo(b.name()));
        return pages;
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : node.path(field)) {
            out.add(s.asText());
        }
        return List.copyOf(out);
    }

    private static byte[] read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!file.getFileName().toString().endsWith(".gz")) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
