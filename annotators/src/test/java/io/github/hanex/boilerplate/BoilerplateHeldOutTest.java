package io.github.hanex.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.boilerplate.eval.ExpectationScore;
import io.github.hanex.boilerplate.eval.LabelledPage;
import io.github.hanex.boilerplate.eval.LineScore;
import io.github.hanex.boilerplate.eval.ReferencePage;
import io.github.hanex.boilerplate.eval.ShingleScore;
import io.github.hanex.io.input.TextDecoder;
import io.github.hanex.text.ArticleText;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The held-out boilerplate pages ({@code heldout/}, see its README: written by a helper who had not read the
 * extractors, never used for tuning): Korean scraped pages scored line by line, Korean and English HTML pages scored
 * by word 4-gram shingles of the main text against their body paragraphs (as the public benchmark scores), and by
 * their title, snippets and captions. The floors sit a little below the figures measured when the set was first
 * run (README, "How well it does"), so that a change that makes them worse fails the build.
 */
class BoilerplateHeldOutTest {

    private static final Logger LOG = LoggerFactory.getLogger(BoilerplateHeldOutTest.class);

    private static Path dir(String set) throws Exception {
        return Path.of(BoilerplateHeldOutTest.class.getResource("/io/github/hanex/boilerplate/heldout/" + set)
            .toURI());
    }

    @Test
    void koreanScrapedPagesLineByLine() throws Exception {
        ScrapedTextExtractor extractor = new ScrapedTextExtractor();
        LineScore score = new LineScore();
        List<LabelledPage> pages = LabelledPage.readAll(dir("ko-scraped"));
        for (LabelledPage page : pages) {
            score.add(page, extractor.extract(page.text()).article());
        }
        LOG.info(String.format(Locale.ROOT, "held-out ko-scraped, %d pages: precision %.3f recall %.3f F1 %.3f",
            pages.size(), score.precision(), score.recall(), score.f1()));
        assertThat(pages).hasSize(34);
        assertThat(score.precision()).as("line precision").isGreaterThanOrEqualTo(0.90);
        assertThat(score.recall()).as("line recall").isGreaterThanOrEqualTo(0.90);
        assertThat(score.f1()).as("line F1").isGreaterThanOrEqualTo(0.90);
    }

    private record HtmlFigures(ShingleScore.Summary main, ShingleScore.Summary all, ExpectationScore expect,
                               int pages) {
    }

    private static HtmlFigures html(String set) throws Exception {
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        ShingleScore.Summary main = new ShingleScore.Summary();
        ShingleScore.Summary all = new ShingleScore.Summary();
        ExpectationScore expect = new ExpectationScore();
        List<ReferencePage> pages = ReferencePage.readAll(dir(set));
        for (ReferencePage page : pages) {
            ArticleText article = extractor.extract(TextDecoder.decode(page.html(), true).text()).article();
            main.add(ShingleScore.page(MainText.of(article), page.body()));
            all.add(ShingleScore.page(article.text(), page.body()));
            expect.add(page.name(), article, page.expect());
        }
        LOG.info(String.format(Locale.ROOT, "held-out %s, %d pages: main text P %.3f R %.3f F1 %.3f; all paragraphs "
                + "F1 %.3f; title %.3f, with %.3f, without %.3f, once %.3f, captions R %.3f P %.3f", set, pages.size(),
            main.precision(), main.recall(), main.f1(), all.f1(), expect.titleAccuracy(), expect.withFound(),
            expect.withoutAbsent(), expect.onceRight(), expect.captionRecall(), expect.captionPrecision()));
        return new HtmlFigures(main, all, expect, pages.size());
    }

    @Test
    void englishHtmlPages() throws Exception {
        HtmlFigures f = html("en-html");
        assertThat(f.pages()).isEqualTo(16);
        assertThat(f.main().f1()).as("main-text shingle F1").isGreaterThanOrEqualTo(0.96);
        assertThat(f.all().f1()).as("all-paragraph shingle F1").isGreaterThanOrEqualTo(0.89);
        assertThat(f.expect().titleAccuracy()).as("titles").isGreaterThanOrEqualTo(0.93);
        assertThat(f.expect().withFound()).as("with snippets").isGreaterThanOrEqualTo(0.97);
        assertThat(f.expect().withoutAbsent()).as("without snippets").isGreaterThanOrEqualTo(0.92);
        assertThat(f.expect().captionRecall()).as("caption recall").isGreaterThanOrEqualTo(0.95);
        assertThat(f.expect().captionPrecision()).as("caption precision").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void koreanHtmlPages() throws Exception {
        HtmlFigures f = html("ko-html");
        assertThat(f.pages()).isEqualTo(17);
        assertThat(f.main().f1()).as("main-text shingle F1").isGreaterThanOrEqualTo(0.965);
        assertThat(f.all().f1()).as("all-paragraph shingle F1").isGreaterThanOrEqualTo(0.87);
        assertThat(f.expect().titleAccuracy()).as("titles").isGreaterThanOrEqualTo(0.94);
        assertThat(f.expect().withFound()).as("with snippets").isGreaterThanOrEqualTo(0.88);
        assertThat(f.expect().withoutAbsent()).as("without snippets").isGreaterThanOrEqualTo(0.95);
        assertThat(f.expect().captionRecall()).as("caption recall").isGreaterThanOrEqualTo(0.85);
        assertThat(f.expect().captionPrecision()).as("caption precision").isGreaterThanOrEqualTo(0.90);
    }
}
