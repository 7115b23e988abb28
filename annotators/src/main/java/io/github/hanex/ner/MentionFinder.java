package io.github.hanex.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds the person and organization mentions of one sentence: first the gazetteers (longest match, at unit
 * starts, ending where only particles follow), then the patterns in file order. A span taken by an earlier rule
 * (or blocked by a {@code None} gazetteer entry) is not taken again, so a name inside a longer name is no
 * mention of its own.
 */
final class MentionFinder {

    /** A mention found in a sentence: document offsets, type, canonical name, rule id. */
    record Mention(int begin, int end, EntityType type, String canonical, String rule) {
    }

    private static final String PARTICLE = "PARTICLE";

    private final NerRules rules;

    MentionFinder(NerRules rules) {
        this.rules = rules;
    }

    /**
     * @param text   the document text
     * @param offset where the sentence begins in it
     * @param sentence the sentence text
     */
    List<Mention> find(String text, int offset, String sentence, List<Unit> units) {
        List<Mention> mentions = new ArrayList<>();
        matchGazetteer(offset, sentence, units, mentions);
        Map<String, List<Integer>> byClass = new HashMap<>();
        Map<String, List<Integer>> byStem = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            for (String wordClass : unit.classes) {
                byClass.computeIfAbsent(wordClass, k -> new ArrayList<>()).add(i);
            }
            byStem.computeIfAbsent(unit.stem, k -> new ArrayList<>()).add(i);
        }
        for (NamePattern pattern : rules.patterns) {
            for (int i : starts(pattern, units.size(), byClass, byStem)) {
                NamePattern.Match match = pattern.matchAt(units, i);
                if (match == null) {
                    continue;
                }
                for (int[] group : match.groups()) {
                    int begin = units.get(group[0]).begin;
                    int end = units.get(group[1]).mentionEnd();
                    if (end > begin && free(units, begin, end)) {
                        String surface = text.substring(begin, end);
                        add(units, mentions, new Mention(begin, end, pattern.type, surface, pattern.rule));
                    }
                }
            }
        }
        mentions.removeIf(m -> m.type() == EntityType.NONE);
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return mentions;
    }

    /**
     * The units a match of the pattern may begin at, ascending: those passing one of its start atoms (a match
     * cannot begin elsewhere), or all.
     */
    private static int[] starts(NamePattern pattern, int size, Map<String, List<Integer>> byClass,
                                Map<String, List<Integer>> byStem) {
        if (pattern.startAtoms == null) {
            return IntStream.range(0, size).toArray();
        }
        boolean[] possible = new boolean[size];
        for (NamePattern.Atom atom : pattern.startAtoms) {
            List<Integer> at = atom.literal() != null ? byStem.get(atom.literal()) : byClass.get(atom.wordClass());
            if (at != null) {
                for (int i : at) {
                    possible[i] = true;
                }
            }
        }
        int n = 0;
        int[] result = new int[size];
        for (int i = 0; i < size; i++) {
            if (possible[i]) {
                result[n++] = i;
            }
        }
        return Arrays.copyOf(result, n);
    }

    private void matchGazetteer(int offset, String sentence, List<Unit> units, List<Mention> mentions) {
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        for (Unit unit : units) {
            starts.add(unit.begin);
            ends.add(unit.end);
            if (unit.symbol) {
                continue;
            }
            if (unit.stemEnd > unit.begin) {
                ends.add(unit.stemEnd);
            }
            // Also where the rest of the unit is particles only: the analyzer may have cut a name wrongly.
            for (int p = unit.begin + 1; p < unit.end; p++) {
                if (rules.words.isSequenceOf(unit.text.substring(p - unit.begin), PARTICLE, 3)) {
                    ends.add(p);
                }
            }
        }
        List<Gazetteer.Hit> hits = new ArrayList<>();
        for (Gazetteer.Hit hit : rules.gazetteer.find(sentence)) {
            int begin = offset + hit.begin();
            int end = offset + hit.end();
            if (starts.contains(begin) && ends.contains(end)) {
                hits.add(new Gazetteer.Hit(begin, end, hit.entry()));
            }
        }
        hits.sort(Comparator.comparingInt((Gazetteer.Hit h) -> h.begin() - h.end())
            .thenComparingInt(Gazetteer.Hit::begin));
        for (Gazetteer.Hit hit : hits) {
            if (free(units, hit.begin(), hit.end()) && mentions.stream()
                .noneMatch(m -> m.begin() < hit.end() && hit.begin() < m.end())) {
                Gazetteer.Entry e = hit.entry();
                add(units, mentions, new Mention(hit.begin(), hit.end(), e.type(), e.canonical(), e.rule()));
            }
        }
    }

    private static boolean free(List<Unit> units, int begin, int end) {
        for (Unit unit : units) {
            if (unit.covered != null && unit.begin < end && begin < unit.mentionEnd()) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Unit> units, List<Mention> mentions, Mention mention) {
        mentions.add(mention);
        for (Unit unit : units) {
            if (unit.begin < mention.end() && mention.begin() < Math.max(unit.mentionEnd(), unit.begin + 1)) {
                unit.covered = mention.type();
            }
        }
    }
}
