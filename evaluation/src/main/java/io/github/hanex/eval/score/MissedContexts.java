package io.github.hanex.eval.score;

import io.github.hanex.eval.score.EvaluationResult.ErrorEntry;
import io.github.hanex.eval.score.EvaluationResult.ErrorKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Missed gold mentions (false negatives) counted by their context, per type: the word right after them (a title
 * after a person, {@code 관계자} after an organization), the word right before them (a role or kind introducing
 * them), and for organizations the ending they share ({@code 재단}, {@code 연구소}). False negatives cannot be
 * charged to a rule; their contexts say which list or pattern is missing.
 */
public final class MissedContexts {

    /** How many entries each list keeps. */
    public static final int TOP = 15;

    /** Where the context word is. */
    public enum Position {
        /** The word after the mention (or the rest of its own word, when that is more than particles). */
        AFTER,
        /** The word before the mention. */
        BEFORE,
        /** The ending shared by missed names (organizations). */
        ENDING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A context word and the missed mentions that have it: how many ({@code count}), how many of them written
     * together with it ({@code attached}), and the distinct mention texts (most frequent first, at most 5).
     */
    public record Entry(String word, int count, int attached, List<String> names) {
    }

    /** The contexts of one type's missed mentions. */
    public record TypeContexts(String type, int missed, Map<Position, List<Entry>> byPosition) {
    }

    private MissedContexts() {
    }

    /** The contexts of the false negatives among {@code errors}, per type in the order types first occur. */
    public static List<TypeContexts> of(List<ErrorEntry> errors) {
        Map<String, List<ErrorEntry>> byType = new LinkedHashMap<>();
        for (ErrorEntry e : errors) {
            if (e.kind() == ErrorKind.FALSE_NEGATIVE) {
                byType.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e);
            }
        }
        List<TypeContexts> result = new ArrayList<>();
        byType.forEach((type, missed) -> {
            Map<Position, List<Entry>> positions = new LinkedHashMap<>();
            positions.put(Position.AFTER, count(missed, Position.AFTER));
            positions.put(Position.BEFORE, count(missed, Position.BEFORE));
            if ("Organization".equals(type)) {
                positions.put(Position.ENDING, endings(missed));
            }
            result.add(new TypeContexts(type, missed.size(), positions));
        });
        return result;
    }

    private static List<Entry> count(List<ErrorEntry> missed, Position position) {
        Map<String, List<ErrorEntry>> byWord = new TreeMap<>();
        for (ErrorEntry e : missed) {
            String word = position == Position.AFTER ? e.words().after() : e.words().before();
            if (word != null) {
                byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(e);
            }
        }
        List<Entry> entries = new ArrayList<>();
        byWord.forEach((word, list) -> entries.add(new Entry(word, list.size(),
            (int) list.stream().filter(e -> position == Position.AFTER && e.words().attached()).count(),
            names(list))));
        return top(entries);
    }

    private static List<Entry> endings(List<ErrorEntry> missed) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (ErrorEntry e : missed) {
            byName.computeIfAbsent(e.gold().text().strip(), k -> new ArrayList<>()).add(e.docId());
        }
        List<Entry> entries = new ArrayList<>();
        for (Suffixes.Suffix s : Suffixes.shared(byName.keySet(), 2)) {
            int mentions = s.names().stream().mapToInt(n -> byName.get(n).size()).sum();
            entries.add(new Entry(s.suffix(), mentions, 0, s.names().stream().limit(5).toList()));
        }
        return top(entries);
    }

    private static List<String> names(List<ErrorEntry> list) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        list.forEach(e -> counts.merge(e.gold().text(), 1, Integer::sum));
        Set<String> names = new LinkedHashSet<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(5).forEach(en -> names.add(en.getKey()));
        return List.copyOf(names);
    }

    private static List<Entry> top(List<Entry> entries) {
        return entries.stream().sorted(Comparator.comparingInt(Entry::count).reversed()
            .thenComparing(Comparator.comparingInt((Entry e) -> e.names().size()).reversed())
            .thenComparing(Entry::word)).limit(TOP).toList();
    }
}
