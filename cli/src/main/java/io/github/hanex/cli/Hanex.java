package io.github.hanex.cli;

import io.github.hanex.run.Errors;
import io.github.hanex.run.RunRefusedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hanex} command. */
@Command(name = "hanex", mixinStandardHelpOptions = true, versionProvider = Hanex.Version.class,
    description = "Rule-based information extraction for Korean news (Apache UIMA).",
    subcommands = {AnnotateCommand.class, ExtractCommand.class, EvaluateCommand.class, GoldTextCommand.class,
        BenchCommand.class, BoilerplateEvalCommand.class, BenchExtractCommand.class, CommandLine.HelpCommand.class})
public final class Hanex {

    /** Exit code: everything went well. */
    public static final int OK = 0;
    /** Exit code: the run finished, but some documents failed (see errors.csv). */
    public static final int SOME_FAILED = 1;
    /** Exit code: wrong usage (an option value out of bounds, an output folder that does not fit). */
    public static final int USAGE = 2;
    /** Exit code: the run could not start or could not finish (bad rule file, unwritable output ...). */
    public static final int FATAL = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Hanex());
        cli.setExpandAtFiles(false); // @list.txt is an input list of annotate (InputCollector), not picocli's
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("hanex: " + Errors.describe(e));
            // A refused run (the output folder or its settings do not fit) is the user's to change: a usage error.
            return e instanceof RunRefusedException ? USAGE : FATAL;
        });
        return cli.execute(args);
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Hanex.class.getPackage().getImplementationVersion();
            return new String[] {"hanex " + (v == null ? "(development build)" : v)};
        }
    }
}
