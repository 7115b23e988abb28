package io.github.hanex.io.input;

/** An input that cannot be read as a document (empty, binary, undecodable, too large ...), with a reason. */
public class InputRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputRejectedException(String message) {
        super(message);
    }

    public InputRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
