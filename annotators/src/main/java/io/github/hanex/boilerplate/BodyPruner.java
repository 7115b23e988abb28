package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Block;
import io.github.hanex.boilerplate.HtmlBlocks.Box;
import java.util.List;
import java.util.Locale;

/**
 * Prunes the classified body: boxes that open with a chrome label, short bits and datelines at its edges, labels
 * of dropped link lists; and, when nothing worth keeping is left, falls back to every prose block outside chrome.
 */
final class BodyPruner {

    private final BoilerplateCues cues;
    private final ChromeLines chromeLines;

    BodyPruner(BoilerplateCues cues, ChromeLines chromeLines) {
        this.cues = cues;
        this.chromeLines = chromeLines;
    }

    /**
     * A small box inside the body that opens with a chrome label ("Keep Reading", "Related", "Most read") is that
     * thing, whatever follows the label: a teaser with its picture and blurb, a list of links.
     */
    void dropLabelledBoxes(BlockRoles roles, List<Box> region) {
        for (int i = 0; i < roles.size(); i++) {
            Block b = roles.block(i);
            if (b.length() > 60) {
                continue;
            }
            String label = b.text.toString().strip().toLowerCase(Locale.ROOT);
            if (label.endsWith(":")) {
                label = label.substring(0, label.length() - 1).strip();
            }
            if (cues.matchLine(BoilerplateCues.Kind.CHROME_LINE, label) == null) {
                continue;
            }
            Box labelled = null;
            for (Box box = b.box; box != null && box.firstBlock == i; box = box.parent) {
                if (box.textLength > 600 || region.contains(box) || containsAny(box, region)) {
                    break;
                }
                labelled = box;
            }
            if (labelled == null) {
                continue;
            }
            for (int j = labelled.firstBlock; j < labelled.endBlock; j++) {
                roles.set(j, Role.NONE);
            }
        }
    }

    private static boolean containsAny(Box box, List<Box> boxes) {
        for (Box b : boxes) {
            if (box.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** Short bits before the first and after the last real paragraph are labels and bylines, not text. */
    static void trimEdges(BlockRoles roles) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < roles.size(); i++) {
            if (roles.isBodyProse(i)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        for (int i = 0; i < roles.size(); i++) {
            Block b = roles.block(i);
            if ((i < first || i > last) && roles.is(i, Role.BODY) && !BlockRoles.isProse(b) && b.length() < 40
                && !roles.isDropCap(i)) {
                roles.set(i, Role.NONE);
            }
            // A dateline before the story ("Saturday, 14 September 2024, 17:45 | Sam Whitfield").
            if (i < first && roles.is(i, Role.BODY) && !BlockRoles.isProse(b) && b.length() < 100
                && Dates.toIso(b.text.toString().toLowerCase(Locale.ROOT)) != null) {
                roles.set(i, Role.NONE);
            }
            // A paragraph after the story that opens with a pictograph ("🏃 Want the best tools ...") is a plug.
            if (i >= last && roles.is(i, Role.BODY) && i > first && startsWithPictograph(b.text)) {
                roles.set(i, Role.NONE);
            }
            // A heading after the last paragraph heads whatever comes next (more news, comments).
            if (i > last && roles.is(i, Role.SUBTITLE)) {
                roles.set(i, Role.NONE);
            }
        }
    }

    private static boolean startsWithPictograph(SourceText text) {
        if (text.length() < 2) {
            return false;
        }
        int c = Character.codePointAt(text.toString(), 0);
        return Character.getType(c) == Character.OTHER_SYMBOL;
    }

    /** "Read also:", "Lee también..." before a dropped link box: a label of what was dropped. */
    void dropLabels(BlockRoles roles) {
        for (int i = 0; i + 1 < roles.size(); i++) {
            Block b = roles.block(i);
            Block next = roles.block(i + 1);
            if (roles.is(i, Role.BODY) && roles.is(i + 1, Role.NONE)
                && (next.linkDensity() > 0.5 || next.box.parent == b.box.parent && chromeLines.isChromeLine(next))
                && TextShape.words(b.text.toString()) <= 5 && !BlockRoles.isProse(b)) {
                roles.set(i, Role.NONE);
            }
        }
    }

    /** When scoring found no body, keep every prose block outside chrome. */
    void fallback(BlockRoles roles) {
        for (Block b : roles.blocks) {
            if (b.box.nearestChrome == null && b.linkDensity() < 0.3 && BlockRoles.isProse(b)
                && !chromeLines.isChromeLine(b)) {
                roles.set(b.index, Role.BODY);
            }
        }
    }
}
