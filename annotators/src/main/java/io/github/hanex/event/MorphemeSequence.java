package io.github.hanex.event;

import io.github.hanex.tokenize.SejongTags;
import io.github.hanex.type.Morpheme;
import io.github.hanex.type.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * The morphemes of one stretch of text (usually a sentence) in analyzer order, each with the index of the
 * eojeol (white-space word) it lies in. Restored morphemes ({@code 했} = 하+았) keep their shared span.
 */
public final class MorphemeSequence {

    /** One morpheme: offsets in the document text, KOMORAN lemma and Sejong tag, eojeol index. */
    public record Morph(int begin, int end, String lemma, String pos, int token) {
        public boolean isNoun() {
            return SejongTags.isNoun(pos) || pos.equals(SejongTags.XSN) || pos.equals(SejongTags.NR)
                || pos.equals(SejongTags.NP);
        }
    }

    private final List<Morph> morphs;
    private final int[] tokenBegins;
    private final int[] tokenEnds;
    /** Morpheme indexes by lemma, ascending; built on first use. */
    private Map<String, List<Integer>> positionsByLemma;

    /**
     * Morphemes in ascending begins, none ending before it begins (as the CAS index gives them): positions by
     * offset are then binary searches, and a stretch of text holds a contiguous run of morphemes.
     */
    private final boolean morphsSorted;
    /** Tokens ascending and apart (as the tokenizer gives them): the token at an offset is a binary search. */
    private final boolean tokensSorted;

    private MorphemeSequence(List<Morph> morphs, int[] tokenBegins, int[] tokenEnds) {
        this.morphs = Collections.unmodifiableList(morphs);
        this.tokenBegins = tokenBegins;
        this.tokenEnds = tokenEnds;
        boolean sorted = true;
        for (int i = 0; i < morphs.size() && sorted; i++) {
            Morph m = morphs.get(i);
            sorted = m.end() >= m.begin() && (i == 0 || morphs.get(i - 1).begin() <= m.begin());
        }
        this.morphsSorted = sorted;
        sorted = true;
        for (int i = 0; i < tokenBegins.length && sorted; i++) {
            sorted = tokenEnds[i] >= tokenBegins[i] && (i == 0 || tokenEnds[i - 1] <= tokenBegins[i]);
        }
        this.tokensSorted = sorted;
    }

    /** The morphemes covered by {@code span} (a Sentence), in index order. */
    public static MorphemeSequence of(JCas jcas, Annotation span) {
        return of(JCasUtil.selectCovered(jcas, Token.class, span), JCasUtil.selectCovered(jcas, Morpheme.class, span));
    }

    /** The sequence of the tokens and morphemes covered by one span, each list in index order. */
    static MorphemeSequence of(List<Token> tokens, List<Morpheme> morphemes) {
        int[] begins = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            begins[i] = tokens.get(i).getBegin();
            ends[i] = tokens.get(i).getEnd();
        }
        List<Morph> morphs = new ArrayList<>(morphemes.size());
        int t = 0;
        for (Morpheme m : morphemes) {
            while (t < tokens.size() - 1 && m.getBegin() >= ends[t]) {
                t++;
            }
            morphs.add(new Morph(m.getBegin(), m.getEnd(), nz(m.getLemma()), nz(m.getPos()), t));
        }
        return new MorphemeSequence(morphs, begins, ends);
    }

    /** For tests and callers that analyze text themselves. */
    public static MorphemeSequence of(List<Morph> morphs, int[] tokenBegins, int[] tokenEnds) {
        return new MorphemeSequence(new ArrayList<>(morphs), tokenBegins.clone(), tokenEnds.clone());
    }

    public List<Morph> morphs() {
        return morphs;
    }

    public int size() {
        return morphs.size();
    }

    public Morph get(int i) {
        return morphs.get(i);
    }

    /** Indexes of the morphemes with lemma {@code lemma}, ascending (empty when none). */
    public List<Integer> positionsOf(String lemma) {
        return positionsByLemma().getOrDefault(lemma, List.of());
    }

    /** The distinct lemmas of the sequence. */
    Set<String> lemmas() {
        return positionsByLemma().keySet();
    }

    private Map<String, List<Integer>> positionsByLemma() {
        if (positionsByLemma == null) {
            positionsByLemma = new HashMap<>((int) (morphs.size() / 0.75f) + 1); // sized for every lemma: no rehash
            for (int i = 0; i < morphs.size(); i++) {
                positionsByLemma.computeIfAbsent(morphs.get(i).lemma(), k -> new ArrayList<>(2)).add(i);
            }
        }
        return positionsByLemma;
    }

    public int tokenCount() {
        return tokenBegins.length;
    }

    public int tokenBegin(int token) {
        return tokenBegins[token];
    }

    public int tokenEnd(int token) {
        return tokenEnds[token];
    }

    /** Index of the first morpheme that begins at or after {@code offset}, or {@link #size()}. */
    public int firstAtOrAfter(int offset) {
        if (morphsSorted) {
            int lo = 0;
            int hi = morphs.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (morphs.get(mid).begin() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
        for (int i = 0; i < morphs.size(); i++) {
            if (morphs.get(i).begin() >= offset) {
                return i;
            }
        }
        return morphs.size();
    }

    /** Index of the eojeol containing {@code offset}, or -1. */
    public int tokenAt(int offset) {
        if (tokensSorted) {
            // The last token that begins at or before the offset is the only one that can hold it.
            int lo = 0;
            int hi = tokenBegins.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokenBegins[mid] <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && offset < tokenEnds[lo - 1] ? lo - 1 : -1;
        }
        for (int i = 0; i < tokenBegins.length; i++) {
            if (offset >= tokenBegins[i] && offset < tokenEnds[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the morphemes are in ascending begins and none ends before it begins. */
    boolean sorted() {
        return morphsSorted;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
