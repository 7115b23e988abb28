package io.github.hanex.event;

import io.github.hanex.tokenize.SejongTags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Triggers inside compound nouns. A one-lemma noun entry of the lexicon also matches at the end of a longer noun
 * ({@code 해외투자}, {@code 정상회담}, {@code 미국행}), and at its start when the rest is a compound head
 * ({@code 출장길}, {@code 투자계획}); and a trigger noun followed in its word by a noun that is neither a compound
 * head nor a trigger is the modifier of a compound ({@code 협력업체}), no trigger.
 */
final class CompoundTriggers {

    private final TriggerLexicon lexicon;
    private final TriggerContexts contexts;
    /**
     * The entries that also match inside longer nouns, by their lemma (positions in the lexicon, ascending), and
     * the lengths of those lemmas: a noun is looked up by its beginnings and endings of these lengths.
     */
    private final Map<String, List<Integer>> entriesByLemma = new HashMap<>();
    private final int[] lengths;

    CompoundTriggers(TriggerLexicon lexicon, TriggerContexts contexts) {
        this.lexicon = lexicon;
        this.contexts = contexts;
        Set<Integer> lemmaLengths = new TreeSet<>();
        for (int e = 0; e < lexicon.entries().size(); e++) {
            TriggerLexicon.Entry entry = lexicon.entries().get(e);
            String lemma = entry.pattern().singleLemma();
            if (entry.exact() || lemma == null || (lemma.length() < 2 && entry.after() == null)) {
                continue;
            }
            entriesByLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(e);
            lemmaLengths.add(lemma.length());
        }
        lengths = lemmaLengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The matches inside longer nouns by lexicon position, each in sentence order; the nouns are looked up by
     * their beginnings and endings instead of trying every entry.
     */
    Map<Integer, List<TriggerCandidate>> matches(String text, MorphemeSequence seq) {
        Map<Integer, List<TriggerCandidate>> matches = Map.of();
        for (int i = 0; i < seq.size(); i++) {
            MorphemeSequence.Morph m = seq.get(i);
            if (!SejongTags.isCommonOrProperNoun(m.pos())) {
                continue;
            }
            String lemma = m.lemma();
            for (int length : lengths) {
                if (length >= lemma.length()) {
                    break;
                }
                String head = lemma.substring(0, length);
                String tail = lemma.substring(lemma.length() - length);
                matches = addMatches(text, seq, i, entriesByLemma.get(head), matches);
                if (!tail.equals(head)) {
                    matches = addMatches(text, seq, i, entriesByLemma.get(tail), matches);
                }
            }
        }
        return matches;
    }

    private Map<Integer, List<TriggerCandidate>> addMatches(String text, MorphemeSequence seq, int i,
                                                            List<Integer> entries,
                                                            Map<Integer, List<TriggerCandidate>> matches) {
        if (entries == null) {
            return matches;
        }
        for (int e : entries) {
            TriggerCandidate c = match(text, seq, lexicon.entries().get(e), i);
            if (c != null) {
                if (matches.isEmpty()) {
                    matches = new HashMap<>();
                }
                matches.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
            }
        }
        return matches;
    }

    /** The match of a one-lemma noun entry inside the longer noun at morpheme {@code i}, or null. */
    private TriggerCandidate match(String text, MorphemeSequence seq, TriggerLexicon.Entry entry, int i) {
        String lemma = entry.pattern().singleLemma();
        MorphemeSequence.Morph m = seq.get(i);
        if (!SejongTags.isCommonOrProperNoun(m.pos()) || m.lemma().length() <= lemma.length()
            || !m.lemma().startsWith(lemma) && !m.lemma().endsWith(lemma) // neither case below
            || !entry.pattern().acceptsTag(m.pos())) {
            return null;
        }
        if (m.lemma().startsWith(lemma) && contexts.isCompoundHead(m.lemma().substring(lemma.length()))
            && text.startsWith(lemma, m.begin()) && entry.after() == null) {
            return new TriggerCandidate(entry, m.begin(), m.begin() + lemma.length(), m.begin(), i, i);
        }
        if (!m.lemma().endsWith(lemma)) {
            return null;
        }
        // KOMORAN keeps some dictionary phrases as one noun across a space (전략적 제휴); the tokenizer then
        // cuts the morpheme at the space, so the lemma is read from the text itself.
        String lemmaText = m.lemma();
        boolean spansSpace = text.startsWith(lemmaText, m.begin()) && m.begin() + lemmaText.length() > m.end();
        int end = spansSpace ? m.begin() + lemmaText.length() : m.end();
        if (!text.substring(m.begin(), end).endsWith(lemma)) {
            return null;
        }
        int begin = spansSpace ? m.begin() + lemmaText.lastIndexOf(' ') + 1 : m.begin();
        return new TriggerCandidate(entry, begin, end, end - lemma.length(), i, i);
    }

    /** A trigger noun followed in its word by a noun that is neither a compound head nor a trigger. */
    boolean isModifier(MorphemeSequence seq, TriggerCandidate c, List<TriggerCandidate> all) {
        MorphemeSequence.Morph last = seq.get(c.last());
        if (!last.isNoun() || c.last() + 1 >= seq.size()) {
            return false;
        }
        MorphemeSequence.Morph next = seq.get(c.last() + 1);
        if (next.token() != last.token() || !next.isNoun() || next.begin() < last.end()) {
            return false;
        }
        if (contexts.isCompoundHead(next.lemma())) {
            return false;
        }
        return all.stream().noneMatch(o -> o.first() == c.last() + 1);
    }
}
