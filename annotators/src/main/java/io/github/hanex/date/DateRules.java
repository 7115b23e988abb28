package io.github.hanex.date;

import io.github.hanex.resource.RuleFileReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Date expression rules, read from lines {@code RESOLUTION<TAB>REGEX}. The regular expression (Java syntax)
 * may capture named groups {@code y}, {@code m} and {@code d}. The resolution says how the groups combine
 * with the reference date (the publication date): an anchor {@code abs} (the groups alone), {@code year+N},
 * {@code month+N} or {@code day+N} (N may be negative), optionally followed by a direction for the parts the
 * expression leaves out: {@code nearest} (default), {@code past} or {@code future}. {@code 지난 7월} is
 * {@code abs past} with group m; {@code 내달} is {@code month+1}.
 */
public final class DateRules {

    /** How to turn a match into a date. */
    public enum Direction { NEAREST, PAST, FUTURE }

    /** One rule line. */
    public record Rule(Pattern pattern, String anchor, int offset, Direction direction, String id) {

        /**
         * The ISO date of a match ({@code 2025}, {@code 2025-07}, {@code 2025-07-23}) against {@code reference},
         * which may be null; empty when it cannot be resolved, null when the match is not a valid date.
         */
        public String resolve(Matcher m, LocalDate reference) {
            Integer y = group(m, "y");
            Integer mo = group(m, "m");
            Integer d = group(m, "d");
            if (y != null && y < 100) {
                y += 2000;
            }
            if (y != null && (y < 1900 || y > 2100) || mo != null && (mo < 1 || mo > 12)
                || d != null && (d < 1 || d > 31)) {
                return null;
            }
            try {
                switch (anchor) {
                    case "year" -> {
                        if (reference == null) {
                            return "";
                        }
                        return format(reference.getYear() + offset, mo, mo == null ? null : d);
                    }
                    case "month" -> {
                        if (reference == null) {
                            return "";
                        }
                        YearMonth ym = YearMonth.from(reference).plusMonths(offset);
                        return format(ym.getYear(), ym.getMonthValue(), d);
                    }
                    case "day" -> {
                        return reference == null ? "" : reference.plusDays(offset).toString();
                    }
                    default -> {
                        return absolute(y, mo, d, reference);
                    }
                }
            } catch (DateTimeException e) {
                return null;
            }
        }

        private String absolute(Integer y, Integer mo, Integer d, LocalDate reference) {
            if (y != null) {
                return format(y, mo, mo == null ? null : d);
            }
            if (mo != null) {
                if (reference == null) {
                    return validate(2000, mo, d) ? "" : null;
                }
                YearMonth ref = YearMonth.from(reference);
                YearMonth best = null;
                for (int dy = -1; dy <= 1; dy++) {
                    YearMonth c = YearMonth.of(ref.getYear() + dy, mo);
                    if (d != null && !c.isValidDay(d)) {
                        continue;
                    }
                    LocalDate date = d == null ? null : c.atDay(d);
                    long distance = d == null ? ref.until(c, java.time.temporal.ChronoUnit.MONTHS)
                        : reference.until(date, java.time.temporal.ChronoUnit.DAYS);
                    best = pick(best, c, distance, reference, ref, d);
                }
                return best == null ? null : format(best.getYear(), best.getMonthValue(), d);
            }
            if (d != null) {
                if (reference == null) {
                    return d <= 31 ? "" : null;
                }
                YearMonth ref = YearMonth.from(reference);
                YearMonth best = null;
                for (int dm = -1; dm <= 1; dm++) {
                    YearMonth c = ref.plusMonths(dm);
                    if (!c.isValidDay(d)) {
                        continue;
                    }
                    long distance = reference.until(c.atDay(d), java.time.temporal.ChronoUnit.DAYS);
                    best = pick(best, c, distance, reference, ref, d);
                }
                return best == null ? null : format(best.getYear(), best.getMonthValue(), d);
            }
            return null;
        }

        /** Keeps the candidate month that fits the direction best; distance is signed (future positive). */
        private YearMonth pick(YearMonth best, YearMonth candidate, long distance, LocalDate reference,
                               YearMonth ref, Integer d) {
            if (direction == Direction.PAST && distance > 0 || direction == Direction.FUTURE && distance < 0) {
                return best;
            }
            if (best == null) {
                return candidate;
            }
            long bestDistance = d == null ? ref.until(best, java.time.temporal.ChronoUnit.MONTHS)
                : reference.until(best.atDay(d), java.time.temporal.ChronoUnit.DAYS);
            // Nearest in time; on a tie the earlier one (news reports more often than it announces).
            return Math.abs(distance) < Math.abs(bestDistance) ? candidate : best;
        }
    }

    private final List<Rule> rules;

    private DateRules(List<Rule> rules) {
        this.rules = Collections.unmodifiableList(rules);
    }

    public static DateRules load(String location) {
        return parse(RuleFileReader.read(location));
    }

    static DateRules parse(List<RuleFileReader.Line> lines) {
        List<Rule> rules = new ArrayList<>();
        for (RuleFileReader.Line line : lines) {
            String[] f = line.fields(2, "RESOLUTION<TAB>REGEX");
            String[] res = f[0].toLowerCase(Locale.ROOT).split("\\s+");
            String anchor;
            int offset = 0;
            Matcher am = Pattern.compile("(abs|year|month|day)([+-]\\d+)?").matcher(res[0]);
            if (!am.matches() || am.group(1).equals("abs") && am.group(2) != null
                || !am.group(1).equals("abs") && am.group(2) == null) {
                throw line.error("resolution must start with abs, year+N, month+N or day+N: '" + f[0] + "'");
            }
            anchor = am.group(1);
            if (am.group(2) != null) {
                offset = Integer.parseInt(am.group(2).replace("+", ""));
            }
            Direction direction = Direction.NEAREST;
            if (res.length > 1) {
                try {
                    direction = Direction.valueOf(res[1].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw line.error("direction must be nearest, past or future: '" + res[1] + "'");
                }
            }
            if (res.length > 2 || f.length > 2) {
                throw line.error("expected RESOLUTION<TAB>REGEX, got: " + line.text());
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(f[1]);
            } catch (PatternSyntaxException e) {
                throw line.error("bad regular expression: " + e.getDescription());
            }
            rules.add(new Rule(pattern, anchor, offset, direction, line.ruleId()));
        }
        return new DateRules(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    private static Integer group(Matcher m, String name) {
        // Asking a matcher for a group its pattern lacks throws, which is slow: most rules lack one of y, m, d.
        if (!m.pattern().pattern().contains("(?<" + name + ">")) {
            return null;
        }
        try {
            String v = m.group(name);
            return v == null ? null : Integer.valueOf(v);
        } catch (IllegalArgumentException e) {
            return null; // no such group in this rule
        }
    }

    private static boolean validate(int y, Integer mo, Integer d) {
        return d == null || YearMonth.of(y, mo).isValidDay(d) || mo == 2 && d == 29;
    }

    private static String format(int y, Integer mo, Integer d) {
        if (mo == null) {
            return pad(y, 4);
        }
        if (d == null) {
            return pad(y, 4) + "-" + pad(mo, 2);
        }
        return LocalDate.of(y, mo, d).toString();
    }

    /** {@code String.format("%0<width>d", value)}, without parsing a format for every date. */
    private static String pad(int value, int width) {
        if (value < 0) {
            return String.format(Locale.ROOT, "%0" + width + "d", value);
        }
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
