package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Block;

/**
 * The page's own article body (JSON-LD {@code articleBody}) settles the edges of the extracted body: prose it
 * contains is body wherever it sits (outside chrome), and when it covers the kept prose, what follows its last
 * paragraph is not body. When what was kept covers much less than the declared body (the body sat in a box that
 * looked like chrome, or was hidden until a script shows it), the declared body is rescued from the blocks of the
 * page that hold it, provided they hold most of it: its text must be on the page.
 */
final class DeclaredBody {

    private final ChromeLines chromeLines;

    DeclaredBody(ChromeLines chromeLines) {
        this.chromeLines = chromeLines;
    }

    /** What {@link #rescue} did. */
    enum Rescue { NOT_NEEDED, DONE, NOT_ON_PAGE }

    /** Kept text must cover this share of the declared body, or the body is rescued. */
    private static final double KEPT_SHARE = 0.5;
    /** Rescued blocks must cover this share of the declared body. */
    private static final double FOUND_SHARE = 0.6;
    /** Declared bodies shorter than this many windows are not worth a rescue. */
    private static final int MIN_WINDOWS = 150;

    void follow(BlockRoles roles, ReferenceText declared) {
        int n = roles.size();
        double[] overlap = new double[n];
        int keptProse = 0;
        int matchedProse = 0;
        int lastMatch = -1;
        double found = 0;
        for (int i = 0; i < n; i++) {
            Block b = roles.block(i);
            overlap[i] = b.length() >= 40 ? b.declaredOverlap(declared) : -1;
            if (overlap[i] >= 0.6 && b.box.nearestChrome == null && b.linkDensity() < 0.5
                && !chromeLines.isChromeLine(b)) {
                if (roles.is(i, Role.NONE)) {
                    roles.set(i, Role.BODY);
                }
                lastMatch = i;
                found += overlap[i] * ReferenceText.windowsOf(b.text);
            }
            if (roles.isBodyProse(i)) {
                keptProse++;
                matchedProse += overlap[i] >= 0.6 ? 1 : 0;
            }
        }
        // The whole declared body is on the page (not a teaser of it), or it covers most kept prose.
        boolean complete = !declared.truncated() && declared.size() >= 500 && found >= 0.8 * declared.size();
        if (lastMatch < 0 || !complete && matchedProse < 0.7 * keptProse) {
            return;
        }
        for (int i = lastMatch + 1; i < n; i++) {
            if (roles.is(i, Role.BODY) && overlap[i] < 0.3) {
                roles.set(i, Role.NONE);
            }
        }
    }

    /**
     * When the kept body covers less than half the declared body, keeps the blocks that hold the declared body
     * (anywhere outside links, even in chrome or hidden boxes), the short headings and lines between them that it
     * contains too, and drops kept body blocks after its start that it does not contain. Before its start, a kept
     * block that repeats the page's {@code description} (or null) is its deck.
     */
    Rescue rescue(BlockRoles roles, ReferenceText declared, String description) {
        if (declared.truncated() || declared.size() < MIN_WINDOWS) {
            return Rescue.NOT_NEEDED;
        }
        int n = roles.size();
        double kept = 0;
        for (int i = 0; i < n; i++) {
            Block b = roles.block(i);
            if (roles.is(i, Role.BODY) && b.length() >= 16) {
                kept += Math.max(0, b.declaredOverlap(declared)) * ReferenceText.windowsOf(b.text);
            }
        }
        if (kept >= KEPT_SHARE * declared.size()) {
            return Rescue.NOT_NEEDED;
        }
        double found = 0;
        int first = -1;
        int last = -1;
        boolean[] holds = new boolean[n];
        for (int i = 0; i < n; i++) {
            Block b = roles.block(i);
            if (b.length() < 16 || b.linkDensity() >= 0.5) {
                continue;
            }
            double overlap = b.declaredOverlap(declared);
            if (overlap >= 0.5 && !chromeLines.isChromeLine(b)) {
                holds[i] = true;
                found += overlap * ReferenceText.windowsOf(b.text);
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (found < FOUND_SHARE * declared.size()) {
            return Rescue.NOT_ON_PAGE;
        }
        TextShape.Reference deck = description == null || description.length() < 20 ? null
            : new TextShape.Reference(TextShape.fold(description));
        for (int i = 0; i < n; i++) {
            Block b = roles.block(i);
            if (i < first) {
                if (roles.is(i, Role.BODY) && deck != null && deck.similarity(b.folded()) >= 0.8) {
                    roles.set(i, Role.SUBTITLE);
                }
            } else if (holds[i]) {
                roles.set(i, Role.BODY);
            } else if (i > first && i < last && roles.is(i, Role.NONE) && b.linkDensity() < 0.5
                && (b.length() < 16 || b.declaredOverlap(declared) < 0) && declared.containsFolded(b.folded())) {
                // A subheading or a short line of the story between its paragraphs.
                roles.set(i, b.box.heading > 0 ? Role.SUBTITLE : Role.BODY);
            } else if (roles.is(i, Role.BODY) && b.length() >= 40 && b.declaredOverlap(declared) < 0.3) {
                roles.set(i, Role.NONE);
            }
        }
        return Rescue.DONE;
    }
}
