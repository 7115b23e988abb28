package io.github.hanex.eval.score;

import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.Mention;
import java.util.List;
import java.util.Map;

/** Everything an evaluation found. */
public record EvaluationResult(
    String gold,
    String predictions,
    List<String> types,
    Map<String, TypeScore> byType,
    Scores micro,
    MacroScores macro,
    List<AttributeScore> attributes,
    Confusion confusion,
    List<DocumentScore> documents,
    BootstrapIntervals bootstrap,
    List<ErrorEntry> errors,
    Map<String, Integer> ignoredGoldTypes,
    List<String> warnings) {

    /** Strict and lenient counts. */
    public record Scores(Prf strict, Prf lenient) {
        public static final Scores ZERO = new Scores(Prf.ZERO, Prf.ZERO);

        public Scores plus(Scores o) {
            return new Scores(strict.plus(o.strict), lenient.plus(o.lenient));
        }
    }

    /** Macro averages, over the types that have gold or predicted mentions. */
    public record MacroScores(Macro strict, Macro lenient, List<String> types) {
    }

    /** The scores of one type. */
    public record TypeScore(String type, Scores scores) {
    }

    /** The scores of one document (all types together). */
    public record DocumentScore(String docId, Scores scores) {
    }

    /**
     * Accuracy of an attribute over matched pairs of a type.
     *
     * @param attribute {@code value_currency}, {@code qualifier}, {@code value_max}, {@code all} (Money),
     *     {@code modality} (EventTrigger)
     */
    public record AttributeScore(String type, String attribute, int strictCorrect, int strictTotal,
        int lenientCorrect, int lenientTotal) {

        public Double strictAccuracy() {
            return strictTotal == 0 ? null : (double) strictCorrect / strictTotal;
        }

        public Double lenientAccuracy() {
            return lenientTotal == 0 ? null : (double) lenientCorrect / lenientTotal;
        }
    }

    /**
     * Gold label (rows) against predicted label (columns) for overlapping spans; labels are types, event
     * triggers with their event type ({@code EventTrigger:MEET}); {@link #NONE} is "no mention".
     */
    public record Confusion(List<String> labels, Map<String, Map<String, Integer>> counts) {
        public static final String NONE = "(none)";

        public int count(String gold, String predicted) {
            return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
        }
    }

    /** What went wrong with one mention. */
    public enum ErrorKind {
        /** A gold mention no prediction overlaps (as matched one to one, type-aware). */
        FALSE_NEGATIVE,
        /** A prediction that overlaps no gold mention of its type. */
        FALSE_POSITIVE,
        /** A gold mention and a prediction that overlap but differ in span: a strict miss, a lenient hit. */
        BOUNDARY
    }

    /** A text window: left context, the mention, right context. */
    public record Context(String left, String mention, String right) {
    }

    /**
     * One error. {@code gold} is null for a false positive, {@code predicted} null for a false negative;
     * {@code confusedWith} is the label of an overlapping mention of another label, if any.
     */
    public record ErrorEntry(String docId, ErrorKind kind, String type, Mention gold, Mention predicted,
        Anchor anchor, String confusedWith, Context context) {

        /** The mention the error is about: the gold one, or the prediction for a false positive. */
        public Mention subject() {
            return gold != null ? gold : predicted;
        }
    }

    /** Bootstrap confidence intervals (percentile method), over documents. */
    public record BootstrapIntervals(int resamples, long seed, double confidence,
        Map<String, Interval> overall, Map<String, Map<String, Interval>> byType) {
    }

    /** A confidence interval. */
    public record Interval(double low, double high) {
    }
}
