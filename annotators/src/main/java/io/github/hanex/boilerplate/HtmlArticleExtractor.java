package io.github.hanex.boilerplate;

import io.github.hanex.boilerplate.HtmlBlocks.Box;
import io.github.hanex.text.ArticleText;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the article in an HTML page. One Jsoup parse (tracking source positions), one pass that cuts the page
 * into text blocks ({@link HtmlBlocks}), then steps over the blocks, each a class of its own:
 * <ol>
 * <li>{@link RegionChooser}: the boxes of the article body, by prose scores;</li>
 * <li>{@link BlockClassifier}: the role of each block inside them (body, subtitle, caption, or chrome);</li>
 * <li>{@link DeclaredBody}, {@link BodyPruner}, {@link AuthorBio}: the body's edges and the chrome left in it;</li>
 * <li>{@link TitleFinder} and {@link LeadParagraphs}: the title, and the decks and captions between it and the
 * body;</li>
 * <li>{@link ArticleWriter}: the paragraphs, every character mapped to the page.</li>
 * </ol>
 * Paragraph rules: {@code html:title}, {@code html:subtitle}, {@code html:body}, {@code html:caption}.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {

    static final String RULE_TITLE = "html:title";
    static final String RULE_SUBTITLE = "html:subtitle";
    static final String RULE_BODY = "html:body";
    static final String RULE_CAPTION = "html:caption";

    private final BoilerplateCues cues;
    private final BlockClassifier classifier;
    private final DeclaredBody declaredBody;
    private final BodyPruner pruner;
    private final LeadParagraphs leadParagraphs;
    private final ArticleWriter writer;
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
        ChromeLines chromeLines = new ChromeLines(cues);
        this.classifier = new BlockClassifier(chromeLines);
        this.declaredBody = new DeclaredBody(chromeLines);
        this.pruner = new BodyPruner(cues, chromeLines);
        this.leadParagraphs = new LeadParagraphs(chromeLines);
        this.writer = new ArticleWriter(cues);
    }

    @Override
    public ExtractedArticle extract(String source) {
        Document doc = Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
        Element body = doc.body();
        if (body == null) {
            HtmlMetadata meta = HtmlMetadata.read(doc, List.of());
            return new ExtractedArticle(ArticleText.builder().build(), metadata(meta, null));
        }
        if (entities.size() > MAX_CACHED_ENTITIES) {
            entities.clear();
        }
        HtmlBlocks page = HtmlBlocks.of(body, source, cues, entities);
        HtmlMetadata meta = HtmlMetadata.read(doc, page.metadataElements);
        ReferenceText declared = ReferenceText.of(meta.ldBody, 200);
        // Without a declared body, the page's description (mostly the lead, reworded) points at the article box.
        ReferenceText described = declared != null ? null
            : ReferenceText.of(meta.meta("og:description", "twitter:description", "description"), 40);

        BlockRoles roles = new BlockRoles(page);
        DeclaredBody.Rescue rescue = findBody(roles, declared, described, meta);
        if (rescue == DeclaredBody.Rescue.NOT_ON_PAGE && page.hasHiddenBlocks) {
            // The declared body may be in the page but hidden until a script shows it: look again with hidden
            // elements walked too (as chrome), and take that reading only if it finds the body there.
            HtmlBlocks withHidden = HtmlBlocks.of(body, source, cues, entities, true);
            BlockRoles again = new BlockRoles(withHidden);
            if (findBody(again, declared, described, meta) == DeclaredBody.Rescue.DONE) {
                page = withHidden;
                roles = again;
            }
        }

        // The title and what stands between it and the body.
        int title = TitleFinder.find(roles, meta.title());
        if (title >= 0) {
            roles.set(title, Role.TITLE);
            leadParagraphs.add(roles, title, meta.meta("og:description", "twitter:description", "description"));
            TitleFinder.dropRepeats(roles, title);
        }
        RepeatedBlocks.drop(roles);

        ArticleText.Builder out = ArticleText.builder();
        String titleText;
        if (title >= 0) {
            titleText = ArticleWriter.writeTitle(roles.block(title), out);
        } else {
            titleText = ArticleWriter.writeTitleElement(meta.htmlTitleElement, source, page.entities, out);
            if (titleText != null) {
                TitleFinder.dropRepeats(roles, -1, TextShape.fold(titleText));
            }
        }
        writer.writeParagraphs(roles, title, out);
        return new ExtractedArticle(out.build(), metadata(meta, titleText));
    }

    /** The body's blocks: region, roles inside it, pruning; and the declared body's rescue when it is needed. */
    private DeclaredBody.Rescue findBody(BlockRoles roles, ReferenceText declared, ReferenceText described,
                                         HtmlMetadata meta) {
        List<Box> region = RegionChooser.choose(roles.page, declared, described);
        classifier.classify(roles, region);
        if (declared != null) {
            declaredBody.follow(roles, declared);
        }
        pruner.dropLabelledBoxes(roles, region);
        pruner.trimEdges(roles);
        pruner.dropLabels(roles);
        pruner.dropEndSections(roles);
        AuthorBio.drop(roles, meta.author());
        if (roles.keptLength() < 100) {
            pruner.fallback(roles);
        }
        return declared == null ? DeclaredBody.Rescue.NOT_NEEDED
            : declaredBody.rescue(roles, declared, meta.meta("og:description", "twitter:description", "description"));
    }

    private static PageMetadata metadata(HtmlMetadata meta, String extractedTitle) {
        String title = extractedTitle != null ? extractedTitle : meta.title();
        return new PageMetadata(title, meta.publisher(), meta.published(), meta.author(), meta.canonicalUrl());
    }
}
