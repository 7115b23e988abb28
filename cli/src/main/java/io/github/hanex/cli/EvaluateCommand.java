package io.github.hanex.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.TypeMap;
import io.github.hanex.eval.event.EventFiles;
import io.github.hanex.eval.gold.BioMentions;
import io.github.hanex.eval.gold.GoldFormat;
import io.github.hanex.eval.gold.Predictions;
import io.github.hanex.eval.report.ConsoleReport;
import io.github.hanex.eval.report.EventReports;
import io.github.hanex.eval.report.HtmlReport;
import io.github.hanex.eval.report.JsonReport;
import io.github.hanex.eval.score.EvaluationOptions;
import io.github.hanex.eval.score.EvaluationResult;
import io.github.hanex.eval.score.EventEvaluationResult;
import io.github.hanex.eval.score.EventEvaluator;
import io.github.hanex.eval.score.Evaluator;
import io.github.hanex.eval.suggest.RuleLibrary;
import io.github.hanex.eval.suggest.SuggestionFile;
import io.github.hanex.eval.suggest.Suggestions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hanex evaluate --gold G --pred P}: precision, recall and F1 of predictions against a gold file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores predictions against gold annotations: precision, recall and F1 per type, micro and macro,",
        "under strict (same span) and lenient (overlap) one-to-one matching; Money value/qualifier and",
        "EventTrigger modality accuracy; bootstrap intervals over documents; every error with its context;",
        "a table of rules by false positives and precision; missed mentions counted by context.",
        "Gold: the project CSV (begin/end or source_begin/source_end offsets), XMI, CoNLL BIO, inline tags.",
        "Predictions: an annotate output directory or an annotations CSV. See docs/evaluation.md.",
        "--events-gold scores event arguments (participants, amount, date, place) and modality per aligned event."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "G",
        description = "Gold file or directory (needed unless --events-gold is given).")
    Path gold;

    @Option(names = "--events-gold", paramLabel = "E",
        description = "Gold events CSV (corpus/gold/events.csv columns): also score event arguments per role "
            + "(participants, amount, date, place) and modality against the predictions' events.csv.")
    Path eventsGold;

    @Option(names = "--pred", required = true, paramLabel = "P",
        description = "Predictions: an annotate output directory or an annotations CSV file.")
    Path pred;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
        description = "Gold format: csv, xmi, bio, inline or auto (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--map", paramLabel = "NAME=Type,...",
        description = "Gold type names to hanex types, added to the defaults (PS/PER=Person, OG/ORG=Organization, "
            + "LC/LOC=Location, DT/DAT=Date); NAME= drops a type. Unmapped gold types are ignored.")
    String map;

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
        description = "Score only these types (default: the gold tag set for BIO/inline gold, else all types seen).")
    List<String> types;

    @Option(names = "--offsets", defaultValue = "auto", paramLabel = "WHICH",
        description = "Gold offsets to match on: auto (begin/end if given, else source_begin/source_end), article "
            + "or source (default: ${DEFAULT-VALUE}).")
    String offsets;

    @Option(names = "--bio-level", defaultValue = "auto", paramLabel = "LEVEL",
        description = "BIO gold: token (tokens joined by spaces), char, or auto (default: ${DEFAULT-VALUE}).")
    String bioLevel;

    @Option(names = "--gold-docs-only",
        description = "Ignore predictions for documents the gold does not contain.")
    boolean goldDocsOnly;

    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "N",
        description = "Bootstrap resamples over documents; 0 turns it off (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED",
        description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "LEVEL",
        description = "Confidence level of the intervals (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--context", defaultValue = "30", paramLabel = "CHARS",
        description = "Characters of context on each side of an error (default: ${DEFAULT-VALUE}).")
    int context;

    @Option(names = "--errors", defaultValue = "20", paramLabel = "N",
        description = "Errors listed on the console (all of them go to --json and --html; default: ${DEFAULT-VALUE}).")
    int consoleErrors;

    @Option(names = "--rules", defaultValue = "15", paramLabel = "N",
        description = "Rules with false positives listed on the console, most false positives first (all rules go "
            + "to --json and --html; default: ${DEFAULT-VALUE}).")
    int consoleRules;

    @Option(names = "--suggest", paramLabel = "FILE",
        description = "Write candidate lines for the rule files, read off the errors (titles, roles, suffixes, "
            + "gazetteer names, stop words, rules to disable), each with its evidence, for a person to review.")
    Path suggest;

    @Option(names = "--suggest-min", defaultValue = "2", paramLabel = "N",
        description = "Least evidence (mentions, or names for a suffix) of a suggestion (default: ${DEFAULT-VALUE}).")
    int suggestMin;

    @Option(names = "--rules-dir", paramLabel = "DIR",
        description = "The rules folder the predictions were made with, to quote rule lines and leave out what is "
            + "listed (default: the bundled rules).")
    Path rulesDir;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the full evaluation as JSON.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML report.")
    Path html;

    @Override
    public Integer call() throws Exception {
        TypeMap typeMap;
        GoldFormat goldFormat;
        BioMentions.Level level;
        Anchor anchor;
        try {
            typeMap = TypeMap.parse(map);
            goldFormat = GoldFormat.parse(format);
            level = BioMentions.Level.valueOf(bioLevel.toUpperCase(Locale.ROOT));
            anchor = switch (offsets.toLowerCase(Locale.ROOT)) {
                case "auto" -> null;
                case "article" -> Anchor.ARTICLE;
                case "source" -> Anchor.SOURCE;
                default -> throw new IllegalArgumentException("--offsets must be auto, article or source");
            };
            if (resamples < 0 || confidence <= 0 || confidence >= 1 || context < 0 || consoleErrors < 0
                || consoleRules < 0) {
                throw new IllegalArgumentException("--bootstrap, --context, --errors and --rules must be >= 0,"
                    + " --confidence in (0, 1)");
            }
            if (suggestMin < 1) {
                throw new IllegalArgumentException("--suggest-min must be at least 1");
            }
            if (suggest != null && gold == null) {
                throw new IllegalArgumentException("--suggest needs --gold (it reads the mention errors)");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (gold == null && eventsGold == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --gold, --events-gold or both");
        }
        for (Path input : new Path[] {gold, eventsGold, pred}) {
            requireReadable(input);
        }
        EvaluationResult result = null;
        if (gold != null) {
            if (goldFormat == null) {
                goldFormat = GoldFormat.detect(gold);
            }
            MentionSet goldSet = goldFormat.read(gold, typeMap, level);
            requireDocuments(goldSet);
            MentionSet predSet = Predictions.read(pred, typeMap);
            EvaluationOptions options = new EvaluationOptions(types, anchor, goldDocsOnly, resamples, seed,
                confidence, context);
            result = Evaluator.evaluate(goldSet, predSet, options);
            ConsoleReport.print(result, spec.commandLine().getOut(), consoleErrors, consoleRules);
            if (suggest != null) {
                RuleLibrary rules = rulesDir != null ? RuleLibrary.directory(rulesDir) : RuleLibrary.bundled();
                Suggestions.Result suggestions = Suggestions.of(result, goldSet, predSet, rules, suggestMin);
                SuggestionFile.write(suggest, suggestions, result, rules);
                spec.commandLine().getOut().printf("%n%d candidate rule lines in %d groups, %d notes: %s%n",
                    suggestions.lines(), suggestions.groups().size(), suggestions.notes().size(), suggest);
            }
        }
        EventEvaluationResult events = null;
        if (eventsGold != null) {
            if (result != null) {
                spec.commandLine().getOut().println();
            }
            events = EventEvaluator.evaluate(EventFiles.read(eventsGold), EventFiles.read(pred), goldDocsOnly);
            EventReports.print(events, spec.commandLine().getOut(), consoleErrors);
        }
        if (json != null) {
            createParent(json);
            ObjectNode root = result != null ? JsonReport.toJson(result) : new ObjectMapper().createObjectNode();
            if (events != null) {
                root.set("events", EventReports.toJson(events));
            }
            try (OutputStream out = Files.newOutputStream(json)) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, root);
            }
        }
        if (html != null) {
            createParent(html);
            String page = result == null ? EventReports.htmlPage(events)
                : HtmlReport.render(result, events == null ? "" : EventReports.htmlSection(events));
            Files.writeString(html, page, StandardCharsets.UTF_8);
        }
        return Hanex.OK;
    }

    /** A missing or unreadable input is said in plain words (exit 3), before any reader trips over it. */
    private static void requireReadable(Path input) throws IOException {
        if (input == null) {
            return;
        }
        if (!Files.exists(input)) {
            throw new IOException(input + ": no such file or directory");
        }
        if (!Files.isReadable(input)) {
            throw new IOException(input + ": cannot be read (permission denied)");
        }
    }

    /**
     * A gold set without a single document scores nothing: every file or row of it was skipped (or it is empty).
     * That is no evaluation, so it fails (exit 3) with the reasons, instead of printing zeros.
     */
    private void requireDocuments(MentionSet goldSet) throws IOException {
        if (!goldSet.documents().isEmpty()) {
            return;
        }
        List<String> why = goldSet.warnings();
        throw new IOException(gold + ": no gold document could be read" + (why.isEmpty() ? " (the gold is empty)"
            : "; " + why.size() + " problem(s), e.g.: " + String.join("; ", why.subList(0, Math.min(3, why.size())))));
    }

    private static void createParent(Path file) throws java.io.IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
