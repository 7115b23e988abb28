package io.github.hanex.boilerplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a parsed page into text blocks in one pass: a block is the text between block-level boundaries (block
 * elements, {@code <br>}, caption or chrome elements), white space folded, every character mapped to the
 * source. Block-level elements become {@link Box}es (a tree mirroring the block structure) that carry the
 * class/id cues and, later, the content scores.
 */
final class HtmlBlocks {

    /** A block-level element (or a cue-carrying inline one). Its blocks are {@code [firstBlock, endBlock)}. */
    static final class Box {
        final Element element;
        final String tag;
        final Box parent;
        final int depth;
        final List<Box> children = new ArrayList<>(2);
        int firstBlock;
        int endBlock;
        boolean hasBlockChildren;
        BoilerplateCues.Cue chromeCue;
        BoilerplateCues.Cue contentCue;
        boolean caption;
        boolean subtitle;
        boolean byline;
        boolean articleBody;
        /** Tag or ARIA role cue: nav, aside, footer, role=complementary and the like, chrome by nature. */
        boolean chromeTag;
        /** Hidden by its markup (or inside such an element): only in a walk that includes hidden elements. */
        boolean hidden;
        boolean chrome;
        Box nearestChrome;
        /** Lower-cased class and id. */
        String hint = "";
        /** Heading level of this box or the nearest heading around it (0: none). */
        int heading;
        boolean inCaption;
        boolean inSubtitle;
        int textLength;
        int linkLength;
        /** Length of prose blocks (long, few links) inside. */
        int proseLength;
        double score;
        boolean scored;
        /** Whether this list holds dated items ({@link DateLists}): 0 not yet known, 1 no, 2 yes. */
        byte datedList;

        Box(Element element, String tag, Box parent) {
            this.element = element;
            this.tag = tag;
            this.parent = parent;
            this.depth = parent == null ? 0 : parent.depth + 1;
        }

        int headingLevel() {
            return HtmlBlocks.headingLevel(tag);
        }

        double linkDensity() {
            return textLength == 0 ? 0 : (double) linkLength / textLength;
        }

        boolean contains(Box other) {
            return other.firstBlock >= firstBlock && other.endBlock <= endBlock && other.depth >= depth
                && isAncestorOf(other);
        }

        private boolean isAncestorOf(Box other) {
            for (Box b = other; b != null && b.depth >= depth; b = b.parent) {
                if (b == this) {
                    return true;
                }
            }
            return false;
        }

        boolean containsBlock(int index) {
            return index >= firstBlock && index < endBlock;
        }
    }

    /** A run of text between block boundaries. */
    static final class Block {
        final Box box;
        final int index;
        final SourceText text = new SourceText();
        int linkChars;
        int boldChars;
        /** Separated from the previous block of the same box by {@code <br>} only. */
        boolean afterBreak;
        /**
         * What the extractor worked out from the text, kept because it asks again (the text no longer changes once
         * the page is cut into blocks): chrome line (0 not yet known, 1 no, 2 yes), folded text, overlap with the
         * page's declared body (NaN: not yet known).
         */
        byte chromeLine;
        private String folded;
        private double declaredOverlap = Double.NaN;

        Block(Box box, int index) {
            this.box = box;
            this.index = index;
        }

        /** {@link TextShape#fold} of the text. */
        String folded() {
            if (folded == null) {
                folded = TextShape.fold(text.toString());
            }
            return folded;
        }

