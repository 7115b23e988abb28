package io.github.hanex.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sequence of morpheme tests written as in the hanex event rule files, matched against consecutive
 * morphemes of a {@link MorphemeSequence}.
 *
 * <p>Items are separated by spaces. An item is {@code LEMMA/TAG}: {@code LEMMA} is a KOMORAN lemma, several
 * separated by {@code |}, or {@code *} for any; {@code /TAG} is optional, several tags separated by {@code |},
 * a trailing {@code *} matches a tag prefix ({@code NN*}). A trailing {@code ?} makes an item optional.
 * {@code [} before an item and {@code ]} after one mark the part of the match that becomes the annotation
 * span; without brackets the whole match is the span. Example: {@code [계약/NN*] 을|를/JKO 체결}.
 */
public final class MorphemePattern {

    /** A match: morpheme indexes [first, last] of the whole match and the character span to annotate. */
    public record Match(int first, int last, int begin, int end) {
    }

    private record Item(Set<String> lemmas, Set<String> tags, String[] tagPrefixes, boolean optional,
                        boolean open, boolean close) {
        boolean test(MorphemeSequence.Morph m) {
            if (lemmas != null && !lemmas.contains(m.lemma())) {
                return false;
            }
            if (tags == null) {
                return true;
            }
            if (tags.contains(m.pos())) {
                return true;
            }
            for (String prefix : tagPrefixes) {
                if (m.pos().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String text;
    private final List<Item> items;
    /** Lemmas a match can begin with (those of the items up to the first required one), or null for any. */
    private final Set<String> startLemmas;
    private final String singleLemma;
    /** Some item opens a {@code [ ]} span; without one the whole match is the span. */
    private final boolean marksSpan;

    private MorphemePattern(String text, List<Item> items) {
        this.text = text;
        this.items = items;
        this.startLemmas = startLemmas(items);
        this.singleLemma = singleLemma(items);
        this.marksSpan = items.stream().anyMatch(Item::open);
    }

    private static Set<String> startLemmas(List<Item> items) {
        Set<String> lemmas = new HashSet<>();
        for (Item item : items) {
            if (item.lemmas() == null) {
                return null;
            }
            lemmas.addAll(item.lemmas());
            if (!item.optional()) {
                break;
            }
        }
        return Set.copyOf(lemmas);
    }

    /** Parses a pattern; a malformed one throws {@link IllegalArgumentException} with the reason. */
    public static MorphemePattern parse(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("empty morpheme pattern");
        }
        List<Item> items = new ArrayList<>();
        int opened = 0;
        int closed = 0;
        for (String raw : parts) {
            String part = raw;
            boolean open = part.startsWith("[") && part.length() > 1;
            if (open) {
                part = part.substring(1);
                opened++;
            }
            boolean close = part.endsWith("]") && part.length() > 1;
            if (close) {
                part = part.substring(0, part.length() - 1);
                closed++;
            }
            boolean optional = part.endsWith("?") && part.length() > 1;
            if (optional) {
                part = part.substring(0, part.length() - 1);
            }
            int slash = part.lastIndexOf('/');
            String lemmaPart = slash > 0 ? part.substring(0, slash) : part;
            String tagPart = slash > 0 ? part.substring(slash + 1) : "";
            if (slash == part.length() - 1 || lemmaPart.isEmpty()) {
                throw new IllegalArgumentException("bad item '" + raw + "' (expected LEMMA or LEMMA/TAG)");
            }
            Set<String> lemmas = lemmaPart.equals("*") ? null : new HashSet<>(Arrays.asList(lemmaPart.split("\\|")));
            Set<String> tags = null;
            List<String> prefixes = new ArrayList<>();
            if (!tagPart.isEmpty() && !tagPart.equals("*")) {
                tags = new HashSet<>();
                for (String tag : tagPart.split("\\|")) {
                    if (tag.isEmpty() || !tag.matches("[A-Z]+\\*?")) {
                        throw new IllegalArgumentException("bad tag '" + tag + "' in '" + raw + "'");
                    }
                    if (tag.endsWith("*")) {
                        String prefix = tag.substring(0, tag.length() - 1);
                        if (!prefixes.contains(prefix)) {
                            prefixes.add(prefix);
                        }
                    } else {
                        tags.add(tag);
                    }
                }
            }
            items.add(new Item(lemmas, tags, prefixes.toArray(String[]::new), optional, open, close));
        }
        if (opened > 1 || closed > 1 || opened != closed) {
            throw new IllegalArgumentException("use one pair of [ ] to mark the span");
        }
        if (items.stream().allMatch(Item::optional)) {
            throw new IllegalArgumentException("a pattern needs at least one item that is not optional");
        }
        return new MorphemePattern(text.strip(), List.copyOf(items));
    }

    /** The pattern as written. */
    public String text() {
        return text;
    }

    /** Number of items. */
    public int length() {
        return items.size();
    }

    /** Lemmas a match must begin with, or null when it can begin with any morpheme. */
    Set<String> startLemmas() {
        return startLemmas;
    }

    /** The single lemma of a one-item pattern with one lemma (for compound-noun matching), or null. */
    public String singleLemma() {
        return singleLemma;
    }

    private static String singleLemma(List<Item> items) {
        if (items.size() != 1 || items.get(0).lemmas() == null || items.get(0).lemmas().size() != 1) {
            return null;
        }
        return items.get(0).lemmas().iterator().next();
    }

    /** Whether a one-item pattern accepts the tag {@code pos}. */
    public boolean acceptsTag(String pos) {
        Item item = items.get(0);
        if (item.tags() == null || item.tags().contains(pos)) {
            return true;
        }
        for (String prefix : item.tagPrefixes()) {
            if (pos.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The match starting at morpheme {@code start}, or null. */
    public Match matchAt(MorphemeSequence seq, int start) {
        Item first = items.get(0);
        if (!first.optional() && (start >= seq.size() || !first.test(seq.get(start)))) {
            return null; // most positions fail here: no need to set up the search
        }
        int[] chosen = new int[items.size()];
        Arrays.fill(chosen, -1);
        int end = match(seq, start, 0, chosen);
        if (end < 0 || end == start) {
            return null;
        }
        int spanBegin = -1;
        int spanEnd = -1;
        boolean inside = !marksSpan;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.open()) {
                inside = true;
            }
            if (inside && chosen[i] >= 0) {
                MorphemeSequence.Morph m = seq.get(chosen[i]);
                spanBegin = spanBegin < 0 ? m.begin() : Math.min(spanBegin, m.begin());
                spanEnd = Math.max(spanEnd, m.end());
            }
            if (item.close()) {
                inside = false;
            }
        }
        if (spanBegin < 0) {
            return null; // the marked part was all optional and absent
        }
        return new Match(start, end - 1, spanBegin, spanEnd);
    }

    /** All matches in the sequence, left to right (overlapping matches included). */
    public List<Match> findAll(MorphemeSequence seq) {
        List<Match> matches = new ArrayList<>();
        if (startLemmas == null) {
            for (int i = 0; i < seq.size(); i++) {
                addMatchAt(seq, i, matches);
            }
            return matches;
        }
        // A match consumes its first morpheme, so it can only begin where a leading item's lemma is.
        List<Integer> starts;
        if (startLemmas.size() == 1) {
            starts = seq.positionsOf(startLemmas.iterator().next());
        } else {
            starts = new ArrayList<>();
            for (String lemma : startLemmas) {
                starts.addAll(seq.positionsOf(lemma));
            }
            starts.sort(null);
        }
        for (int i : starts) {
            addMatchAt(seq, i, matches);
        }
        return matches;
    }

    private void addMatchAt(MorphemeSequence seq, int start, List<Match> matches) {
        Match m = matchAt(seq, start);
        if (m != null) {
            matches.add(m);
        }
    }

    /** Matches items from {@code item} on at morpheme {@code pos}; returns the morpheme index after, or -1. */
    private int match(MorphemeSequence seq, int pos, int item, int[] chosen) {
        if (item == items.size()) {
            return pos;
        }
        Item it = items.get(item);
        if (pos < seq.size() && it.test(seq.get(pos))) {
            chosen[item] = pos;
            int end = match(seq, pos + 1, item + 1, chosen);
            if (end >= 0) {
                return end;
            }
            chosen[item] = -1;
        }
        if (it.optional()) {
            return match(seq, pos, item + 1, chosen);
        }
        return -1;
    }

    @Override
    public String toString() {
        return text;
    }
}
