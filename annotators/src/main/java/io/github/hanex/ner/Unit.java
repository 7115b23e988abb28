package io.github.hanex.ner;

import java.util.BitSet;
import java.util.List;
import java.util.StringJoiner;

/**
 * A piece of an eojeol the rules look at: either a symbol (bracket, comma ...) or a stem of content morphemes
 * followed by its tail of particles and endings ({@code 한빛전자는}: stem {@code 한빛전자}, tail {@code 는}).
 * A title written together with a name ({@code 홍길동씨}) makes a unit of its own. Offsets are document offsets.
 */
public final class Unit {

    /** One morpheme of the stem: document offsets, Sejong tag, analyzer lemma. */
    public record Morph(int begin, int end, String pos, String lemma) {
    }

    final int begin;
    final int stemEnd;
    final int end;
    final String stem;
    final String text;
    final boolean symbol;
    /** Whether white space (or the sentence start) comes right before this unit. */
    final boolean tokenStart;
    /** Whether white space (or the sentence end) comes right after this unit. */
    final boolean tokenEnd;
    final List<Morph> stemMorphs;
    /** Part of a name the analyzer knew as one multi-word proper noun ({@code 조 바이든}). */
    final boolean multiWord;
    private final WordClasses words;
    /** The ids of the unit's classes in {@link #words}; worked out when first asked for (not every rule asks). */
    private BitSet classes;
    /** The type of the mention (or blocked span) covering this unit so far, or null. */
    EntityType covered;

    Unit(int begin, int stemEnd, int end, String stem, String text, boolean symbol, boolean tokenStart,
         boolean tokenEnd, List<Morph> stemMorphs, boolean multiWord, WordClasses words) {
        this.begin = begin;
        this.stemEnd = stemEnd;
        this.end = end;
        this.stem = stem;
        this.text = text;
        this.symbol = symbol;
        this.tokenStart = tokenStart;
        this.tokenEnd = tokenEnd;
        this.stemMorphs = stemMorphs;
        this.multiWord = multiWord;
        this.words = words;
    }

    /** Where a mention made of this unit ends: after the stem, or after the symbol. */
    int mentionEnd() {
        return symbol || stemEnd <= begin ? end : stemEnd;
    }

    public String stem() {
        return stem;
    }

    public boolean has(String wordClass) {
        return has(words.classId(wordClass));
    }

    /** Whether the unit is in the class of that id ({@link WordClasses#classId}); false for -1. */
    boolean has(int classId) {
        return classId >= 0 && classes().get(classId);
    }

    boolean has(KnownClass wordClass) {
        return classes().get(wordClass.id);
    }

    private BitSet classes() {
        if (classes == null) {
            classes = new BitSet();
            Builtins.classify(this, words, classes);
        }
        return classes;
    }

    @Override
    public String toString() {
        StringJoiner names = new StringJoiner(", ", "[", "]");
        classes().stream().forEach(id -> names.add(words.className(id)));
        return stem + (text.length() > stem.length() ? "|" + text.substring(stem.length()) : "") + names;
    }
}
