package io.github.hanex.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Cuts the eojeol of a sentence into {@link Unit}s and gives each unit its word classes. */
final class SentenceUnits {

    /** An eojeol with its morphemes (document offsets), as the tokenizer left them. */
    record TokenSpan(int begin, int end, List<Unit.Morph> morphs) {
    }

    /** Morphemes that carry the content of a word; anything else (particles, endings, verbs) is tail. */
    private static final Set<String> CONTENT = Set.of("NNG", "NNP", "NNB", "NR", "NP", "MM", "SL", "SH", "SN", "XPN",
        "XSN", "XR", "NA", "NF", "NV");
    private static final Set<String> SYMBOLS = Set.of("SS", "SP", "SF", "SE", "SO", "SW");
    /** Word classes that are cut off a stem they end (홍길동씨 → 홍길동 + 씨). */
    private static final List<KnownClass> ATTACHED = List.of(KnownClass.TITLE, KnownClass.HONORIFIC,
        KnownClass.ORG_NOUN);
    /** Verb, adjective and ending tags the analyzer gives to the first syllables of an unknown name. */
    private static final Set<String> LEADING_VERB = Set.of("VV", "VA", "VX", "ETM", "EC", "EP");
    /** Syllables that begin verb and copula forms (하다, 되다, 이다), which a repaired stem must not take in. */
    private static final String VERB_START = "하한할해했되된될돼됐이인였";

    private SentenceUnits() {
    }

    static List<Unit> build(String text, List<TokenSpan> tokens, WordClasses words) {
        List<Unit> units = new ArrayList<>();
        for (TokenSpan token : tokens) {
            cut(text, token, words, units);
        }
        return units;
    }

    private static void cut(String text, TokenSpan token, WordClasses words, List<Unit> out) {
        List<Unit.Morph> morphs = new ArrayList<>(token.morphs());
        morphs.sort(Comparator.comparingInt(Unit.Morph::begin).thenComparingInt(Unit.Morph::end));
        boolean multiWord = false;
        // The analyzer may have put a multi-word name (한화 이글스) into the previous eojeol, leaving this one's
        // first characters without a morpheme: they continue that name.
        int firstBegin = morphs.isEmpty() ? token.end() : morphs.get(0).begin();
        if (firstBegin > token.begin()) {
            morphs.add(0, new Unit.Morph(token.begin(), firstBegin, "NNP", null));
            multiWord = true;
        }
        repairLeadingVerb(morphs);
        repairVocative(morphs);
        int begin = -1;
        int stemEnd = -1;
        int end = -1;
        boolean inTail = false;
        List<Unit.Morph> stem = new ArrayList<>();
        for (Unit.Morph m : morphs) {
            boolean content = CONTENT.contains(m.pos()) && !("XSN".equals(m.pos()) && "들".equals(m.lemma()));
            if (m.lemma() != null && m.lemma().indexOf(' ') > 0) {
                multiWord = true;
            }
            if (SYMBOLS.contains(m.pos())) {
                if (begin >= 0) {
                    emit(text, token, words, begin, stemEnd, end, stem, multiWord, out);
                    stem = new ArrayList<>();
                    begin = -1;
                }
                if (m.begin() >= end || end < 0) {
                    out.add(unit(text, token, m.begin(), m.end(), m.end(), true, List.of(), false, words));
                    end = m.end();
                }
                inTail = false;
                continue;
            }
            if (content && inTail && begin >= 0) {
                emit(text, token, words, begin, stemEnd, end, stem, multiWord, out);
                stem = new ArrayList<>();
                begin = -1;
                inTail = false;
            }
            if (begin < 0) {
                begin = Math.max(m.begin(), end < 0 ? token.begin() : end);
                stemEnd = begin;
                end = begin;
            }
            if (content && !inTail) {
                stem.add(m);
                stemEnd = Math.max(stemEnd, m.end());
            } else {
                inTail = true;
            }
            end = Math.max(end, m.end());
        }
        if (begin >= 0) {
            emit(text, token, words, begin, stemEnd, end, stem, multiWord, out);
        }
    }

    /**
     * An unknown name whose first syllables the analyzer read as a verb form ({@code 대한모터스} as 대하/VV +
     * ㄴ/ETM + 모터스/NNP, {@code 누리바이오} as 누리/VV + 바이오/NNP): when at most two characters of verb and
     * ending morphemes open the eojeol and a proper noun follows right after, they are taken as part of it.
     */
    private static void repairLeadingVerb(List<Unit.Morph> morphs) {
        int i = 0;
        while (i < morphs.size() && LEADING_VERB.contains(morphs.get(i).pos())) {
            i++;
        }
        if (i == 0 || i >= morphs.size() || !"NNP".equals(morphs.get(i).pos())) {
            return;
        }
        int begin = morphs.get(0).begin();
        int end = morphs.subList(0, i).stream().mapToInt(Unit.Morph::end).max().orElse(begin);
        if (end - begin > 2 || end > morphs.get(i).begin()) {
            return;
        }
        Unit.Morph first = new Unit.Morph(begin, morphs.get(i).begin(), "NNP", null);
        morphs.subList(0, i).clear();
        morphs.add(0, first);
    }

