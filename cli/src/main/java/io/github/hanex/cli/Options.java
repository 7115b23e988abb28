package io.github.hanex.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values before a command does anything: a bad value is a usage error (exit 2) with a reason. */
final class Options {

    private Options() {
    }

    /** Fails with {@code option value: problem} when there is a problem (null: none). */
    static void check(CommandSpec spec, String option, Object value, String problem) {
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), option + " " + format(value) + ": " + problem);
        }
    }

    /** Fails unless {@code value} is a positive whole number. */
    static void positive(CommandSpec spec, String option, long value) {
        check(spec, option, value, value >= 1 ? null : "must be 1 or more");
    }

    /** The allowed value {@code value} names (ignoring case), or a usage error listing them. */
    static String oneOf(CommandSpec spec, String option, String value, List<String> allowed) {
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value.strip())) {
                return a;
            }
        }
        throw new ParameterException(spec.commandLine(), option + " " + value + ": must be one of "
            + String.join(", ", allowed));
    }

    private static String format(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.format(Locale.ROOT, "%.0f", d);
        }
        return String.valueOf(value);
    }
}
