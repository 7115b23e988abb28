package io.github.hanex.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.hanex.boilerplate.ArticleExtractor;
import io.github.hanex.boilerplate.ExtractedArticle;
import io.github.hanex.boilerplate.HtmlArticleExtractor;
import io.github.hanex.boilerplate.PageMetadata;
import io.github.hanex.boilerplate.ScrapedTextExtractor;
import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.io.input.InputCollector;
import io.github.hanex.io.input.InputDocument;
import io.github.hanex.io.input.InputRejectedException;
import io.github.hanex.io.input.TextDecoder;
import io.github.hanex.io.output.AtomicFiles;
import io.github.hanex.run.Errors;
import io.github.hanex.run.Limits;
import io.github.hanex.text.ArticleText;
import io.github.hanex.text.SourceMap;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hanex extract INPUT... -o OUT}: boilerplate removal alone, without the analyzers. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Extracts the article of .html/.htm and scraped .txt pages (directories are read recursively)",
        "and writes OUT/<doc_id>.txt (the article text exactly as the pipeline sees it: the title line first,",
        "then one paragraph a line)",
        "and OUT/<doc_id>.json (page metadata and paragraphs with kind, offsets and source offsets).",
        "Exit code: 0 all documents done, 1 some failed, 2 usage error, 3 the run could not start or finish."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output directory.")
    Path output;

    @Option(names = "--max-bytes", paramLabel = "BYTES",
        description = "Largest input accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes = DocumentLoader.DEFAULT_MAX_BYTES;

    @Spec
    CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws Exception {
        Options.check(spec, "--max-bytes", maxBytes, Limits.maxBytesProblem(maxBytes));
        PrintWriter err = spec.commandLine().getErr();
        ArticleExtractor html = new HtmlArticleExtractor();
        ArticleExtractor text = new ScrapedTextExtractor();
        int failed = 0;
        int done = 0;
        for (InputDocument doc : InputCollector.collect(inputs)) {
            try {
                TextDecoder.Decoded decoded = TextDecoder.decode(doc.readBytes(maxBytes),
                    doc.format() == InputFormat.HTML);
                ExtractedArticle article = (doc.format() == InputFormat.HTML ? html : text).extract(decoded.text());
                write(doc, decoded, article);
                done++;
            } catch (InputRejectedException | java.io.IOException | RuntimeException e) {
                failed++;
                err.println("hanex extract: " + doc.docId() + ": " + Errors.describe(e));
            }
        }
        spec.commandLine().getOut().println("extracted " + done + " documents to " + output
            + (failed > 0 ? " (" + failed + " failed)" : ""));
        return failed > 0 ? Hanex.SOME_FAILED : Hanex.OK;
    }

    private void write(InputDocument doc, TextDecoder.Decoded decoded, ExtractedArticle extracted)
        throws java.io.IOException {
        ArticleText article = extracted.article();
        AtomicFiles.write(output.resolve(doc.docId() + ".txt"),
            out -> out.write(article.text().getBytes(StandardCharsets.UTF_8)));
        ObjectNode root = JSON.createObjectNode();
        root.put("doc_id", doc.docId());
        root.put("source_uri", doc.sourceUri());
        root.put("source_format", doc.format().label());
        root.put("charset", decoded.charset());
        PageMetadata meta = extracted.metadata();
        ObjectNode m = root.putObject("metadata");
        m.put("title", meta.title());
        m.put("publisher", meta.publisher());
        m.put("published", meta.published());
        m.put("author", meta.author());
        m.put("canonical_url", meta.canonicalUrl());
        ArrayNode paragraphs = root.putArray("paragraphs");
        SourceMap map = article.sourceMap();
        for (ArticleText.Paragraph p : article.paragraphs()) {
            ObjectNode o = paragraphs.addObject();
            o.put("kind", p.kind());
            o.put("rule", p.rule());
            o.put("begin", p.begin());
            o.put("end", p.end());
            SourceMap.Span span = map.toSource(p.begin(), p.end());
            if (span != null) {
                o.put("source_begin", span.begin());
                o.put("source_end", span.end());
            }
            o.put("text", article.text().substring(p.begin(), p.end()));
        }
        AtomicFiles.write(output.resolve(doc.docId() + ".json"), out -> JSON.writeValue(out, root));
    }
}
