package io.github.hanex.tokenize;

import java.util.List;

/**
 * A Korean morphological analyzer behind one interface, so the pipeline does not depend on one analyzer.
 * Implementations need not be thread-safe: each annotator instance owns one.
 */
public interface KoreanAnalyzer {

    /**
     * Analyzes {@code text} (a sentence or paragraph). Offsets are relative to {@code text}; morphemes come in
     * text order and may share a span where the analyzer restored a conjugated or contracted form. White space
     * yields no morphemes. Empty or blank text yields an empty list.
     */
    List<AnalyzedMorpheme> analyze(String text);

    /** A short name for logs and benchmarks. */
    String name();
}