        int length() {
            return text.length();
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        /** {@link ReferenceText#overlap} of the text with the page's declared body (one per page). */
        double declaredOverlap(ReferenceText declared) {
            if (Double.isNaN(declaredOverlap)) {
                declaredOverlap = declared.overlap(text);
            }
            return declaredOverlap;
        }
    }

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
        "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "caption", "legend",
        "html", "frameset", "frame", "noframes", "listing", "plaintext", "xmp");
    private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
        "iframe", "object", "embed", "canvas", "button", "select", "option", "input", "textarea", "video", "audio",
        "map", "head", "link", "meta", "dialog", "datalist", "output", "progress", "meter", "title", "base");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "menu");
    /** ARIA landmark roles of page chrome: side rails, menus, site header and footer, search. */
    private static final Set<String> CHROME_ROLES = Set.of("complementary", "navigation", "banner", "contentinfo",
        "search", "menu", "menubar");

    final String source;
    final BoilerplateCues cues;
    final List<Box> boxes = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    /** Elements the walk passed that carry metadata: scripts, meta, itemprop and time elements in the body. */
    final List<Element> metadataElements = new ArrayList<>();
    /** What entities decode to (see {@link SourceText#addDecoded}), shared with the extractor's other pages. */
    final Map<String, String> entities;
    /** Whether the walk includes hidden elements (as chrome boxes marked {@link Box#hidden}). */
    private final boolean includeHidden;
    /** Whether the walk met a hidden block element with text (and left it out, unless it includes them). */
    boolean hasHiddenBlocks;
    int totalText;
    private int[] textPrefix;
    private int[] linkPrefix;
    private Block current;

    private HtmlBlocks(String source, BoilerplateCues cues, Map<String, String> entities, boolean includeHidden) {
        this.source = source;
        this.cues = cues;
        this.entities = entities;
        this.includeHidden = includeHidden;
        Map<String, Hints> cache = HINTS.computeIfAbsent(cues,
            c -> new ConcurrentHashMap<>());
        if (cache.size() > MAX_CACHED_HINTS) {
            cache.clear();
        }
        this.hintCache = cache;
    }

    static HtmlBlocks of(Element body, String source, BoilerplateCues cues, Map<String, String> entities) {
        return of(body, source, cues, entities, false);
    }

    /**
     * The blocks of the page; with {@code includeHidden}, hidden block elements ({@code hidden}, {@code display:
     * none}) are walked too, as chrome boxes marked {@link Box#hidden} that no length or share of the page counts.
     */
    static HtmlBlocks of(Element body, String source, BoilerplateCues cues, Map<String, String> entities,
                         boolean includeHidden) {
        HtmlBlocks blocks = new HtmlBlocks(source, cues, entities, includeHidden);
        Box root = blocks.newBox(body, "body", null);
        blocks.walk(body, root, false, false, 0);
        root.endBlock = blocks.blocks.size();
        blocks.finish();
        return blocks;
    }

    static int headingLevel(String tag) {
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return tag.charAt(1) - '0';
        }
        return 0;
    }

    private Box newBox(Element element, String tag, Box parent) {
        Box box = new Box(element, tag, parent);
        box.firstBlock = blocks.size();
        boxes.add(box);
        if (parent != null) {
            parent.children.add(box);
            parent.hasBlockChildren = true;
        }
        return box;
    }

    private void walk(Element element, Box box, boolean link, boolean bold, int depth) {
        for (int i = 0, n = element.childNodeSize(); i < n; i++) {
            Node node = element.childNode(i);
            if (node instanceof TextNode textNode) {
                addText(textNode, box, link, bold);
            } else if (node instanceof Element child) {
                visit(child, box, link, bold, depth);
            }
        }
    }

    private void visit(Element child, Box box, boolean link, boolean bold, int depth) {
        String tag = child.normalName();
        if (SKIP_TAGS.contains(tag)) {
            if ("script".equals(tag) || "meta".equals(tag)) {
                metadataElements.add(child);
            }
            return;
        }
        if ("br".equals(tag)) {
            if (current != null && current.box == box) {
                current = null;
                breakPending = true;
            }
            return;
        }
        Attributes attrs = child.attributesSize() == 0 ? null : child.attributes();
        boolean hidden = false;
        if (attrs != null && isHidden(attrs)) {
            if (!BLOCK_TAGS.contains(tag)) {
                return;
            }
            if (!hasHiddenBlocks && child.hasText()) {
                hasHiddenBlocks = true;
            }
            if (!includeHidden) {
                return;
            }
            hidden = true;
        }
        boolean itemprop = attrs != null && attrs.hasKey("itemprop");
        if ("time".equals(tag) || itemprop) {
            metadataElements.add(child);
        }
        // Looked up by the attribute values as written: most elements repeat a class seen before, and the
        // lower-cased hint is made once per distinct value.
        String key = attrs == null ? "" : rawHint(attrs);
        Hints hints = key.isEmpty() ? Hints.NONE : hintCache.get(key);
        if (hints == null) {
            hints = hintCache.computeIfAbsent(key, k -> hints(k.toLowerCase(Locale.ROOT)));
        }
        String hint = hints.hint;
        BoilerplateCues.Cue chrome = hints.chrome;
        boolean caption = "figcaption".equals(tag) || hints.caption;
        boolean subtitle = hints.subtitle;
        boolean byline = hints.byline;
        boolean articleBody = itemprop && "articlebody".equalsIgnoreCase(attrs.get("itemprop"));
        boolean chromeRole = attrs != null && CHROME_ROLES.contains(attrs.get("role").toLowerCase(Locale.ROOT));
        boolean blockLevel = BLOCK_TAGS.contains(tag) || chrome != null || caption || subtitle || byline
            || articleBody || chromeRole || hidden;
        boolean childLink = link || "a".equals(tag);
        boolean childBold = bold || "b".equals(tag) || "strong".equals(tag);
        if (!blockLevel || depth > 400) {
            walk(child, box, childLink, childBold, depth + 1);
            return;
        }
        Box childBox = newBox(child, tag, box);
        childBox.chromeCue = chrome;
        childBox.contentCue = hints.content;
        childBox.hint = hint;
        int level = headingLevel(tag);
        childBox.heading = level > 0 ? level : box.heading;
        childBox.inCaption = caption || box.inCaption;
        childBox.inSubtitle = subtitle || box.inSubtitle;
        childBox.caption = caption;
        childBox.subtitle = subtitle;
        childBox.byline = byline;
        childBox.articleBody = articleBody;
        childBox.chromeTag = CHROME_TAGS.contains(tag) || chromeRole;
        childBox.hidden = hidden || box.hidden;
        current = null;
        breakPending = false;
        walk(child, childBox, childLink, childBold, depth + 1);
        current = null;
        breakPending = false;
        childBox.endBlock = blocks.size();
    }

    private boolean breakPending;

    /** What the class/id cues say about an element; cached per distinct class/id value of a page. */
    private record Hints(String hint, BoilerplateCues.Cue chrome, BoilerplateCues.Cue content, boolean caption,
                         boolean subtitle, boolean byline) {
        static final Hints NONE = new Hints("", null, null, false, false, false);
    }

    /**
     * What the class/id values seen so far say, shared by the pages of a run (class names repeat across the pages
     * of a site); one map per cue set, emptied when it grows large.
     */
    private static final Map<BoilerplateCues, Map<String, Hints>> HINTS =
        Collections.synchronizedMap(new WeakHashMap<>());
    private static final int MAX_CACHED_HINTS = 50_000;

    private final Map<String, Hints> hintCache;

    private Hints hints(String hint) {
        BoilerplateCues.Cue chrome = cues.matchAttr(BoilerplateCues.Kind.CHROME_ATTR, hint);
        BoilerplateCues.Cue content = cues.matchAttr(BoilerplateCues.Kind.CONTENT_ATTR, hint);
        if (chrome != null && content != null && !contentStandsAlone(hint)) {
            // "article_comments", "related-articles", "post-share": one class names chrome of the article.
            content = null;
        }
        return new Hints(hint, chrome, content,
            cues.matchAttr(BoilerplateCues.Kind.CAPTION_ATTR, hint) != null,
            cues.matchAttr(BoilerplateCues.Kind.SUBTITLE_ATTR, hint) != null,
            cues.matchAttr(BoilerplateCues.Kind.BYLINE_ATTR, hint) != null);
    }

    /** Some class or id token names content without naming chrome too. */
    private boolean contentStandsAlone(String hint) {
        int start = 0;
        for (int i = 0; i <= hint.length(); i++) {
            if (i == hint.length() || hint.charAt(i) == ' ') {
                if (i > start) {
                    String token = hint.substring(start, i);
                    if (cues.matchAttr(BoilerplateCues.Kind.CONTENT_ATTR, token) != null
                        && cues.matchAttr(BoilerplateCues.Kind.CHROME_ATTR, token) == null) {
                        return true;
                    }
                }
                start = i + 1;
            }
        }
        return false;
    }

    private void addText(TextNode node, Box box, boolean link, boolean bold) {
        String text = node.getWholeText();
        boolean opensBlock = current == null || current.box != box;
        if (opensBlock && isBlank(text)) {
            return; // most text nodes of a page are the white space between tags
        }
        Range range = node.sourceRange();
        if (!range.isTracked()) {
            return;
        }
        if (opensBlock) {
            current = new Block(box, blocks.size());
            current.afterBreak = breakPending;
            breakPending = false;
            blocks.add(current);
        }
        int before = current.text.length();
        current.text.addDecoded(text, source, range.startPos(), range.endPos(), entities);
        int added = current.text.length() - before;
        if (link) {
            current.linkChars += added;
        }
        if (bold) {
            current.boldChars += added;
        }
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!SourceText.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHidden(Attributes attrs) {
        if (attrs.hasKey("hidden")) {
            return true;
        }
        String style = attrs.get("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT);
            int at = s.indexOf("display");
            if (at >= 0) {
                int colon = s.indexOf(':', at);
                if (colon > 0 && s.startsWith("none", skipSpaces(s, colon + 1))) {
                    return true;
                }
            }
            if (s.contains("visibility:hidden") || s.contains("visibility: hidden")) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Class and id as written, joined by a space (the key of the hint cache; lower-cased it is the hint). */
    private static String rawHint(Attributes attrs) {
        String cls = attrs.get("class");
        String id = attrs.get("id");
        return id.isEmpty() ? cls : cls.isEmpty() ? id : cls + ' ' + id;
    }

    /** Computes per-box text, link and prose lengths and which boxes are chrome. */
    private void finish() {
        int n = blocks.size();
        textPrefix = new int[n + 1];
        linkPrefix = new int[n + 1];
        int[] prosePrefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            // Hidden text counts nowhere: the visible page measures the same with or without it.
            boolean shown = !b.box.hidden;
            textPrefix[i + 1] = textPrefix[i] + (shown ? b.length() : 0);
            linkPrefix[i + 1] = linkPrefix[i] + (shown ? b.linkChars : 0);
            prosePrefix[i + 1] = prosePrefix[i]
                + (shown && b.length() >= 80 && b.linkDensity() < 0.3 ? b.length() : 0);
        }
        totalText = textPrefix[n];
        int totalProse = prosePrefix[n];
        for (Box box : boxes) {
            box.textLength = textPrefix[box.endBlock] - textPrefix[box.firstBlock];
            box.linkLength = linkPrefix[box.endBlock] - linkPrefix[box.firstBlock];
            boolean cue = (box.chromeCue != null && box.contentCue == null && !box.articleBody
                && !"article".equals(box.tag) && !"main".equals(box.tag)) || box.chromeTag;
            // A "chrome" wrapper around most of the page's text or prose is a layout container, not chrome.
            int prose = prosePrefix[box.endBlock] - prosePrefix[box.firstBlock];
            box.proseLength = prose;
            box.chrome = box.hidden || cue && box.parent != null && box.textLength < 0.5 * totalText
                && (prose < 0.5 * totalProse || totalProse == 0);
            box.nearestChrome = box.chrome ? box : box.parent == null ? null : box.parent.nearestChrome;
        }
    }

    /** Text length of blocks {@code [from, to)}. */
    int textBetween(int from, int to) {
        return textPrefix[to] - textPrefix[from];
    }
}
