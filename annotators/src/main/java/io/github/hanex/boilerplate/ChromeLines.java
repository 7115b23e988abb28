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

    boolean isChromeLine(Block b) {
        if (b.chromeLine == 0) {
            b.chromeLine = (byte) (chromeLine(b) ? 2 : 1);
        }
        return b.chromeLine == 2;
    }

    private boolean chromeLine(Block b) {
        int n = b.length();
        if (n > 200) {
            return false;
        }
        String lower = b.text.toString().toLowerCase(Locale.ROOT);
        if (TextShape.isChromeByCues(lower, cues)) {
            return true;
        }
        // Up to 200 characters: newsletter and consent prompts run longer than copyright lines.
        if (n < 200 && cues.matchText(BoilerplateCues.Kind.CHROME_TEXT, lower) != null) {
            return true;
        }
        return TextShape.isBylineOnly(lower, cues) || TextShape.isDateLine(lower, cues);
    }
}
