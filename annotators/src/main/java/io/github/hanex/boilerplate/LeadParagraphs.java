package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Block;
import io.github.hanex.boilerplate.HtmlBlocks.Box;

/**
 * Keeps what stands between the title and the first paragraph of the story: subtitles (decks, standfirsts) and
 * lead-photo captions. A block that repeats the page's declared description is the deck.
 */
final class LeadParagraphs {

    private final ChromeLines chromeLines;

    LeadParagraphs(ChromeLines chromeLines) {
        this.chromeLines = chromeLines;
    }

    /** {@code title} is the title block, {@code description} the page's declared description (or null). */
    void add(BlockRoles roles, int title, String description) {
        TextShape.Reference deck = description == null || description.length() < 20 ? null
            : new TextShape.Reference(TextShape.fold(description));
        // Up to the first paragraph of the story: a kept standfirst may stand before the lead photo.
        int end = -1;
        for (int i = title + 1; i < roles.size(); i++) {
            if (roles.isBodyProse(i)) {
                end = i;
                break;
            }
        }
        if (end < 0 || end - title > 40) {
            return;
        }
        Box root = roles.page.boxes.get(0);
        for (int i = title + 1; i < end; i++) {
            Block b = roles.block(i);
            if (!roles.is(i, Role.NONE) || b.box.nearestChrome != null || b.linkDensity() > 0.3 || b.length() < 8
                || chromeLines.isChromeLine(b)) {
                continue;
            }
            if (BlockClassifier.inCaption(b.box, root)) {
                roles.set(i, Role.CAPTION);
            } else if (deck != null && deck.similarity(b.folded()) >= 0.8) {
                roles.set(i, Role.SUBTITLE);
            } else if (BlockClassifier.inSubtitle(b.box, root) || BlockClassifier.headingOf(b.box, root) > 1
                || b.boldChars == b.length() && b.length() <= 200 && !TextShape.endsSentence(b.text.toString())) {
                roles.set(i, Role.SUBTITLE);
            }
        }
    }
}
