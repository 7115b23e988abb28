package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Block;
import io.github.hanex.boilerplate.HtmlBlocks.Box;
import java.util.List;

/**
 * Gives each block inside the chosen body its role: chrome boxes inside it (share bars, related lists, ads), link
 * lists, bylines, date and copyright lines go; headings and subtitle boxes become subtitles, figure captions captions,
 * the rest body.
 */
final class BlockClassifier {

    private final ChromeLines chromeLines;

    BlockClassifier(ChromeLines chromeLines) {
        this.chromeLines = chromeLines;
    }

    /** Sets the role of every block of the {@code region} boxes. */
    void classify(BlockRoles roles, List<Box> region) {
        for (Box box : region) {
            for (int i = box.firstBlock; i < box.endBlock; i++) {
                roles.set(i, classify(roles.blocks, roles.block(i), box));
            }
        }
    }

    private Role classify(List<Block> blocks, Block b, Box regionBox) {
        Box chrome = b.box.nearestChrome;
        if (chrome != null && chrome != regionBox && regionBox.contains(chrome)) {
            return Role.NONE;
        }
        if (b.box.byline && b.length() < 200) {
            return Role.NONE;
        }
        boolean caption = inCaption(b.box, regionBox);
        int heading = headingOf(b.box, regionBox);
        double ld = b.linkDensity();
        if (ld > 0.5 || (ld > 0.25 && b.length() < 60)) {
            return Role.NONE;
        }
        if (chromeLines.isChromeLine(b)
            && !(chromeLines.isDateOnly(b) && DateLists.isListItem(blocks, b, chromeLines))) {
            return Role.NONE;
        }
        if (caption) {
            return Role.CAPTION;
        }
        if (heading > 0 || (inSubtitle(b.box, regionBox) && b.length() < 300)) {
            return Role.SUBTITLE;
        }
        if (b.boldChars == b.length() && b.length() < 120 && !TextShape.endsSentence(b.text.toString())) {
            return Role.SUBTITLE;
        }
        return Role.BODY;
    }

    /** Inside a caption element that is inside {@code stop} (or is it). */
    static boolean inCaption(Box box, Box stop) {
        if (!box.inCaption) {
            return false;
        }
        for (Box b = box; b != null && b.depth >= stop.depth; b = b.parent) {
            if (b.caption) {
                return true;
            }
        }
        return false;
    }

    /** Inside a subtitle element that is inside {@code stop} (or is it). */
    static boolean inSubtitle(Box box, Box stop) {
        if (!box.inSubtitle) {
            return false;
        }
        for (Box b = box; b != null && b.depth >= stop.depth; b = b.parent) {
            if (b.subtitle) {
                return true;
            }
        }
        return false;
    }

    /** Level of the heading element around the box inside {@code stop}, 0 for none. */
    static int headingOf(Box box, Box stop) {
        if (box.heading == 0) {
            return 0;
        }
        for (Box b = box; b != null && b.depth >= stop.depth; b = b.parent) {
            int level = b.headingLevel();
            if (level > 0) {
                return level;
            }
        }
        return 0;
    }
}
