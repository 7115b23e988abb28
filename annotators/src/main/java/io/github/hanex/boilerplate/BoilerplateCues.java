package io.github.hanex.boilerplate;

import io.github.hanex.resource.Locations;
import io.github.hanex.resource.RuleFileReader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cue words of the boilerplate remover (rule file {@value #DEFAULT_LOCATION}; format in
 * {@code rules/README.md}). Cues only tip the balance: the extractors decide mostly from the shape of a page.
 * Immutable and thread-safe.
 */
public final class BoilerplateCues {

    /** The bundled cue file. */
    public static final String DEFAULT_LOCATION = Locations.BUNDLED_RULES + "boilerplate/cues.tsv";

    /** What a cue says. */
    public enum Kind {
        CHROME_ATTR, CONTENT_ATTR, CAPTION_ATTR, SUBTITLE_ATTR, BYLINE_ATTR,
        CHROME_TEXT, CHROME_LINE, CHROME_START, UI_WORD, BYLINE_TEXT, CAPTION_TEXT, DATE_LABEL, CREDIT_TEXT,
        LIST_LABEL, END_LABEL, UI_NOTICE, MENU_WORD, CREDIT_WORD;

        static Kind of(String label) {
            try {
                return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** One cue and the rule id ({@code file:line}) it came from. */
    public record Cue(String text, boolean wholeToken, String ruleId) {
    }

    private static final Map<String, BoilerplateCues> CACHE = new ConcurrentHashMap<>();

    private final Map<Kind, List<Cue>> cues;
    /** By kind, the first cue of each text: {@link #matchLine} and {@link #isUiRow} ask for equal texts. */
    private final Map<Kind, Map<String, Cue>> byText = new EnumMap<>(Kind.class);
    /**
     * By kind and first character, the cues that a text starting with that character can start with, in file
     * order (a cue without characters is in every list): {@link #matchStart} tries only those.
     */
    private final Map<Kind, Map<Character, List<Cue>>> byFirstChar = new EnumMap<>(Kind.class);
    private final Map<Kind, List<Cue>> emptyCues = new EnumMap<>(Kind.class);
    /** By kind, the cues with a {@code *} (a name), split around it: {@link #matchPattern} tries only those. */
    private final Map<Kind, List<String[]>> patterns = new EnumMap<>(Kind.class);
    /** First characters and longest length of the UI words: other words of a row need no look-up. */
    private final BitSet uiWordStarts = new BitSet();
    private final int longestUiWord;

    private BoilerplateCues(Map<Kind, List<Cue>> cues) {
        this.cues = cues;
        cues.forEach((kind, list) -> {
            Map<String, Cue> texts = new HashMap<>();
            Map<Character, List<Cue>> starts = new HashMap<>();
            List<Cue> empty = list.stream().filter(c -> c.text().isEmpty()).toList();
            for (Cue cue : list) {
                texts.putIfAbsent(cue.text(), cue);
                if (!cue.text().isEmpty()) {
                    starts.computeIfAbsent(cue.text().charAt(0), c -> new ArrayList<>()).add(cue);
                }
            }
            // Keep file order when merging in the cues that match every text.
            starts.replaceAll((c, starting) -> list.stream().filter(cue -> cue.text().isEmpty()
                || cue.text().charAt(0) == c).toList());
            byText.put(kind, texts);
            byFirstChar.put(kind, starts);
            emptyCues.put(kind, empty);
            List<String[]> split = new ArrayList<>();
            for (Cue cue : list) {
                int star = cue.text().indexOf('*');
                if (star >= 0) {
                    split.add(new String[] {cue.text().substring(0, star), cue.text().substring(star + 1)});
                }
            }
            patterns.put(kind, List.copyOf(split));
        });
        int longest = 0;
        for (Cue cue : cues.get(Kind.UI_WORD)) {
            if (!cue.text().isEmpty()) {
                uiWordStarts.set(cue.text().charAt(0));
            }
            longest = Math.max(longest, cue.text().length());
        }
        longestUiWord = longest;
    }

    /** The bundled cues (read once). */
    public static BoilerplateCues defaults() {
        return load(DEFAULT_LOCATION);
    }

    /** Reads (once per location) the cues at {@code location}; a broken file fails with file, line and reason. */
    public static BoilerplateCues load(String location) {
        return CACHE.computeIfAbsent(location, l -> parse(RuleFileReader.read(l)));
    }

    /** Builds the cues from rule-file lines. */
    public static BoilerplateCues parse(List<RuleFileReader.Line> lines) {
        Map<Kind, List<Cue>> cues = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            cues.put(kind, new ArrayList<>());
        }
        for (RuleFileReader.Line line : lines) {
            String[] fields = line.fields(2, "KIND<TAB>CUE");
            Kind kind = Kind.of(fields[0]);
            if (kind == null) {
                throw line.error("unknown cue kind '" + fields[0] + "'");
            }
            String text = fields[1].toLowerCase(Locale.ROOT);
            boolean whole = text.startsWith("=") && text.length() > 1;
            cues.get(kind).add(new Cue(whole ? text.substring(1) : text, whole, line.ruleId()));
        }
        cues.replaceAll((k, v) -> List.copyOf(v));
        return new BoilerplateCues(cues);
    }

    public List<Cue> get(Kind kind) {
        return cues.get(kind);
    }

    /**
     * The first cue of {@code kind} found in a lower-cased class/id value, or null. Whole-token cues must
     * stand between separators ({@code - _} white space or the ends).
     */
    public Cue matchAttr(Kind kind, String value) {
        if (value.isEmpty()) {
            return null;
        }
        long[] pairs = pairs(value);
        for (Cue cue : cues.get(kind)) {
            String t = cue.text();
            if (t.length() >= 2 && !hasPair(pairs, t.charAt(0), t.charAt(1))) {
                continue; // the cue's first two letters are nowhere in the value: no need to search
            }
            int at = value.indexOf(t);
            while (at >= 0) {
                if (!cue.wholeToken() || (isSeparator(value, at - 1) && isSeparator(value, at + t.length()))) {
                    return cue;
                }
                at = value.indexOf(t, at + 1);
            }
        }
        return null;
    }

    /** The pairs of adjacent characters of {@code s}, hashed into a bit set of {@value #PAIR_BITS} bits. */
    private static long[] pairs(String s) {
        long[] bits = new long[PAIR_BITS / 64];
        for (int i = 0; i + 1 < s.length(); i++) {
            int h = pairHash(s.charAt(i), s.charAt(i + 1));
            bits[h >>> 6] |= 1L << h;
        }
        return bits;
    }

    private static boolean hasPair(long[] bits, char a, char b) {
        int h = pairHash(a, b);
        return (bits[h >>> 6] & 1L << h) != 0;
    }

    private static int pairHash(char a, char b) {
        return (a * 31 + b) & (PAIR_BITS - 1);
    }

    private static final int PAIR_BITS = 1024;

    /** The first cue of {@code kind} contained in the lower-cased {@code text}, or null. */
    public Cue matchText(Kind kind, String text) {
        long[] pairs = null;
        for (Cue cue : cues.get(kind)) {
            String t = cue.text();
            if (t.length() >= 2) {
                if (pairs == null) {
                    pairs = pairs(text);
                }
                if (!hasPair(pairs, t.charAt(0), t.charAt(1))) {
                    continue; // the cue's first two characters are nowhere in the text: no need to search
                }
            }
            if (text.contains(t)) {
                return cue;
            }
        }
        return null;
    }

    /** The cue of {@code kind} equal to the lower-cased, trimmed {@code text}, or null. */
    public Cue matchLine(Kind kind, String text) {
        return byText.get(kind).get(text);
    }

    /** The first cue of {@code kind} that the lower-cased {@code text} starts with, or null. */
    public Cue matchStart(Kind kind, String text) {
        List<Cue> candidates = text.isEmpty() ? null : byFirstChar.get(kind).get(text.charAt(0));
        for (Cue cue : candidates != null ? candidates : emptyCues.get(kind)) {
            if (text.startsWith(cue.text())) {
                return cue;
            }
        }
        return null;
    }

    /**
     * Matches a lower-cased, trimmed label against the cues of {@code kind}, where a {@code *} in a cue stands for a
     * name of one to five words ("about *" matches "about northwind labs", "* 개요" matches "한빛솔루션 개요"). Returns
     * what {@code *} stood for, the empty string for a cue without one, or null when no cue matches.
     */
    public String matchPattern(Kind kind, String label) {
        Cue exact = byText.get(kind).get(label);
        if (exact != null) {
            return "";
        }
        for (String[] pattern : patterns.get(kind)) {
            String before = pattern[0];
            String after = pattern[1];
            if (label.length() > before.length() + after.length() && label.startsWith(before)
                && label.endsWith(after)) {
                String name = label.substring(before.length(), label.length() - after.length()).strip();
                int words = name.isEmpty() ? 0 : name.split("\\s+").length;
                if (words >= 1 && words <= 5) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * True when most words of a short lower-cased line are {@link Kind#UI_WORD}s ("글자 크기 조절 인쇄하기 공유하기",
     * "좋아요 0 슬퍼요 0"): a row of buttons. Numbers do not count either way.
     */
    public boolean isUiRow(String text) {
        Map<String, Cue> words = byText.get(Kind.UI_WORD);
        int ui = 0;
        int other = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isRowSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isRowSeparator(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            if (isNumber(text, start, i)) {
                continue;
            }
            if (i - start <= longestUiWord && uiWordStarts.get(text.charAt(start))
                && words.containsKey(text.substring(start, i))) {
                ui++;
            } else {
                other++;
            }
            if (ui + other > 12) {
                return false;
            }
        }
        return ui > 0 && ui >= 2 * other;
    }

    private static boolean isRowSeparator(char c) {
        return c == ' ' || c == '|' || c == '·' || c == '/' || c == '\t' || c == '\u00A0';
    }

    private static boolean isNumber(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && c != ',' && c != '(' && c != ')' && c != '+') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        return c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n';
    }
}
