package io.github.hanex.run;

import java.io.IOException;

/**
 * A corpus run refused before it touched anything: its output folder is not one hanex may write into, or holds
 * the output of other settings. The message says why and what to do ({@code hanex annotate} exits with 2).
 */
public class RunRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public RunRefusedException(String message) {
        super(message);
    }
}
