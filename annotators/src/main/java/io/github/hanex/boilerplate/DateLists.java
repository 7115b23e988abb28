package io.github.hanex.boilerplate;

import io.github.hanex.date.Timestamps;
import io.github.hanex.boilerplate.HtmlBlocks.Block;
import io.github.hanex.boilerplate.HtmlBlocks.Box;
import java.util.List;

/**
 * Lists and calendars whose items begin with a date ("12 July 2024: Opening night", a {@code <dt>} of dates with
 * {@code <dd>} events, a table of dated results) are article text, not date lines of page chrome: an item counts
 * as such when its list holds at least two items that begin with a date and some text that is no date.
 */
final class DateLists {

    private static final int MAX_LIST_BLOCKS = 200;

    private DateLists() {
    }

    /** Whether block {@code b} (of {@code blocks}) is an item of a dated list. */
    static boolean isListItem(List<Block> blocks, Block b, ChromeLines chromeLines) {
        Box list = listAround(b.box);
        if (list == null || list.endBlock - list.firstBlock > MAX_LIST_BLOCKS) {
            return false;
        }
        if (list.datedList == 0) {
            list.datedList = (byte) (dated(blocks, list, chromeLines) ? 2 : 1);
        }
        return list.datedList == 2;
    }

    private static boolean dated(List<Block> blocks, Box list, ChromeLines chromeLines) {
        int dated = 0;
        boolean other = false;
        for (int i = list.firstBlock; i < list.endBlock; i++) {
            Block item = blocks.get(i);
            if (item.linkDensity() > 0.5) {
                return false; // a list of links (an archive, a teaser list) is chrome whatever its dates
            }
            String text = item.text.toString();
            if (Timestamps.startsWithDate(text)) {
                dated++;
            }
            other |= !chromeLines.isDateOnly(item);
        }
        return dated >= 2 && other;
    }

    /** The list, definition list or table around the box, at most three boxes up, or null. */
    private static Box listAround(Box box) {
        Box b = box;
        for (int level = 0; b != null && level < 4; level++, b = b.parent) {
            switch (b.tag) {
                case "ul", "ol", "dl", "table", "tbody" -> {
                    return b;
                }
                default -> {
                }
            }
        }
        return null;
    }
}
