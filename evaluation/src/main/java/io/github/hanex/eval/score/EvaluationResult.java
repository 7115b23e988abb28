package io.github.hanex.eval.score;

import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.Span;
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
    List<RuleScore> rules,
    List<RuleScore> ruleFiles,
    List<OutOfText> goldOutOfText,
    Map<String, Integer> ignoredGoldTypes,
    List<String> warnings) {

    /** The false negatives counted by their context, per type (see {@link MissedContexts}). */
    public List<MissedContexts.TypeContexts> missedByContext() {
        return MissedContexts.of(errors);
    }

    /**
     * A gold mention whose offsets lie beyond the end of its document's text (as long as {@code length}): it
     * cannot be matched and is left out of the scores.
     */
    public record OutOfText(String docId, Mention mention, Anchor anchor, int length) {
    }

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

    /**
     * The scores of one document (all types together); {@code predDocId} is the predictions' id of it, null when the
     * predictions do not have it.
     */
    public record DocumentScore(String docId, String predDocId, Scores scores) {
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

    /** Which text an error context shows. */
    public enum TextKind {
        /** The article text (the {@code _InitialView}, or the gold's own sentence). */
        ARTICLE,
        /** The original input as plain text, where the mention is outside the article text. */
        SOURCE,
        /** The visible text of an HTML page (markup removed), where the mention is outside the article text. */
        PAGE,
        /** The page's markup itself: the mention lies inside a tag or attribute. */
        MARKUP;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A window of text around an error, with the gold span and the predicted span in it (window offsets; either
     * is null when it is not shown in this text). White space is shown as single spaces, offsets unchanged.
     */
    public record Context(String window, Span gold, Span predicted, TextKind kind) {

        public Context {
            if (gold == null && predicted == null) {
                throw new IllegalArgumentException("a context shows at least one span");
            }
        }

        /** The span the error is about: the gold one if shown, else the predicted one. */
        public Span subject() {
            return gold != null ? gold : predicted;
        }

        public String left() {
            return window.substring(0, subject().begin());
        }

        public String mention() {
            return window.substring(subject().begin(), subject().end());
        }

        public String right() {
            return window.substring(subject().end());
        }

        /** True when the mention is outside the article text (in text the boilerplate remover dropped). */
        public boolean outsideArticle() {
            return kind != TextKind.ARTICLE;
        }
    }

    /**
     * The words around a mention in its document: {@code before}, the word right before it (when the mention
     * starts a word and that word has no particle), {@code after}, what follows it: the rest of its own word if
     * that is more than particles ({@code attached}: {@code 씨} of {@code 홍길동씨는}), else, when the mention ends
     * its word, the next word without its particles ({@code 감독} of {@code 감독은}). Null where there is none
     * (punctuation, the end of the text, a particle after the mention: the next word is then no context of it).
     */
    public record Words(String before, String after, boolean attached) {
        public static final Words NONE = new Words(null, null, false);
    }

    /**
     * One error. {@code gold} is null for a false positive, {@code predicted} null for a false negative;
     * {@code confusedWith} is the label of an overlapping mention of another label, if any. {@code predDocId} is
     * the predictions' id of the document (it may differ from {@code docId}, the gold's); {@code goldInArticle}
     * the gold mention's span in the article text of the prediction (mapped from source offsets where needed;
     * null when unknown or outside the article); {@code context} may be null when no text is known.
     */
    public record ErrorEntry(String docId, String predDocId, ErrorKind kind, String type, Mention gold,
        Mention predicted, Anchor anchor, String confusedWith, Context context, Span goldInArticle, Words words) {

        /** The mention the error is about: the gold one, or the prediction for a false positive. */
        public Mention subject() {
            return gold != null ? gold : predicted;
        }
    }

    /** A text and how often it occurs. */
    public record Count(String text, int count) {
    }

    /**
     * What the predictions of one rule and type scored. Every prediction is strict tp or fp and lenient tp or fp
     * exactly as in the type's scores; recall and false negatives cannot be attributed to a rule. {@code
     * wrongType}: lenient false positives that overlap a gold mention of another label; {@code falsePositives}:
     * the texts of its lenient false positives, most frequent first (at most {@value #EXAMPLES}); {@code
     * f1}/{@code f1Without}: the type's F1 as scored and as it would be if this rule's predictions were dropped
     * (its true positives becoming misses; other rules might take over, so this is an estimate).
     */
    public record RuleScore(String rule, String type, int predicted, int strictTp, int lenientTp, int wrongType,
        List<Count> falsePositives, double strictF1, double strictF1Without, double lenientF1,
        double lenientF1Without) {

        public static final int EXAMPLES = 5;
        /** The id shown for predictions without a rule. */
        public static final String NO_RULE = "(no rule)";

        public int strictFp() {
            return predicted - strictTp;
        }

        public int lenientFp() {
            return predicted - lenientTp;
        }

        public double strictPrecision() {
            return Prf.ratio(strictTp, predicted);
        }

        public double lenientPrecision() {
            return Prf.ratio(lenientTp, predicted);
        }

        /** True when every prediction of the rule is a (lenient) false positive. */
        public boolean onlyFalsePositives() {
            return predicted > 0 && lenientTp == 0;
        }

        /** How much the type's lenient F1 would change without this rule's predictions (positive: it hurts). */
        public double lenientDelta() {
            return lenientF1Without - lenientF1;
        }

        public double strictDelta() {
            return strictF1Without - strictF1;
        }

        /** The rule file of a {@code file:line} id (the id itself for a built-in rule). */
        public String file() {
            return fileOf(rule);
        }

        public static String fileOf(String rule) {
            int colon = rule.lastIndexOf(':');
            if (colon > 0 && colon + 1 < rule.length() && rule.substring(colon + 1).chars().allMatch(Character::isDigit)
                && rule.substring(0, colon).contains(".")) {
                return rule.substring(0, colon);
            }
            return rule;
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
