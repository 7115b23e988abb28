package io.github.hanex.boilerplate;

/**
 * Text a page declares as its article (JSON-LD {@code articleBody}), kept as a set of hashed windows of
 * {@value #WINDOW} letters and digits (lower-cased, everything else dropped) so that a block can be checked
 * against it in time linear in the block, whatever markup or spacing either side has.
 */
final class ReferenceText {

    static final int WINDOW = 16;
    private static final long BASE = 1_000_003L;
    /** BASE^(WINDOW-1), to roll the oldest character out. */
    private static final long TOP;

    static {
        long p = 1;
        for (int i = 1; i < WINDOW; i++) {
            p *= BASE;
        }
        TOP = p;
    }

    private final LongSet windows = new LongSet();
    /** Windows in the text (with repeats). */
    private int size;
    /** The text ends in an ellipsis: a teaser, not the whole article. */
    private boolean truncated;
    /** The letters and digits of the text, lower-cased (made when first asked). */
    private String folded;
    private final String text;

    private ReferenceText(String text) {
        this.text = text;
    }

    /** The reference for {@code text}, or null when it is too short to judge blocks by. */
    static ReferenceText of(String text, int minLetters) {
        if (text == null || text.length() < minLetters) {
            return null;
        }
        ReferenceText ref = new ReferenceText(text);
        Roller r = new Roller();
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters++;
                if (r.push(Character.toLowerCase(c))) {
                    ref.windows.add(r.hash);
                }
            }
        }
        ref.size = Math.max(0, letters - WINDOW + 1);
        String end = text.strip();
        ref.truncated = end.endsWith("...") || end.endsWith("…") || end.endsWith("[…]");
        return letters >= minLetters ? ref : null;
    }

    /** Windows of the whole text, with repeats. */
    int size() {
        return size;
    }

    boolean truncated() {
        return truncated;
    }

    /**
     * Whether the text contains {@code folded} (letters and digits lower-cased, as {@link TextShape#fold}): for
     * blocks too short to have a window.
     */
    boolean containsFolded(String folded) {
        if (this.folded == null) {
            this.folded = TextShape.fold(text);
        }
        return !folded.isEmpty() && this.folded.contains(folded);
    }

    /** Windows of a block's text: what {@link #overlap} is a share of. */
    static int windowsOf(SourceText text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                letters++;
            }
        }
        return Math.max(0, letters - WINDOW + 1);
    }

    /** Share of the block's windows that occur in the reference, in [0,1]; -1 for a block too short to tell. */
    double overlap(SourceText text) {
        Roller r = new Roller();
        int all = 0;
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && r.push(Character.toLowerCase(c))) {
                all++;
                if (windows.contains(r.hash)) {
                    found++;
                }
            }
        }
        return all < WINDOW ? -1 : (double) found / all;
    }

    /** A set of longs without boxing (open addressing, linear probing): blocks look up every window. */
    private static final class LongSet {
        private long[] keys = new long[64];
        private boolean[] used = new boolean[64];
        private int size;

        void add(long key) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int i = slot(key, keys.length);
            while (used[i]) {
                if (keys[i] == key) {
                    return;
                }
                i = (i + 1) & (keys.length - 1);
            }
            used[i] = true;
            keys[i] = key;
            size++;
        }

        boolean contains(long key) {
            int i = slot(key, keys.length);
            while (used[i]) {
                if (keys[i] == key) {
                    return true;
                }
                i = (i + 1) & (keys.length - 1);
            }
            return false;
        }

        private void grow() {
            long[] oldKeys = keys;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    add(oldKeys[i]);
                }
            }
        }

        private static int slot(long key, int capacity) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & (capacity - 1);
        }
    }

    /** Polynomial hash of the last {@value #WINDOW} characters. */
    private static final class Roller {
        private final char[] ring = new char[WINDOW];
        private int count;
        long hash;

        /** Adds a character; true once a full window is hashed. */
        boolean push(char c) {
            int slot = count % WINDOW;
            if (count >= WINDOW) {
                hash -= ring[slot] * TOP;
            }
            hash = hash * BASE + c;
            ring[slot] = c;
            count++;
            return count >= WINDOW;
        }
    }
}