    /**
     * News text has no vocatives: a final 아/야 the analyzer read as one (한지/NNP + 아/JKV in {@code 한지아},
     * 정신/NNG + 아/JKV in {@code 정신아}) is the last syllable of a name.
     */
    private static void repairVocative(List<Unit.Morph> morphs) {
        int last = morphs.size() - 1;
        if (last < 1 || !"JKV".equals(morphs.get(last).pos())) {
            return;
        }
        Unit.Morph vocative = morphs.get(last);
        Unit.Morph before = morphs.get(last - 1);
        if (("NNP".equals(before.pos()) || "NNG".equals(before.pos())) && before.end() == vocative.begin()) {
            morphs.set(last, new Unit.Morph(vocative.begin(), vocative.end(), "NNP", null));
        }
    }

    /** Adds a content unit, cutting off a title or similar word written together with the stem. */
    private static void emit(String text, TokenSpan token, WordClasses words, int begin, int stemEnd, int end,
                             List<Unit.Morph> stem, boolean multiWord, List<Unit> out) {
        if (end <= begin) {
            return;
        }
        stemEnd = repairedStemEnd(text, words, begin, stemEnd, end, stem);
        int stemLength = stemEnd - begin;
        // B군, C양: after an initial only, 군 and 양 address a person (공군, 태평양 are no names).
        // (D양이 may come as one proper noun: the rest of the stem is then a particle.)
        if (stemLength >= 2 && text.charAt(begin) >= 'A' && text.charAt(begin) <= 'Z'
            && words.is(text, begin + 1, begin + 2, KnownClass.INITIAL_HONORIFIC)
            && (stemLength == 2 || words.isSequenceOf(text, begin + 2, end, KnownClass.PARTICLE, 3))) {
            int at = begin + 1;
            out.add(unit(text, token, begin, at, at, false, piece(stem, begin, at), multiWord, words));
            out.add(unit(text, token, at, at + 1, end, false, piece(stem, at, at + 1), false, words));
            return;
        }
        WordClasses.Word stemWord = words.word(text, begin, stemEnd);
        if (!inAny(stemWord, ATTACHED)) {
            WordClasses.Suffixes suffixes = words.suffixes(text, begin, stemEnd);
            int cut = 0;
            for (KnownClass wordClass : ATTACHED) {
                cut = Math.max(cut, suffixes.longest(wordClass));
            }
            int at = stemEnd - cut;
            // 한국개발연구원 is an organization, not 한국개발 + 연구원.
            boolean organization = suffixes.longest(KnownClass.ORG_SUFFIX) >= cut;
            // Cut where the analyzer cut, or where a name is left (이씨, 김민준씨 read as one proper noun).
            if (cut > 0 && !organization && (startsAt(stem, at)
                || words.is(text, begin, at, KnownClass.SURNAME) || Builtins.isKoreanName(text, begin, at, words))) {
                out.add(unit(text, token, begin, at, at, false, piece(stem, begin, at), multiWord, words));
                out.add(unit(text, token, at, stemEnd, end, false, piece(stem, at, stemEnd), false, words));
                return;
            }
        }
        out.add(unit(text, token, begin, stemEnd, end, false, List.copyOf(stem), multiWord, words));
    }

    /**
     * Where a proper noun's stem really ends when the analyzer cut its last syllables off as something else
     * ({@code 강서경찰서는} read as 강서경찰 + 서/VV + 는): up to two more syllables, when only particles follow them.
     */
    private static int repairedStemEnd(String text, WordClasses words, int begin, int stemEnd, int end,
                                       List<Unit.Morph> stem) {
        if (stemEnd >= end || !hasProperNoun(stem)
            || words.isSequenceOf(text, stemEnd, end, KnownClass.PARTICLE, 3)) {
            return stemEnd;
        }
        for (int e = Math.min(end - 1, stemEnd + 2); e > stemEnd; e--) {
            if (allHangul(text, stemEnd, e) && VERB_START.indexOf(text.charAt(stemEnd)) < 0
                && words.isSequenceOf(text, e, end, KnownClass.PARTICLE, 3)) {
                stem.add(new Unit.Morph(stemEnd, e, "NNP", null));
                return e;
            }
        }
        return stemEnd;
    }

    /** Whether a word (null: none) is in one of the classes. */
    private static boolean inAny(WordClasses.Word word, List<KnownClass> classes) {
        if (word != null) {
            for (KnownClass c : classes) {
                if (word.in(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsAt(List<Unit.Morph> morphs, int at) {
        for (Unit.Morph m : morphs) {
            if (m.begin() == at) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasProperNoun(List<Unit.Morph> morphs) {
        for (Unit.Morph m : morphs) {
            if ("NNP".equals(m.pos())) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHangul(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (!Builtins.isHangulSyllable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The stem morphemes within [begin, end), cut to it (a morpheme across the cut is split in two). */
    private static List<Unit.Morph> piece(List<Unit.Morph> stem, int begin, int end) {
        List<Unit.Morph> result = new ArrayList<>();
        for (Unit.Morph m : stem) {
            int b = Math.max(begin, m.begin());
            int e = Math.min(end, m.end());
            if (b < e) {
                result.add(b == m.begin() && e == m.end() ? m : new Unit.Morph(b, e, m.pos(), null));
            }
        }
        return result;
    }

    private static Unit unit(String text, TokenSpan token, int begin, int stemEnd, int end, boolean symbol,
                             List<Unit.Morph> morphs, boolean multiWord, WordClasses words) {
        String stem = text.substring(begin, stemEnd);
        return new Unit(begin, stemEnd, end, stem, stemEnd == end ? stem : text.substring(begin, end), symbol,
            begin == token.begin(), end == token.end(), morphs, multiWord, words);
    }
}
