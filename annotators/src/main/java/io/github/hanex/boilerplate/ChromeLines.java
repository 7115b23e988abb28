package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Block;
import java.util.Locale;

/**
 * Tells blocks that are page chrome by their text alone: copyright lines, ad labels, share prompts, newsletter and
 * consent prompts, bylines and date lines (see {@link TextShape#isChromeByCues}). The answer is kept in the block,
 * as several steps ask about the same block.
 */
final class ChromeLines {

    private final BoilerplateCues cues;

    ChromeLines(BoilerplateCues cues) {
        this.cues = cues;
    }

    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte CHROME = 2;
    /** Chrome only as a date line: a date or time with at most a label. */
    private static final byte DATE = 3;

    boolean isChromeLine(Block b) {
        return state(b) >= CHROME;
    }

    /** The block is a date line ("Updated 2 July 2024, 09:15", "입력 2025.03.02") and no other chrome. */
    boolean isDateOnly(Block b) {
        return state(b) == DATE;
    }

    private byte state(Block b) {
        if (b.chromeLine == UNKNOWN) {
            b.chromeLine = chromeLine(b);
        }
        return b.chromeLine;
    }

    private byte chromeLine(Block b) {
        int n = b.length();
        if (n > 200) {
            return NO;
        }
        String lower = b.text.toString().toLowerCase(Locale.ROOT);
        if (TextShape.isChromeByCues(lower, cues)) {
            return CHROME;
        }
        // Up to 200 characters: newsletter and consent prompts run longer than copyright lines.
        if (n < 200 && cues.matchText(BoilerplateCues.Kind.CHROME_TEXT, lower) != null) {
            return CHROME;
        }
        if (TextShape.isBylineOnly(lower, cues)) {
            return CHROME;
        }
        return TextShape.isDateLine(lower, cues) ? DATE : NO;
    }
}
