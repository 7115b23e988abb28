package io.github.hanex.eval.score;

import io.github.hanex.eval.event.EventFrame;
import java.util.List;
import java.util.Map;

/**
 * Everything an event argument evaluation found.
 *
 * @param triggers the event alignment: tp = aligned gold/predicted events, fp = predicted events left over,
 *     fn = gold events left over (type-aware, lenient, one to one)
 * @param roles per role ({@link EventFrame#ROLES}), in that order
 * @param arguments all roles together
 * @param modality gold modality → predicted modality → aligned events
 */
public record EventEvaluationResult(
    String gold,
    String predictions,
    int documents,
    Prf triggers,
    Map<String, RoleScore> roles,
    RoleScore arguments,
    int modalityCorrect,
    int modalityTotal,
    Map<String, Map<String, Integer>> modality,
    List<ArgumentError> errors,
    List<String> warnings) {

    /**
     * The scores of one role. {@code strict} and {@code lenient} count every event (arguments of unaligned gold
     * events are missed, those of unaligned predictions spurious); {@code alignedStrict} and
     * {@code alignedLenient} count aligned events only (how good the arguments are where the trigger is right).
     * Strict and lenient differ for date (the same date vs one date a prefix of the other) and place (the same
     * name vs one name containing the other).
     */
    public record RoleScore(String role, Prf strict, Prf lenient, Prf alignedStrict, Prf alignedLenient) {
        public static RoleScore zero(String role) {
            return new RoleScore(role, Prf.ZERO, Prf.ZERO, Prf.ZERO, Prf.ZERO);
        }

        public RoleScore plus(RoleScore o) {
            return new RoleScore(role, strict.plus(o.strict), lenient.plus(o.lenient),
                alignedStrict.plus(o.alignedStrict), alignedLenient.plus(o.alignedLenient));
        }
    }

    /** What went wrong with one argument (or one event, for {@link ErrorKind#MISSED_EVENT} and SPURIOUS_EVENT). */
    public enum ErrorKind {
        /** The gold gives a value, the aligned prediction none (or not this participant). */
        MISSED,
        /** The prediction gives a value (a participant) the aligned gold event does not. */
        SPURIOUS,
        /** Both give a value and they differ, even leniently. */
        WRONG,
        /** Both give a value that differs strictly but matches leniently (date prefix, place containment). */
        PARTIAL,
        /** A gold event no prediction aligns with. */
        MISSED_EVENT,
        /** A predicted event no gold event aligns with. */
        SPURIOUS_EVENT
    }

    /**
     * One error.
     *
     * @param role a role of {@link EventFrame#ROLES}, or {@code trigger} for an unaligned event
     * @param gold the gold event (null for a spurious event)
     * @param predicted the predicted event (null for a missed event)
     */
    public record ArgumentError(String docId, String role, ErrorKind kind, EventFrame gold, EventFrame predicted,
        String goldValue, String predictedValue) {
    }
}
