package io.github.hanex.eval.suggest;

import io.github.hanex.eval.score.EvaluationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes suggestions as one UTF-8 text file in the rule files' own syntax: every line that is not a comment is a
 * candidate line in the exact format of the file named in its group's heading, and the {@code #} lines before it
 * give its evidence. A reviewer copies the lines they accept; nothing else reads the file.
 */
public final class SuggestionFile {

    private SuggestionFile() {
    }

    /** The file's text. */
    public static String render(Suggestions.Result s, EvaluationResult r, RuleLibrary rules) {
        StringBuilder out = new StringBuilder();
        out.append("# hanex evaluate --suggest: candidate lines for the rule files, read off the errors of one")
            .append(" evaluation.\n");
        out.append("# gold: ").append(r.gold()).append("   predictions: ").append(r.predictions())
            .append("   documents: ").append(r.documents().size()).append('\n');
        out.append("# rules compared with: ").append(rules.origin()).append("   evidence: at least ")
            .append(s.minEvidence()).append(" (--suggest-min)\n");
        out.append("#\n");
        out.append("# Nothing here is applied. Review every line; copy the ones you accept into the file named in\n")
            .append("# the heading of its group (rules/<file>), or into a file of your own given to annotate with\n")
            .append("# --rules-add. Each candidate follows the comments that give its evidence. What the rule files\n")
            .append("# already list is left out (see the notes at the end).\n")
            .append("# Names and words taken from a gold file make later scores on that gold meaningless: take\n")
            .append("# them from data you do not evaluate on (a training split), and say in the list where they\n")
            .append("# come from.\n");
        if (rules.isEmpty()) {
            out.append("# The rule files were not found: nothing was checked against the lists (see --rules-dir).\n");
        }
        if (s.groups().isEmpty()) {
            out.append("\n# No candidate has enough evidence.\n");
        }
        for (Suggestions.Group g : s.groups()) {
            out.append("\n# ==== ").append(g.target()).append(" ====\n");
            out.append("# ").append(g.heading()).append('\n');
            for (Suggestions.Suggestion item : g.items()) {
                out.append('\n');
                for (String e : item.evidence()) {
                    out.append("# ").append(oneLine(e)).append('\n');
                }
                if (item.line() != null) {
                    out.append(item.line()).append('\n');
                }
            }
        }
        if (!s.notes().isEmpty()) {
            out.append("\n# ==== notes (no lines) ====\n");
            for (String n : s.notes()) {
                out.append("# - ").append(oneLine(n)).append('\n');
            }
        }
        return out.toString();
    }

    /** Writes the file atomically (a temporary file beside it, then renamed): never half-written. */
    public static void write(Path file, Suggestions.Result s, EvaluationResult r, RuleLibrary rules)
        throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, render(s, r, rules), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
