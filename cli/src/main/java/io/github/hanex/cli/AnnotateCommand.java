package io.github.hanex.cli;

import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.pipeline.PipelineOptions;
import io.github.hanex.run.CorpusRunner;
import io.github.hanex.run.Limits;
import io.github.hanex.run.ProgressReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hanex annotate INPUT... -o OUT}: the main job. */
@Command(name = "annotate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Annotates a corpus and writes OUT/xmi/<doc_id>.xmi, OUT/TypeSystem.xml,",
        "OUT/annotations.csv, OUT/documents.csv, OUT/errors.csv (and the other tables",
        "of the pipeline; OUT/documents.jsonl with --jsonl), in input order whatever",
        "the number of threads.",
        "",
        "INPUT is a file (.txt, .html/.htm, their .gz variants, a .warc/.warc.gz",
        "crawler archive), a directory (read recursively), a glob such as",
        "'crawl/**/*.html' (quote it), or @list.txt (one input per line).",
        "",
        "Runs are resumable: rerunning with the same -o skips the documents already",
        "done (kept in OUT/.hanex) and completes the rest, also after the process was",
        "killed. A document that cannot be read or processed is listed in errors.csv",
        "and the run goes on.",
        "",
        "Exit code: 0 all documents done, 1 some failed, 2 usage error, 3 the run",
        "could not start or finish."})
final class AnnotateCommand implements Callable<Integer> {
    static final List<String> ANALYZERS = List.of("komoran", "nori");
    static final List<String> MODELS = List.of("FULL", "LIGHT");

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, globs or @lists.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output directory.")
    Path output;

    @Option(names = "--no-boilerplate", description = "The inputs are clean article text: keep the whole file.")
    boolean noBoilerplate;

    @Option(names = "--analyzer", defaultValue = "komoran", paramLabel = "NAME",
        description = "Korean analyzer: komoran or nori (default: ${DEFAULT-VALUE}).")
    String analyzer;

    @Option(names = "--komoran-model", defaultValue = "FULL", paramLabel = "MODEL",
        description = "KOMORAN model: FULL or LIGHT (default: ${DEFAULT-VALUE}).")
    String komoranModel;

    @Option(names = "--user-dictionary", paramLabel = "FILE",
        description = "An extra analyzer user dictionary (WORD<TAB>POS lines); repeatable.")
    List<String> userDictionaries = List.of();

    @Option(names = "--rules-add", paramLabel = "FILE",
        description = "An extra rule file, e.g. a gazetteer (*.gaz.tsv), word classes (*.words.tsv) or"
            + " name patterns (*.patterns.tsv); repeatable. See rules/README.md.")
    List<String> rulesAdd = List.of();

    @Option(names = "--rules-off", paramLabel = "NAME",
        description = "Leave out a bundled rule file, by name (e.g. people.gaz.tsv or ner/people.gaz.tsv);"
            + " repeatable.")
    List<String> rulesOff = List.of();

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
        description = "Worker threads, one pipeline each (default: the number of cores, ${DEFAULT-VALUE}; at most 4 per "
            + "core and one per 64 MB of heap).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "BYTES",
        description = "Largest input accepted, after gunzip, at most 1 GiB (default: ${DEFAULT-VALUE}).")
    long maxBytes = DocumentLoader.DEFAULT_MAX_BYTES;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS",
        description = "Fail a document that takes longer and restart its pipeline; 0 for no limit "
            + "(default: ${DEFAULT-VALUE}).")
    double docTimeout = 120;

    @Option(names = "--follow-links", description = "Follow symbolic links in input folders wherever they point "
        + "(by default only to files and folders inside the input folder; others are listed in errors.csv).")
    boolean followLinks;

    @Option(names = "--no-xmi", description = "Do not write XMI files (tables only).")
    boolean noXmi;

    @Option(names = "--jsonl", description = "Also write OUT/documents.jsonl: one JSON object per document "
        + "(metadata, article text, annotations).")
    boolean jsonl;

    @Option(names = {"--fresh", "--force"}, description = "Start over: delete the outputs of earlier runs in OUT.")
    boolean fresh;

    @Option(names = "--retry-failed", description = "Process again the documents that failed in earlier runs.")
    boolean retryFailed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Options.check(spec, "--threads", threads, Limits.threadsProblem(threads));
        Options.check(spec, "--max-bytes", maxBytes, Limits.maxBytesProblem(maxBytes));
        Options.check(spec, "--doc-timeout", docTimeout, Limits.docTimeoutProblem(docTimeout));
        PipelineOptions options = new PipelineOptions();
        options.boilerplate = !noBoilerplate;
        options.analyzer = Options.oneOf(spec, "--analyzer", analyzer, ANALYZERS);
        options.komoranModel = Options.oneOf(spec, "--komoran-model", komoranModel, MODELS);
        options.userDictionaries.addAll(userDictionaries);
        options.rulesAdd.addAll(rulesAdd);
        options.rulesOff.addAll(rulesOff);
        CorpusRunner.Settings settings = new CorpusRunner.Settings(options, output, threads, maxBytes,
            !noXmi, jsonl, fresh, retryFailed, docTimeout, followLinks);
        // Ctrl-C or a kill: what is in the journal is kept; say how to go on.
        Thread resumeHint = new Thread(() -> System.err.println("hanex: interrupted; run the same command again to "
            + "complete " + output + " (documents done so far are kept)"));
        Runtime.getRuntime().addShutdownHook(resumeHint);
        try {
            CorpusRunner.Summary summary = new CorpusRunner(settings).listener(new ProgressReport()).run(inputs);
            return summary.failed() > 0 ? Hanex.SOME_FAILED : Hanex.OK;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(resumeHint);
            } catch (IllegalStateException e) {
                // already shutting down: the hint is printed
            }
        }
    }
}
