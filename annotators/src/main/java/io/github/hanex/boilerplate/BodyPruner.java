package io.github.hanex.boilerplate;

import io.github.hanex.date.Timestamps;
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
     * thing, whatever follows the label: a teaser with its picture and blurb, a list of links. After a label that
     * introduces a list of other pages ({@code list-label}: "Related posts", "함께 보면 좋은 기사"), the teasers that
     * follow it in its container go too, up to the next heading of the story or a paragraph without links.
     */
    void dropLabelledBoxes(BlockRoles roles, List<Box> region) {
        for (int i = 0; i < roles.size(); i++) {
            Block b = roles.block(i);
            if (b.length() > 60) {
                continue;
            }
            String label = label(b);
            boolean list = cues.matchPattern(BoilerplateCues.Kind.LIST_LABEL, label) != null;
            if (!list && cues.matchLine(BoilerplateCues.Kind.CHROME_LINE, label) == null) {
                continue;
            }
            Box labelled = null;
            for (Box box = b.box; box != null && box.firstBlock == i; box = box.parent) {
                if (box.textLength > 600 || region.contains(box) || containsAny(box, region)) {
                    break;
                }
                labelled = box;
            }
            if (labelled != null) {
                for (int j = labelled.firstBlock; j < labelled.endBlock; j++) {
                    roles.set(j, Role.NONE);
                }
            }
            if (list) {
                dropTeasersAfter(roles, b, labelled != null ? labelled : b.box);
            }
        }
    }

    /** The label's text lower-cased, without bullets before it and a colon after it. */
    private static String label(Block b) {
        String label = b.text.toString().strip().toLowerCase(Locale.ROOT);
        int start = 0;
        while (start < label.length() && isBullet(label.charAt(start))) {
            start++;
        }
        label = label.substring(start).strip();
        if (label.endsWith(":")) {
            label = label.substring(0, label.length() - 1).strip();
        }
        return label;
    }

    private static boolean isBullet(char c) {
        return "■□▶▷◆◇●○※*·-–—►▲△▪•".indexOf(c) >= 0;
    }

    /**
     * Drops the teasers after a list label: the parts of the label box's container that follow it, while each is
     * teaser-like (linked titles with their blurbs, a list of links, short bits such as dates), up to a heading of the
     * label's rank or above.
     */
    private void dropTeasersAfter(BlockRoles roles, Block label, Box labelBox) {
        Box parent = labelBox.parent;
        if (parent == null) {
            return;
        }
        int rank = label.box.heading;
        int j = labelBox.endBlock;
        while (j < parent.endBlock) {
            Box unit = childOf(parent, roles.block(j).box);
            int end = unit == null ? j + 1 : unit.endBlock;
            Block first = roles.block(j);
            int level = first.box.heading;
            if (level > 0 && (rank == 0 || level <= rank) && first.linkDensity() <= 0.5) {
                return; // the next section of the story
            }
            if (!teaserLike(roles, j, end)) {
                return;
            }
            for (int k = j; k < end; k++) {
                roles.set(k, Role.NONE);
            }
            j = end;
        }
    }

    /** The child of {@code parent} that holds {@code box}, or null when the box is the parent itself. */
    private static Box childOf(Box parent, Box box) {
        Box b = box;
        while (b != null && b.parent != parent) {
            b = b.parent;
        }
        return b;
    }

    /** Teasers: a linked title for every two paragraphs or more, or no paragraph at all (dates, links, labels). */
    private static boolean teaserLike(BlockRoles roles, int from, int to) {
        int linked = 0;
        int prose = 0;
        for (int k = from; k < to; k++) {
            Block b = roles.block(k);
            if (b.linkDensity() > 0.5) {
                linked++;
            } else if (BlockRoles.isProse(b)) {
                prose++;
            }
        }
        return prose == 0 || linked * 2 >= prose;
    }

    /**
     * What follows a closing section label at the end of the story: "About Northwind Labs" (when the next paragraph
     * is about that name), "Media contact", "Forward-looking statements", "한빛솔루션 개요" ({@code end-label} cues).
     * The label and everything after it go, when the story (two paragraphs or more) comes before it and what
     * follows is the smaller part.
     */
    void dropEndSections(BlockRoles roles) {
        int prose = 0;
        int keptText = roles.keptLength();
        int before = 0;
        for (int i = 0; i < roles.size(); i++) {
            if (roles.is(i, Role.NONE)) {
                continue;
            }
            Block b = roles.block(i);
            if (prose >= 2 && b.length() <= 60 && TextShape.words(b.text.toString()) <= 6
                && (!TextShape.endsSentence(b.text.toString()) || b.text.toString().strip().endsWith(":"))
                && keptText - before < 0.5 * keptText && isEndLabel(roles, i, b)) {
                for (int k = i; k < roles.size(); k++) {
                    roles.set(k, Role.NONE);
                }
                return;
            }
            if (roles.isBodyProse(i)) {
                prose++;
            }
            before += b.length();
        }
    }

    private boolean isEndLabel(BlockRoles roles, int i, Block b) {
        String label = label(b);
        String name = cues.matchPattern(BoilerplateCues.Kind.END_LABEL, label);
        if (name == null) {
            return false;
        }
        if (name.isEmpty()) {
            return true;
        }
        // "About Northwind Labs": the next paragraph speaks of that name ("Northwind Labs is a ...").
        String original = b.text.toString();
        for (int k = i + 1; k < roles.size(); k++) {
            if (!roles.is(k, Role.NONE)) {
                String next = roles.block(k).text.toString().strip().toLowerCase(Locale.ROOT);
                String word = firstWord(name);
                return !word.isEmpty() && next.startsWith(word) && namesSomething(original, word);
            }
        }
        return false;
    }

    /** The first word of a name, past an article. */
    private static String firstWord(String name) {
        String[] words = name.split("\\s+");
        int k = words.length > 1 && (words[0].equals("the") || words[0].equals("die") || words[0].equals("der")
            || words[0].equals("la") || words[0].equals("le") || words[0].equals("el")) ? 1 : 0;
        return words[k];
    }

    /** In Latin script the name is capitalized as a name is ("About Northwind Labs", not "About the study"). */
    private static boolean namesSomething(String label, String word) {
        int at = label.toLowerCase(Locale.ROOT).indexOf(word);
        if (at < 0) {
            return false;
        }
        char c = label.charAt(at);
        return !Character.isLetter(c) || !Character.isLowerCase(c) || TextShape.isHangul(word);
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
    void trimEdges(BlockRoles roles) {
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
                && !roles.isDropCap(i) && !DateLists.isListItem(roles.blocks, b, chromeLines)) {
                roles.set(i, Role.NONE);
            }
            // A dateline before the story ("Saturday, 14 September 2024, 17:45 | Sam Whitfield").
            if (i < first && roles.is(i, Role.BODY) && !BlockRoles.isProse(b) && b.length() < 100
                && Timestamps.toIso(b.text.toString().toLowerCase(Locale.ROOT)) != null
                && !DateLists.isListItem(roles.blocks, b, chromeLines)) {
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
