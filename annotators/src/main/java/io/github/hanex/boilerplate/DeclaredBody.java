package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Block;

/**
 * The page's own article body (JSON-LD {@code articleBody}) settles the edges of the extracted body: prose it
 * contains is body wherever it sits (outside chrome), and when it covers the kept prose, what follows its last
 * paragraph is not body.
 */
final class DeclaredBody {

    private final ChromeLines chromeLines;

    DeclaredBody(ChromeLines chromeLines) {
        this.chromeLines = chromeLines;
    }

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
}
