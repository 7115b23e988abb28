package io.github.hanex.cli;

import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.TypeMap;
import io.github.hanex.eval.gold.BioMentions;
import io.github.hanex.eval.gold.GoldFormat;
import io.github.hanex.eval.gold.GoldTexts;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hanex gold-text --gold G -o DIR}: the plain text of each gold sentence, ready to annotate. */
@Command(name = "gold-text", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Writes the plain text of each document of a BIO, inline-tag or XMI gold file as DIR/<doc_id>.txt",
        "(sentence n of ner.dev is ner.dev#n.txt), so that the two steps",
        "  hanex gold-text --gold ner.dev -o sents/ && hanex annotate --no-boilerplate sents/ -o out/",
        "  hanex evaluate --gold ner.dev --pred out/",
        "score the extractors on exactly the gold's text."})
final class GoldTextCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "G", description = "Gold file or directory.")
    Path gold;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
        description = "Gold format: bio, inline, xmi or auto (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--bio-level", defaultValue = "auto", paramLabel = "LEVEL",
        description = "BIO gold: token (tokens joined by spaces), char, or auto (default: ${DEFAULT-VALUE}).")
    String bioLevel;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory.")
    Path output;

    @Override
    public Integer call() throws Exception {
        GoldFormat goldFormat;
        BioMentions.Level level;
        try {
            goldFormat = GoldFormat.parse(format);
            level = BioMentions.Level.valueOf(bioLevel.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (goldFormat == null) {
            goldFormat = GoldFormat.detect(gold);
        }
        MentionSet set = goldFormat.read(gold, TypeMap.defaults(), level);
        int n = GoldTexts.write(set, output);
        spec.commandLine().getOut().printf("%d documents written to %s%n", n, output);
        spec.commandLine().getOut().flush();
        return Hanex.OK;
    }
}
