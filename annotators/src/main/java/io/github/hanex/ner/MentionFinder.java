package io.github.hanex.ner;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

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

    /** Gazetteer hits, longest first, then from left to right. */
    private static final Comparator<Gazetteer.Hit> LONGEST_FIRST =
        Comparator.comparingInt((Gazetteer.Hit h) -> h.begin() - h.end()).thenComparingInt(Gazetteer.Hit::begin);

    private final NerRules rules;

    MentionFinder(NerRules rules) {
        this.rules = rules;
    }

    /**
     * @param text  the document text
     * @param begin where the sentence begins in it
     * @param end   where the sentence ends
     */
    List<Mention> find(String text, int begin, int end, List<Unit> units) {
        List<Mention> mentions = new ArrayList<>();
        matchGazetteer(text, begin, end, units, mentions);
        BitSet[] unitsByClass = new BitSet[rules.words.classCount()];
        for (NamePattern pattern : rules.patterns) {
            BitSet starts = starts(pattern, units, unitsByClass);
            for (int i = starts.nextSetBit(0); i >= 0; i = starts.nextSetBit(i + 1)) {
                NamePattern.Match match = pattern.matchAt(units, i);
                if (match == null) {
                    continue;
                }
                for (int[] group : match.groups()) {
                    int mentionBegin = units.get(group[0]).begin;
                    int mentionEnd = units.get(group[1]).mentionEnd();
                    if (mentionEnd > mentionBegin && free(units, mentionBegin, mentionEnd)) {
                        String surface = text.substring(mentionBegin, mentionEnd);
                        add(units, mentions, new Mention(mentionBegin, mentionEnd, pattern.type, surface,
                            pattern.rule));
                    }
                }
            }
        }
        mentions.removeIf(m -> m.type() == EntityType.NONE);
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return mentions;
    }

    /**
     * The units a match of the pattern may begin at: those passing one of its start atoms (a match cannot begin
     * elsewhere), or all.
     *
     * @param unitsByClass the units of each class id, filled in as classes are asked for
     */
    private BitSet starts(NamePattern pattern, List<Unit> units, BitSet[] unitsByClass) {
        BitSet possible = new BitSet(units.size());
        if (pattern.startAtoms == null) {
            possible.set(0, units.size());
            return possible;
        }
        for (NamePattern.Atom atom : pattern.startAtoms) {
            if (atom.literal() != null) {
                for (int i = 0; i < units.size(); i++) {
                    if (units.get(i).stem.equals(atom.literal())) {
                        possible.set(i);
                    }
                }
                continue;
            }
            int id = atom.known() != null ? atom.known().id : rules.words.classId(atom.wordClass());
            if (id < 0) {
                continue;
            }
            if (unitsByClass[id] == null) {
                BitSet with = new BitSet(units.size());
                for (int i = 0; i < units.size(); i++) {
                    if (units.get(i).has(id)) {
                        with.set(i);
                    }
                }
                unitsByClass[id] = with;
            }
            possible.or(unitsByClass[id]);
        }
        return possible;
    }

    /**
     * The gazetteer's names that begin at a unit and end where a unit or its stem ends (or only particles follow),
     * longest first; each becomes a mention where no earlier one overlaps it.
     */
    private void matchGazetteer(String text, int begin, int end, List<Unit> units, List<Mention> mentions) {
        // Offsets relative to the sentence; a name cannot reach beyond it.
        boolean[] starts = new boolean[end - begin + 1];
        boolean[] ends = new boolean[end - begin + 1];
        for (Unit unit : units) {
            mark(starts, unit.begin - begin);
            mark(ends, unit.end - begin);
            if (unit.symbol) {
                continue;
            }
            if (unit.stemEnd > unit.begin) {
                mark(ends, unit.stemEnd - begin);
            }
            // Also where the rest of the unit is particles only: the analyzer may have cut a name wrongly.
            for (int p = unit.begin + 1; p < unit.end; p++) {
                if (rules.words.isSequenceOf(text, p, unit.end, KnownClass.PARTICLE, 3)) {
                    mark(ends, p - begin);
                }
            }
        }
        List<Gazetteer.Hit> hits = new ArrayList<>();
        for (int b = begin; b < end; b++) {
            if (starts[b - begin]) {
                int hitBegin = b;
                rules.gazetteer.findAt(text, b, end, (hitEnd, entry) -> {
                    if (ends[hitEnd - begin]) {
                        hits.add(new Gazetteer.Hit(hitBegin, hitEnd, entry));
                    }
                });
            }
        }
        hits.sort(LONGEST_FIRST);
        for (Gazetteer.Hit hit : hits) {
            if (free(units, hit.begin(), hit.end()) && mentions.stream()
                .noneMatch(m -> m.begin() < hit.end() && hit.begin() < m.end())) {
                Gazetteer.Entry e = hit.entry();
                add(units, mentions, new Mention(hit.begin(), hit.end(), e.type(), e.canonical(), e.rule()));
            }
        }
    }

    private static void mark(boolean[] at, int i) {
        if (i >= 0 && i < at.length) {
            at[i] = true;
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
