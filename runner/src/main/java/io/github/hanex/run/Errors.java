package io.github.hanex.run;

import io.github.hanex.resource.RuleFileException;

/** Turns exceptions into the one line a user needs to read. */
public final class Errors {

    private Errors() {
    }

    /** The most telling message in the cause chain: a rule-file error if there is one, else the root cause. */
    public static String describe(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleFileException) {
                return t.getMessage();
            }
            root = t;
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
