package io.github.hanex.date;

import io.github.hanex.resource.Locations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates pages write (ISO 8601, {@code 2025.03.02 10:21}, {@code 2025년 3월 2일 오후 3:05},
 * {@code March 2, 2025}, RFC 1123, {@code 20250302}) and writes them as ISO 8601: {@code 2025-03-02},
 * {@code 2025-03-02T15:05}, {@code 2025-03-02T15:05:00+09:00}. The forms are date rules as {@link DateAnnotator}'s
 * ({@link DateRules}, file {@code rules/dates/timestamps.tsv}): one reader and one place for how dates are written.
 * Unlike the annotator's, these rules are tried in order on the first match of each, and the first whose match
 * has a day decides; a month or day out of range then means no date, a time out of range no time.
 */
public final class Timestamps {

    /** The bundled forms. */
    public static final String BUNDLED = Locations.BUNDLED_RULES + "dates/timestamps.tsv";

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final List<DateRules.Rule> rules;
    /** By rule: the named groups its pattern has (asking a matcher for another one throws). */
    private final List<List<String>> groups = new ArrayList<>();
    /** By rule: where its matches can start (null: anywhere), so a search skips the other positions. */
    private final List<MatchStarts> matchStarts;
    private final MatchStarts.Table firstChars;

    private Timestamps(DateRules rules) {
        this.rules = rules.rules();
        for (DateRules.Rule rule : this.rules) {
            List<String> names = new ArrayList<>();
            Matcher m = GROUP_NAME.matcher(rule.pattern().pattern());
            while (m.find()) {
                names.add(m.group(1));
            }
            groups.add(names);
        }
        matchStarts = this.rules.stream().map(rule -> MatchStarts.of(rule.pattern())).toList();
        firstChars = new MatchStarts.Table(matchStarts);
    }

    /** The forms of a rule file (see {@link DateRules}; the resolutions are not used). */
    public static Timestamps load(String location) {
        return new Timestamps(DateRules.load(location));
    }

    /** The bundled forms, read once. */
    public static Timestamps bundled() {
        return Bundled.INSTANCE;
    }

    /** The first date in {@code text} as ISO 8601 by the bundled forms, or null when there is none. */
    public static String toIso(String text) {
        return bundled().read(text);
    }

    /** The first date in {@code text} as ISO 8601, or null when there is none. */
    public String read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        // Every form needs a year (19xx, 20xx), and most lines have none.
        if (!hasYear(s)) {
            return null;
        }
        int[] counts = new int[rules.size()];
        int[][] firsts = firstChars.firsts(s, counts);
        for (int r = 0; r < rules.size(); r++) {
            Matcher m = firstMatch(r, s, firsts, counts);
            if (m == null) {
                continue;
            }
            List<String> names = groups.get(r);
            String day = first(m, names, "d", "d2");
            if (day == null) {
                continue; // a month and year only: the next form may find a whole date
            }
            return format(group(m, names, "y"), group(m, names, "m"), day, group(m, names, "hour"),
                group(m, names, "minute"), group(m, names, "second"), first(m, names, "ampm", "ampm2"),
                group(m, names, "zone"));
        }
        return null;
    }

    /**
     * Whether {@code text} begins with a date by the bundled forms (after at most {@value #LEAD} other characters: a
     * bullet, a dash): "12 July 2024: Opening night", "2025.03.10 온라인 설명회". A form's first match must begin
     * there and have a day; its numbers are not checked.
     */
    public static boolean startsWithDate(String text) {
        return bundled().startsWith(text);
    }

    /** How many characters may come before a date that begins a text. */
    private static final int LEAD = 3;

    /** Whether {@code text} begins with a date (see {@link #startsWithDate}). */
    public boolean startsWith(String text) {
        if (text == null) {
            return false;
        }
        String s = text.strip();
        if (!hasYear(s)) {
            return false;
        }
        int[] counts = new int[rules.size()];
        int[][] firsts = firstChars.firsts(s, counts);
        for (int r = 0; r < rules.size(); r++) {
            Matcher m = firstMatch(r, s, firsts, counts);
            if (m != null && m.start() <= LEAD && first(m, groups.get(r), "d", "d2") != null) {
                return true;
            }
        }
        return false;
    }

    /** The first match of rule {@code r} in {@code s}, or null. */
    private Matcher firstMatch(int r, String s, int[][] firsts, int[] counts) {
        MatchStarts starts = matchStarts.get(r);
        Matcher m = rules.get(r).pattern().matcher(s);
        boolean found = starts == null ? m.find() : firsts[r] != null && starts.find(m, s, firsts[r], counts[r], 0);
        return found ? m : null;
    }

    private static String group(Matcher m, List<String> names, String name) {
        return names.contains(name) ? m.group(name) : null;
    }

    private static String first(Matcher m, List<String> names, String name, String second) {
        String value = group(m, names, name);
        return value != null ? value : group(m, names, second);
    }

    /** Whether {@code s} holds 19 or 20 and two more digits: the year every form needs. */
    private static boolean hasYear(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            if ((c == '1' && next == '9' || c == '2' && next == '0') && isDigit(s.charAt(i + 2))
                && isDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** The digits of {@code \d} (ASCII only, as the patterns use it). */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A month as a number: written as one, or as an English month name; 0 when it is neither. */
    private static int month(String month) {
        if (!month.isEmpty() && month.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(month);
        }
        return month.length() < 3 ? 0 : MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /** {@code value} in {@code width} digits with leading zeros ({@code %02d}); value is never negative here. */
    private static void pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    private static String format(String year, String month, String day, String hour, String minute, String second,
        String ampm, String zone) {
        int y = Integer.parseInt(year);
        int mo = month(month);
        int d = Integer.parseInt(day);
        if (mo < 1 || mo > 12 || d < 1 || d > 31) {
            return null;
        }
        StringBuilder out = new StringBuilder(25);
        pad(out, y, 4);
        out.append('-');
        pad(out, mo, 2);
        out.append('-');
        pad(out, d, 2);
        if (hour == null || minute == null) {
            return out.toString();
        }
        int h = Integer.parseInt(hour);
        int mi = Integer.parseInt(minute);
        if (ampm != null) {
            String a = ampm.toLowerCase(Locale.ROOT);
            boolean pm = a.startsWith("p") || a.equals("오후");
            if (pm && h < 12) {
                h += 12;
            } else if (!pm && h == 12) {
                h = 0;
            }
        }
        if (h > 23 || mi > 59) {
            return out.toString();
        }
        out.append('T');
        pad(out, h, 2);
        out.append(':');
        pad(out, mi, 2);
        if (second != null) {
            out.append(':');
            pad(out, Math.min(59, Integer.parseInt(second)), 2);
        }
        if (zone != null) {
            String z = zone.toUpperCase(Locale.ROOT);
            if (second == null) {
                out.append(":00");
            }
            switch (z) {
                case "Z", "UTC", "GMT" -> out.append('Z');
                case "KST" -> out.append("+09:00");
                default -> out.append(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z);
            }
        }
        return out.toString();
    }

    /** Holder of the bundled forms, read on first use. */
    private static final class Bundled {
        static final Timestamps INSTANCE = load(BUNDLED);
    }
}
