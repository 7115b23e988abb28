package io.github.hanex.tokenize;

/**
 * A morpheme as an analyzer reports it: {@code [begin,end)} in the analyzed text, the analyzer's form
 * ({@code lemma}: the dictionary form for stems, e.g. 하 for 했) and a Sejong POS tag.
 */
public record AnalyzedMorpheme(int begin, int end, String lemma, String pos) {
}
