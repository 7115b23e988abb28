package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Block;
import io.github.hanex.boilerplate.HtmlBlocks.Box;
import io.github.hanex.date.Timestamps;
import io.github.hanex.text.ArticleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Finds the article in an HTML page. One Jsoup parse (tracking source positions), one pass that cuts the page
 * into text blocks ({@link HtmlBlocks}), then linear passes over the blocks:
 * <ol>
 * <li>content scoring: every block that reads like prose (length, commas, few links) scores the boxes above it,
 * weighted by tag and class/id cues, damped by link density; the best box is the article body, joined by
 * sibling boxes that score close to it;</li>
 * <li>block filtering inside the body: chrome boxes (share bars, related lists, ads), link lists, bylines,
 * date lines and copyright lines go; headings become subtitles and figure captions captions;</li>
 * <li>the title is the heading that best matches the page's declared title (JSON-LD headline, Open Graph,
 * {@code <title>}); subtitles and captions between it and the body are kept.</li>
 * </ol>
 * Paragraph rules: {@code html:title}, {@code html:subtitle}, {@code html:body}, {@code html:caption}.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {

    static final String RULE_TITLE = "html:title";
    static final String RULE_SUBTITLE = "html:subtitle";
    static final String RULE_BODY = "html:body";
    static final String RULE_CAPTION = "html:caption";

    private static final int MIN_SCORED_LENGTH = 25;

    private final BoilerplateCues cues;
    /**
     * What the entities met so far decode to: Jsoup sets up a whole parser to decode one, and pages repeat the
     * same few. A pure function's results, safe to share between threads; emptied when it grows large.
     */
    private final Map<String, String> entities = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_ENTITIES = 10_000;

    public HtmlArticleExtractor() {
        this(BoilerplateCues.defaults());
    }

    public HtmlArticleExtractor(BoilerplateCues cues) {
        this.cues = cues;
    }

    /** What each block became. */
    private enum Role { NONE, TITLE, SUBTITLE, BODY, CAPTION }

    @Override
    public ExtractedArticle extract(String source) {
        Document doc = Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
        Element body = doc.body();
        if (body == null) {
            HtmlMetadata meta = HtmlMetadata.read(doc, List.of());
            return new ExtractedArticle(ArticleText.builder().build(), metadata(meta, null, null));
        }
        if (entities.size() > MAX_CACHED_ENTITIES) {
            entities.clear();
        }
        HtmlBlocks page = HtmlBlocks.of(body, source, cues, entities);
        HtmlMetadata meta = HtmlMetadata.read(doc, page.metadataElements);
        List<Block> blocks = page.blocks;
        Role[] roles = new Role[blocks.size()];
        java.util.Arrays.fill(roles, Role.NONE);

        ReferenceText declared = ReferenceText.of(meta.ldBody, 200);
        // Without a declared body, the page's description (mostly the lead, reworded) points at the article box.
        ReferenceText described = declared != null ? null
            : ReferenceText.of(meta.meta("og:description", "twitter:description", "description"), 40);
        List<Box> region = chooseRegion(page, declared, described);
        for (Box box : region) {
            for (int i = box.firstBlock; i < box.endBlock; i++) {
                roles[i] = classifyInRegion(blocks.get(i), box);
            }
        }
        if (declared != null) {
            followDeclaredBody(blocks, roles, declared);
        }
        dropLabelledBoxes(blocks, roles, region);
        trimEdges(blocks, roles);
        dropLabels(blocks, roles);
        dropAuthorBio(page, roles, meta.author());
        if (keptLength(blocks, roles) < 100) {
            fallback(page, roles);
        }
        String declaredTitle = meta.title();
        int title = findTitle(page, declaredTitle, roles);
        if (title >= 0) {
            roles[title] = Role.TITLE;
            addLeadParagraphs(page, roles, title, meta.meta("og:description", "twitter:description", "description"));
            dropTitleRepeats(blocks, roles, title);
        }

        ArticleText.Builder out = ArticleText.builder();
        String titleText = null;
        if (title < 0) {
            titleText = emitHtmlTitle(meta, source, page.entities, out);
            if (titleText != null) {
                dropTitleRepeats(blocks, roles, -1, TextShape.fold(titleText));
            }
        }
        String author = null;
        boolean glued = false;
        if (title >= 0) {
            // The title line comes first, even after a kicker or a lead photo placed above it.
            Block b = blocks.get(title);
            titleText = b.text.toString();
            out.startParagraph(kind(Role.TITLE), rule(Role.TITLE));
            b.text.copyTo(out, 0, b.length());
            out.endParagraph();
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (roles[i] == Role.NONE || i == title) {
                continue;
            }
            if (!glued) {
                Role role = isDropCap(blocks, roles, i) ? roles[i + 1] : roles[i];
                out.startParagraph(kind(role), rule(role));
            }
            int end = b.length() < 400 ? captionEnd(b) : b.length();
            b.text.copyTo(out, 0, end);
            // A drop cap ("T" in its own element before "urkey, Poland ...") belongs to the next paragraph.
            glued = isDropCap(blocks, roles, i);
            if (!glued) {
                out.endParagraph();
            }
        }
        return new ExtractedArticle(out.build(), metadata(meta, titleText, author));
    }

    private static boolean isDropCap(List<Block> blocks, Role[] roles, int i) {
        Block b = blocks.get(i);
        if (b.length() != 1 || !Character.isUpperCase(b.text.charAt(0)) || i + 1 >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(i + 1);
        return roles[i + 1] == Role.BODY && next.length() > 0 && Character.isLowerCase(next.text.charAt(0));
    }

    private static PageMetadata metadata(HtmlMetadata meta, String extractedTitle, String author) {
        String title = extractedTitle != null ? extractedTitle : meta.title();
        String byline = meta.author();
        return new PageMetadata(title, meta.publisher(), meta.published(), byline != null ? byline : author,
            meta.canonicalUrl());
    }

    private static String kind(Role role) {
        return switch (role) {
            case TITLE -> "title";
            case SUBTITLE -> "subtitle";
            case CAPTION -> "caption";
            default -> "body";
        };
    }

    private static String rule(Role role) {
        return switch (role) {
            case TITLE -> RULE_TITLE;
            case SUBTITLE -> RULE_SUBTITLE;
            case CAPTION -> RULE_CAPTION;
            default -> RULE_BODY;
        };
    }

    // ---- choosing the body ----------------------------------------------------------------------------------

    /**
     * The boxes of the article body. {@code declared} (the page's JSON-LD article body, or null) weighs the
     * blocks: prose it contains counts thrice, prose it lacks a third.
     */
    List<Box> chooseRegion(HtmlBlocks page, ReferenceText declared, ReferenceText described) {
        List<Block> blocks = page.blocks;
        Box best = null;
        for (Block b : blocks) {
            if (b.box.nearestChrome != null || b.length() < MIN_SCORED_LENGTH || b.linkDensity() > 0.5) {
                continue;
            }
            double score = 1 + commas(b.text) + Math.min(b.length() / 100.0, 3);
            if (declared != null) {
                double overlap = declaredOverlap(b, declared);
                if (overlap >= 0) {
                    score *= overlap >= 0.5 ? 3 : overlap < 0.15 ? 0.3 : 1;
                }
            } else if (described != null && described.overlap(b.text) >= 0.25) {
                score *= 1.5;
            }
            // Text beside block children scores its own box; a leaf block scores the box around it.
            Box start = b.box.hasBlockChildren ? b.box : b.box.parent;
            int level = 0;
            for (Box box = start; box != null && level < 5; box = box.parent, level++) {
                if (box.nearestChrome != null) {
                    break;
                }
                if (!box.scored) {
                    box.scored = true;
                    box.score = initialScore(box);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                box.score += score / divider;
            }
        }
        double bestScore = 0;
        for (Box box : page.boxes) {
            if (!box.scored) {
                continue;
            }
            box.score *= 1 - box.linkDensity();
            if (box.score > bestScore) {
                bestScore = box.score;
                best = box;
            }
        }
        List<Box> region = new ArrayList<>();
        if (best == null) {
            region.add(page.boxes.get(0));
            return region;
        }
        best = widen(best);
        Box parent = best.parent;
        if (parent == null) {
            region.add(best);
            return region;
        }
        double threshold = Math.max(10, best.score * 0.2);
        for (Box sibling : parent.children) {
            if (sibling == best) {
                region.add(sibling);
                continue;
            }
            if (sibling.nearestChrome != null) {
                continue;
            }
            boolean append = sibling.scored && sibling.score >= threshold;
            if (!append && ("p".equals(sibling.tag) || headingLevel(sibling) > 0)) {
                append = sibling.linkDensity() < 0.25 && (sibling.textLength > 80 || headingLevel(sibling) > 0
                    && adjacentTo(parent, sibling, best));
            }
            if (append) {
                region.add(sibling);
            }
        }
        addTwins(page, best, region);
        return region;
    }

    /**
     * An article split into parts (around ads or embeds) repeats the markup of its body: boxes of the same tag and
     * class that hold prose belong to it, unless a top-level heading (the next article's title) comes between.
     */
    private static void addTwins(HtmlBlocks page, Box best, List<Box> region) {
        if (best.hint.isEmpty() || best.parent == null) {
            return;
        }
        for (Box box : page.boxes) {
            if (box == best || box.nearestChrome != null || !box.tag.equals(best.tag) || !box.hint.equals(best.hint)
                || box.proseLength < 120 || box.linkDensity() > 0.3 || best.contains(box) || box.contains(best)
                || h1Between(page, best, box)) {
                continue;
            }
            boolean inside = false;
            for (Box r : region) {
                inside |= r.contains(box);
            }
            if (!inside) {
                region.add(box);
            }
        }
    }

    private static boolean h1Between(HtmlBlocks page, Box a, Box b) {
        int from = Math.min(a.endBlock, b.endBlock);
        int to = Math.max(a.firstBlock, b.firstBlock);
        for (int i = from; i < to; i++) {
            if (page.blocks.get(i).box.heading == 1) {
                return true;
            }
        }
        return false;
    }

    private static int headingLevel(Box box) {
        return box.headingLevel();
    }

    private static boolean adjacentTo(Box parent, Box sibling, Box best) {
        int i = parent.children.indexOf(sibling);
        int j = parent.children.indexOf(best);
        return Math.abs(i - j) <= 1;
    }

    /**
     * When the best box is one of several similar boxes (an article split into sections), the box around them is
     * the body.
     */
    private static Box widen(Box best) {
        Box box = best;
        while (box.parent != null && box.parent.scored && box.parent.nearestChrome == null
            && box.parent.score >= box.score * 0.9 && box.parent.parent != null) {
            box = box.parent;
        }
        // Prose spread over cousin boxes: take the ancestor that holds clearly more prose at a similar score.
        Box a = box.parent;
        for (int level = 0; a != null && a.parent != null && level < 3; level++, a = a.parent) {
            if (a.nearestChrome != null) {
                break;
            }
            if (a.scored && a.score >= best.score * 0.6 && a.proseLength >= box.proseLength * 1.4
                && a.linkDensity() < 0.3) {
                box = a;
            }
        }
        return box;
    }

    private double initialScore(Box box) {
        double score = switch (box.tag) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (box.contentCue != null || "article".equals(box.tag)) {
            score += 25;
        }
        if (box.chromeCue != null) {
            score -= 25;
        }
        if (box.articleBody) {
            score += 50;
        }
        return score;
    }

    private static int commas(SourceText text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    // ---- inside the body ------------------------------------------------------------------------------------

    private Role classifyInRegion(Block b, Box regionBox) {
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
        if (isChromeLine(b)) {
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

    private static boolean inCaption(Box box, Box stop) {
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

    private static boolean inSubtitle(Box box, Box stop) {
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

    private static int headingOf(Box box, Box stop) {
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

    /** Copyright lines, ad labels, share prompts, bylines and date lines. */
    private boolean isChromeLine(Block b) {
        if (b.chromeLine == 0) {
            b.chromeLine = (byte) (chromeLine(b) ? 2 : 1);
        }
        return b.chromeLine == 2;
    }

    private static double declaredOverlap(Block b, ReferenceText declared) {
        if (Double.isNaN(b.declaredOverlap)) {
            b.declaredOverlap = declared.overlap(b.text);
        }
        return b.declaredOverlap;
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

    /**
     * The page's own article body settles the edges: prose it contains is body wherever it sits (outside chrome),
     * and when it covers the kept prose, what follows its last paragraph is not body.
     */
    private void followDeclaredBody(List<Block> blocks, Role[] roles, ReferenceText declared) {
        double[] overlap = new double[blocks.size()];
        int keptProse = 0;
        int matchedProse = 0;
        int lastMatch = -1;
        double found = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            overlap[i] = b.length() >= 40 ? declaredOverlap(b, declared) : -1;
            if (overlap[i] >= 0.6 && b.box.nearestChrome == null && b.linkDensity() < 0.5 && !isChromeLine(b)) {
                if (roles[i] == Role.NONE) {
                    roles[i] = Role.BODY;
                }
                lastMatch = i;
                found += overlap[i] * ReferenceText.windowsOf(b.text);
            }
            if (roles[i] == Role.BODY && isProse(b)) {
                keptProse++;
                matchedProse += overlap[i] >= 0.6 ? 1 : 0;
            }
        }
        // The whole declared body is on the page (not a teaser of it), or it covers most kept prose.
        boolean complete = !declared.truncated() && declared.size() >= 500 && found >= 0.8 * declared.size();
        if (lastMatch < 0 || !complete && matchedProse < 0.7 * keptProse) {
            return;
        }
        for (int i = lastMatch + 1; i < blocks.size(); i++) {
            if (roles[i] == Role.BODY && overlap[i] < 0.3) {
                roles[i] = Role.NONE;
            }
        }
    }

    /** Short bits before the first and after the last real paragraph are labels and bylines, not text. */
    private static void trimEdges(List<Block> blocks, Role[] roles) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.BODY && isProse(blocks.get(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        for (int i = 0; i < roles.length; i++) {
            if ((i < first || i > last) && roles[i] == Role.BODY && !isProse(blocks.get(i))
                && blocks.get(i).length() < 40 && !isDropCap(blocks, roles, i)) {
                roles[i] = Role.NONE;
            }
            // A dateline before the story ("Saturday, 14 September 2024, 17:45 | Sam Whitfield").
            if (i < first && roles[i] == Role.BODY && !isProse(blocks.get(i)) && blocks.get(i).length() < 100
                && Timestamps.toIso(blocks.get(i).text.toString().toLowerCase(Locale.ROOT)) != null) {
                roles[i] = Role.NONE;
            }
            // A paragraph after the story that opens with a pictograph ("🏃 Want the best tools ...") is a plug.
            if (i >= last && roles[i] == Role.BODY && i > first && startsWithPictograph(blocks.get(i).text)) {
                roles[i] = Role.NONE;
            }
            // A heading after the last paragraph heads whatever comes next (more news, comments).
            if (i > last && roles[i] == Role.SUBTITLE) {
                roles[i] = Role.NONE;
            }
        }
    }

    /**
     * A small box inside the body that opens with a chrome label ("Keep Reading", "Related", "Most read") is that
     * thing, whatever follows the label: a teaser with its picture and blurb, a list of links.
     */
    private void dropLabelledBoxes(List<Block> blocks, Role[] roles, List<Box> region) {
        for (int i = 0; i < roles.length; i++) {
            Block b = blocks.get(i);
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
                roles[j] = Role.NONE;
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

    /** "Read also:", "Lee también..." before a dropped link box: a label of what was dropped. */
    private void dropLabels(List<Block> blocks, Role[] roles) {
        for (int i = 0; i + 1 < roles.length; i++) {
            Block next = blocks.get(i + 1);
            if (roles[i] == Role.BODY && roles[i + 1] == Role.NONE
                && (next.linkDensity() > 0.5 || next.box.parent == blocks.get(i).box.parent && isChromeLine(next))
                && TextShape.words(blocks.get(i).text.toString()) <= 5 && !isProse(blocks.get(i))) {
                roles[i] = Role.NONE;
            }
        }
    }

    /**
     * Where a caption ends before a photo credit or byline glued to it ("... February 1, 2024.REUTERS/Jane Doe",
     * "... in Phoenix. Photo: Jane Doe", "... in Las Croabas. By U.S. CUSTOMS"): these are not text of the article.
     */
    private int captionEnd(Block b) {
        String text = b.text.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        int n = text.length();
        for (int at = Math.max(1, n - 60); at < n - 2; at++) {
            char before = text.charAt(at - 1);
            if (before != '.' && before != ' ' && before != '|' && before != '(' || at >= 2 && before == ' '
                && text.charAt(at - 2) != '.' && text.charAt(at - 2) != '|') {
                continue;
            }
            String tail = lower.substring(at).strip();
            boolean byline = before == ' ' && tail.startsWith("by ") && TextShape.isBylineOnly(tail, cues);
            if (Character.isLetter(text.charAt(at)) && (TextShape.isCredit(tail, cues) || byline)) {
                int end = at;
                while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '|'
                    || text.charAt(end - 1) == '(')) {
                    end--;
                }
                return end > 20 ? end : n;
            }
        }
        return n;
    }

    /**
     * An author box after the story: a paragraph that introduces the story's author ("Priya Natarajan is the
     * Gazette's education reporter ..."), with the name line before it.
     */
    private void dropAuthorBio(HtmlBlocks page, Role[] roles, String declaredAuthor) {
        List<Block> blocks = page.blocks;
        List<String> names = new ArrayList<>();
        if (declaredAuthor != null && declaredAuthor.length() >= 4) {
            names.add(declaredAuthor.strip());
        }
        for (Block b : blocks) {
            String t = b.text.toString().strip();
            if (b.length() <= 60 && (b.box.byline || t.startsWith("By ") || t.startsWith("by "))) {
                names.add(t.startsWith("By ") || t.startsWith("by ") ? t.substring(3).strip() : t);
            }
        }
        int lastBody = -1;
        int bodies = 0;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.BODY && isProse(blocks.get(i))) {
                lastBody = i;
                bodies++;
            }
        }
        if (bodies < 2) {
            return;
        }
        for (int i = lastBody; i >= 0 && i > lastBody - 3; i--) {
            if (roles[i] != Role.BODY || !introducesAuthor(blocks.get(i).text.toString(), names)) {
                continue;
            }
            for (int j = i; j < roles.length; j++) {
                if (roles[j] != Role.NONE && (j == i || !isProse(blocks.get(j)))) {
                    roles[j] = Role.NONE;
                }
            }
            String name = blocks.get(i).text.toString();
            for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                String t = blocks.get(j).text.toString().strip();
                if (roles[j] != Role.NONE && !t.isEmpty() && name.startsWith(t) && t.length() <= 60) {
                    roles[j] = Role.NONE;
                }
            }
        }
    }

    private static final java.util.regex.Pattern BIO_VERB = java.util.regex.Pattern.compile(
        "\\s+(?:is|was|covers|writes|reports|has|joined|edits|leads)\\b.*", java.util.regex.Pattern.DOTALL);

    private static boolean introducesAuthor(String text, List<String> names) {
        for (String name : names) {
            if (name.length() >= 4 && text.startsWith(name) && BIO_VERB.matcher(text.substring(name.length()))
                .matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithPictograph(SourceText text) {
        if (text.length() < 2) {
            return false;
        }
        int c = Character.codePointAt(text.toString(), 0);
        return Character.getType(c) == Character.OTHER_SYMBOL;
    }

    private static boolean isProse(Block b) {
        return b.length() >= 80 || (b.length() >= 20 && TextShape.endsSentence(b.text.toString()));
    }

    private static int keptLength(List<Block> blocks, Role[] roles) {
        int n = 0;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != Role.NONE) {
                n += blocks.get(i).length();
            }
        }
        return n;
    }

    /** When scoring found no body, keep every prose block outside chrome. */
    private void fallback(HtmlBlocks page, Role[] roles) {
        for (Block b : page.blocks) {
            if (b.box.nearestChrome == null && b.linkDensity() < 0.3 && isProse(b) && !isChromeLine(b)) {
                roles[b.index] = Role.BODY;
            }
        }
    }

    // ---- title, subtitles, captions ---------------------------------------------------------------------------

    private int findTitle(HtmlBlocks page, String declared, Role[] roles) {
        List<Block> blocks = page.blocks;
        int firstKept = firstKept(roles);
        TextShape.Reference want = declared == null ? null : new TextShape.Reference(TextShape.fold(declared));
        int best = -1;
        double bestScore = 0;
        int firstH1 = -1;
        int h1Count = 0;
        for (Block b : blocks) {
            int level = b.box.heading;
            boolean titleLike = level > 0 && level <= 3
                || ((b.box.hint.contains("title") || b.box.hint.contains("headline")) && b.length() >= 8);
            if (!titleLike || b.length() < 4 || b.length() > 400 || b.linkDensity() > 0.9 && level != 1) {
                continue;
            }
            if (level == 1) {
                h1Count++;
                if (firstH1 < 0 && b.box.nearestChrome == null) {
                    firstH1 = b.index;
                }
            }
            if (want == null) {
                continue;
            }
            double sim = want.similarity(b.folded());
            if (sim < 0.5) {
                continue;
            }
            double score = sim + (level == 1 ? 0.3 : 0) - (b.box.nearestChrome != null ? 0.2 : 0)
                + (firstKept >= 0 && b.index < firstKept ? 0.1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = b.index;
            }
        }
        if (best < 0 && firstH1 >= 0 && (h1Count == 1 || firstKept < 0 || firstH1 < firstKept)) {
            best = firstH1;
        }
        return best;
    }

    private static int firstKept(Role[] roles) {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != Role.NONE) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Subtitles (decks, standfirsts) and lead-photo captions between the title and the body; a block that repeats
     * the page's declared description is the deck.
     */
    private void addLeadParagraphs(HtmlBlocks page, Role[] roles, int title, String description) {
        TextShape.Reference deck = description == null || description.length() < 20 ? null
            : new TextShape.Reference(TextShape.fold(description));
        List<Block> blocks = page.blocks;
        // Up to the first paragraph of the story: a kept standfirst may stand before the lead photo.
        int end = -1;
        for (int i = title + 1; i < roles.length; i++) {
            if (roles[i] == Role.BODY && isProse(blocks.get(i))) {
                end = i;
                break;
            }
        }
        if (end < 0 || end - title > 40) {
            return;
        }
        Box root = page.boxes.get(0);
        for (int i = title + 1; i < end; i++) {
            Block b = blocks.get(i);
            if (roles[i] != Role.NONE || b.box.nearestChrome != null || b.linkDensity() > 0.3 || b.length() < 8
                || isChromeLine(b)) {
                continue;
            }
            if (inCaption(b.box, root)) {
                roles[i] = Role.CAPTION;
            } else if (deck != null && deck.similarity(b.folded()) >= 0.8) {
                roles[i] = Role.SUBTITLE;
            } else if (inSubtitle(b.box, root) || headingOf(b.box, root) > 1
                || b.boldChars == b.length() && b.length() <= 200 && !TextShape.endsSentence(b.text.toString())) {
                roles[i] = Role.SUBTITLE;
            }
        }
    }

    private static void dropTitleRepeats(List<Block> blocks, Role[] roles, int title) {
        dropTitleRepeats(blocks, roles, title, blocks.get(title).folded());
    }

    private static void dropTitleRepeats(List<Block> blocks, Role[] roles, int title, String folded) {
        if (folded.isEmpty()) {
            return;
        }
        for (int i = 0; i < roles.length; i++) {
            // Most kept blocks differ from the title in their first letters: no need to fold all of them.
            if (i != title && roles[i] != Role.NONE && TextShape.foldEquals(blocks.get(i).text.toString(), folded)) {
                roles[i] = Role.NONE;
            }
        }
    }

    /** No heading carries the title: take it from {@code <title>}, without the site name. */
    private static String emitHtmlTitle(HtmlMetadata meta, String source, Map<String, String> entities,
                                        ArticleText.Builder out) {
        Element title = meta.htmlTitleElement;
        if (title == null) {
            return null;
        }
        SourceText text = new SourceText();
        for (Node n : title.childNodes()) {
            if (n instanceof TextNode t && t.sourceRange().isTracked()) {
                text.addDecoded(t.getWholeText(), source, t.sourceRange().startPos(), t.sourceRange().endPos(),
                    entities);
            }
        }
        int[] part = TextShape.withoutSiteName(text.toString());
        if (part[1] - part[0] < 4) {
            return null;
        }
        out.startParagraph("title", RULE_TITLE);
        text.copyTo(out, part[0], part[1]);
        out.endParagraph();
        return text.toString().substring(part[0], part[1]);
    }
}
