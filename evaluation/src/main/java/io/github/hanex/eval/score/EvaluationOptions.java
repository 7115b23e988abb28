package io.github.hanex.eval.score;

import io.github.hanex.eval.Anchor;
import java.util.List;

/**
 * How to evaluate.
 *
 * @param types the hanex types to score, or null: for a gold with its own tag set (BIO, inline) the types it
 *     annotates, else every type in the gold or the predictions
 * @param anchor which gold offsets to match on: null for each gold mention's own (article offsets if given,
 *     else source offsets), or one anchor for all
 * @param goldDocumentsOnly score only the documents the gold knows (else predictions for other documents are
 *     false positives)
 * @param resamples bootstrap resamples over documents (0: none)
 * @param seed bootstrap seed
 * @param confidence confidence level of the bootstrap intervals (e.g. 0.95)
 * @param contextChars characters of context shown on each side of an error
 */
public record EvaluationOptions(List<String> types, Anchor anchor, boolean goldDocumentsOnly,
    int resamples, long seed, double confidence, int contextChars) {

    public static EvaluationOptions defaults() {
        return new EvaluationOptions(null, null, false, 1000, 42, 0.95, 30);
    }

    public EvaluationOptions withResamples(int n) {
        return new EvaluationOptions(types, anchor, goldDocumentsOnly, n, seed, confidence, contextChars);
    }

    public EvaluationOptions withTypes(List<String> t) {
        return new EvaluationOptions(t, anchor, goldDocumentsOnly, resamples, seed, confidence, contextChars);
    }

    public EvaluationOptions withAnchor(Anchor a) {
        return new EvaluationOptions(types, a, goldDocumentsOnly, resamples, seed, confidence, contextChars);
    }
}
