package io.github.hanex.run;

/**
 * Follows a corpus run: progress displays, summaries, benchmarks. Methods are called on the thread that runs
 * {@link CorpusRunner#run}, except {@link #total}, which comes from a background thread. They must not throw.
 */
public interface RunListener {

    /** Before the pipelines start; {@code doneBefore} documents finished by earlier runs are in the journal. */
    default void starting(CorpusRunner.Settings settings, int doneBefore) {
    }

    /** The pipelines are ready; the first document comes next. */
    default void started() {
    }

    /** The number of documents this run will process (counted in the background; an estimate until the end). */
    default void total(long documents) {
    }

    /** A document this run processed (ok or failed); {@code processed} counts them so far. */
    default void processed(DocumentResult result, long processed) {
    }

    /** The run is complete and its outputs are in place. */
    default void finished(CorpusRunner.Summary summary) {
    }

    /** The run is over, completed or not (always called once {@link #starting} was). */
    default void ended() {
    }
}
