package io.github.hanex.io.input;

/**
 * An input that cannot be read as a document (empty, binary, undecodable, too large ...), with a reason, and
 * whether the reason lies in the input itself or around it: an input over the size limit may pass a higher
 * limit, a file missing or unreadable today may be there tomorrow; an empty or binary file stays what it is.
 */
public class InputRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What would let the input through. */
    public enum Remedy {
        /** Nothing: the input is what it is. */
        NONE,
        /** A higher size limit ({@link #sizeLimit()} was too low). */
        LARGER_SIZE_LIMIT,
        /** A change around the input (a file put back, a permission given): worth trying again. */
        ENVIRONMENT
    }

    private final Remedy remedy;
    private final long sizeLimit;

    public InputRejectedException(String message) {
        this(message, null, Remedy.NONE, -1);
    }

    public InputRejectedException(String message, Throwable cause) {
        this(message, cause, Remedy.NONE, -1);
    }

    /** @param sizeLimit the size limit the input was over, for {@link Remedy#LARGER_SIZE_LIMIT} */
    public InputRejectedException(String message, Throwable cause, Remedy remedy, long sizeLimit) {
        super(message, cause);
        this.remedy = remedy;
        this.sizeLimit = sizeLimit;
    }

    public Remedy remedy() {
        return remedy;
    }

    /** The size limit the input was over, or -1. */
    public long sizeLimit() {
        return sizeLimit;
    }
}
