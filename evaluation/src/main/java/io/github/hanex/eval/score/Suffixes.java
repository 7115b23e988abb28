package io.github.hanex.eval.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Endings that several names share: the last one to four characters of Hangul (or Hanja) names ({@code 재단},
 * {@code 연구소}) that leave at least two characters before them, the last word of Latin names ({@code Pharma},
 * {@code AG}). An ending is kept only when no longer ending covers the same names ({@code 연구소} rather than
 * {@code 구소} and {@code 소}).
 */
public final class Suffixes {

    /** The longest Hangul ending considered. */
    static final int LONGEST = 4;
    /** The least part of a name before an ending (가톨릭, 카톨릭 share no suffix 톨릭). */
    static final int MIN_PREFIX = 2;

    /** An ending, the distinct names that end in it, and the shortest part before it among them. */
    public record Suffix(String suffix, List<String> names, int shortestPrefix) {
    }

    private Suffixes() {
    }

    /** Endings shared by at least {@code minNames} of the distinct {@code names}, most shared first. */
    public static List<Suffix> shared(Collection<String> names, int minNames) {
        Map<String, TreeSet<String>> bySuffix = new LinkedHashMap<>();
        for (String raw : new TreeSet<>(names)) {
            String name = raw.strip();
            for (String s : endings(name)) {
                bySuffix.computeIfAbsent(s, k -> new TreeSet<>()).add(name);
            }
        }
        List<Suffix> result = new ArrayList<>();
        bySuffix.forEach((suffix, set) -> {
            if (set.size() < Math.max(1, minNames)) {
                return;
            }
            if (!dominated(suffix, set, bySuffix) && !fragment(set)) {
                int prefix = set.stream().mapToInt(n -> n.length() - suffix.length()).min().orElse(0);
                result.add(new Suffix(suffix, List.copyOf(set), prefix));
            }
        });
        result.sort(Comparator.comparingInt((Suffix s) -> s.names().size()).reversed()
            .thenComparing(Comparator.comparingInt((Suffix s) -> s.suffix().length()).reversed())
            .thenComparing(Suffix::suffix));
        return result;
    }

    /**
     * Whether the names share so long an ending that what is left before it is too short: then they are spellings
     * of one word (가톨릭, 카톨릭; 5공화국, 6공화국), not names with a common suffix.
     */
    private static boolean fragment(TreeSet<String> names) {
        String first = names.first();
        int common = 0;
        boolean same = true;
        while (same && common < first.length()) {
            char c = first.charAt(first.length() - 1 - common);
            for (String n : names) {
                if (n.length() <= common || n.charAt(n.length() - 1 - common) != c) {
                    same = false;
                    break;
                }
            }
            if (same) {
                common++;
            }
        }
        int shortest = names.stream().mapToInt(String::length).min().orElse(0);
        return common + MIN_PREFIX > shortest;
    }

    /** Whether one character more before the suffix still ends all the same names (then that one is kept). */
    private static boolean dominated(String suffix, TreeSet<String> names, Map<String, TreeSet<String>> bySuffix) {
        String longer = null;
        for (String n : names) {
            if (n.length() <= suffix.length() + 1) {
                return false;
            }
            String e = n.substring(n.length() - suffix.length() - 1);
            if (longer != null && !longer.equals(e)) {
                return false;
            }
            longer = e;
        }
        return longer != null && names.equals(bySuffix.get(longer));
    }

    /** The endings of one name that could be an organization suffix. */
    static List<String> endings(String name) {
        List<String> out = new ArrayList<>();
        if (name.isEmpty()) {
            return out;
        }
        char last = name.charAt(name.length() - 1);
        if (isLatin(last)) {
            int space = name.lastIndexOf(' ');
            if (space > 0) {
                out.add(name.substring(space + 1));
            }
            return out;
        }
        for (int n = 1; n <= LONGEST && n + MIN_PREFIX <= name.length(); n++) {
            String s = name.substring(name.length() - n);
            if (!s.chars().allMatch(Suffixes::isHangulOrHanja)) {
                break;
            }
            out.add(s);
        }
        return out;
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    private static boolean isHangulOrHanja(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN;
    }
}
