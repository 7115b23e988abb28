package io.github.hanex.boilerplate;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates pages write (ISO 8601, {@code 2025.03.02 10:21}, {@code 2025년 3월 2일 오후 3:05},
 * {@code March 2, 2025}, RFC 1123, {@code 20250302}) and writes them as ISO 8601: {@code 2025-03-02},
 * {@code 2025-03-02T15:05}, {@code 2025-03-02T15:05:00+09:00}.
 */
public final class Dates {

    private static final Pattern NUMERIC = Pattern.compile(
        "(?<!\\d)((?:19|20)\\d\\d)\\s*(?:[-./년]\\s*)(\\d{1,2})\\s*(?:[-./월]\\s*)(\\d{1,2})(?!\\d)\\s*[.일]?"
            + "(?:\\s*\\([^)]{1,4}\\))?"
            + "(?:[T\\s]*(오전|오후|AM|PM|am|pm)?\\s*(\\d{1,2})\\s*[:시]\\s*(\\d{2})(?:\\s*[:분]\\s*(\\d{2})(?:\\.\\d+)?)?"
            + "\\s*(am|pm|AM|PM)?\\s*(Z|[+-]\\d{2}:?\\d{2}|KST|UTC|GMT)?)?");
    private static final Pattern COMPACT = Pattern.compile(
        "(?<!\\d)((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:[T ]?(\\d\\d)(\\d\\d)(\\d\\d)?)?(?!\\d)");
    private static final Pattern ENGLISH = Pattern.compile(
        "(?i)(?:(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
            + "\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d\\d)"
            + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?"
            + "\\s*(Z|[+-]\\d{2}:?\\d{2}|GMT|UTC)?)?");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private Dates() {
    }

    /** The first date in {@code text} as ISO 8601, or null when there is none. */
    public static String toIso(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        // Every pattern needs a year (19xx, 20xx), and the numeric ones begin with it: they are tried only where
        // one is, and most lines have none.
        int[] years = yearPositions(s);
        if (years.length == 0) {
            return null;
        }
        Matcher m = NUMERIC.matcher(s);
        if (lookingAtAny(m, years, s.length())) {
            String zone = m.group(9);
            String ampm = m.group(4) != null ? m.group(4) : m.group(8);
            return format(m.group(1), m.group(2), m.group(3), m.group(5), m.group(6), m.group(7), ampm, zone);
        }
        m = ENGLISH.matcher(s);
        if (hasMonthName(s) && m.find()) {
            String day = m.group(1) != null ? m.group(1) : m.group(3);
            if (day != null) {
                int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) / 3 + 1;
                return format(m.group(4), String.valueOf(month), day, m.group(5), m.group(6), m.group(7),
                    m.group(8), m.group(9));
            }
        }
        m = COMPACT.matcher(s);
        if (lookingAtAny(m, years, s.length())) {
            return format(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null, null);
        }
        return null;
    }

    /**
     * Whether {@code text} begins with a date (after at most {@value #LEAD} other characters: a bullet, a dash):
     * "12 July 2024: Opening night", "2025.03.10 온라인 설명회".
     */
    static boolean startsWithDate(String text) {
        String s = text.strip();
        int[] years = yearPositions(s);
        if (years.length == 0) {
            return false;
        }
        int[] early = Arrays.stream(years).filter(y -> y <= LEAD).toArray();
        if (early.length > 0 && (lookingAtAny(NUMERIC.matcher(s), early, s.length())
            || lookingAtAny(COMPACT.matcher(s), early, s.length()))) {
            return true;
        }
        if (!hasMonthName(s)) {
            return false;
        }
        Matcher m = ENGLISH.matcher(s);
        return m.find() && m.start() <= LEAD && (m.group(1) != null || m.group(3) != null);
    }

    private static final int LEAD = 3;

    /** Where {@code s} holds 19 or 20 and two more digits, ascending: the year all three patterns need. */
    private static int[] yearPositions(String s) {
        int[] years = new int[0];
        for (int i = 0; i + 3 < s.length(); i++) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            if ((c == '1' && next == '9' || c == '2' && next == '0') && isDigit(s.charAt(i + 2))
                && isDigit(s.charAt(i + 3))) {
                years = Arrays.copyOf(years, years.length + 1);
                years[years.length - 1] = i;
            }
        }
        return years;
    }

    /**
     * Whether {@code m}'s pattern matches at one of {@code starts}, the first such match being the one
     * {@link Matcher#find()} finds when no match can start elsewhere. Transparent bounds: look-behind sees the text
     * before a start.
     */
    private static boolean lookingAtAny(Matcher m, int[] starts, int length) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int start : starts) {
            m.region(start, length);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} holds an English month name ({@code ENGLISH} needs one; ASCII letters in any case). */
    private static boolean hasMonthName(String s) {
        for (int i = 0; i + 2 < s.length(); i++) {
            char a = lowerAscii(s.charAt(i));
            for (int k = 0; k < MONTHS.length(); k += 3) {
                if (MONTHS.charAt(k) == a && MONTHS.charAt(k + 1) == lowerAscii(s.charAt(i + 1))
                    && MONTHS.charAt(k + 2) == lowerAscii(s.charAt(i + 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The digits of {@code \d} (ASCII only, as the patterns use it). */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
        int mo = Integer.parseInt(month);
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
}
