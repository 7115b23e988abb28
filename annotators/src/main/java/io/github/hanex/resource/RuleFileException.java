package io.github.hanex.resource;

/**
 * A rule, dictionary or tag-map file that cannot be used, with where and why: {@code file:line: reason}.
 * Thrown while resources load, so a broken file stops the run before any document is processed.
 */
public class RuleFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    public RuleFileException(String file, int line, String reason) {
        this(file, line, reason, null);
    }

    public RuleFileException(String file, int line, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** The file as it was named (location string). */
    public String getFile() {
        return file;
    }

    /** 1-based line number, or 0 when the problem is not on one line. */
    public int getLine() {
        return line;
    }

    public String getReason() {
        return reason;
    }
}
