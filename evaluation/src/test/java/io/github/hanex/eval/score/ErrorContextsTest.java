package io.github.hanex.eval.score;

import static io.github.hanex.eval.Mentions.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.eval.DocumentTexts;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.SourceSpans;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.score.EvaluationResult.ErrorEntry;
import io.github.hanex.eval.score.EvaluationResult.ErrorKind;
import io.github.hanex.eval.score.EvaluationResult.TextKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error contexts of source-offset gold on an HTML page: article text, not markup. */
class ErrorContextsTest {

    // an HTML page: the menu is chrome, the article is the h1 and the paragraph
    private static final String PAGE = "<html><body><nav>홈 &gt; 경제 · 박서연 칼럼</nav>\n"
        + "<h1>한빛전자, 美 공장 착공</h1>\n<p>김민준 사장은 &quot;투자&quot;를 늘린다고 밝혔다.</p></body></html>";
    private static final String ARTICLE = "한빛전자, 美 공장 착공\n김민준 사장은 \"투자\"를 늘린다고 밝혔다.";

    private static int at(String s, String part) {
        int i = s.indexOf(part);
        assertThat(i).as(part).isNotNegative();
        return i;
    }

    /** The SourceSpan map of ARTICLE in PAGE, as the boilerplate remover writes it (an entity as one segment). */
    private static SourceSpans map() {
        int h1 = at(PAGE, "한빛전자");
        int p = at(PAGE, "김민준");
        int quot = at(PAGE, "&quot;투자");
        int a2 = at(ARTICLE, "김민준");
        int aq = at(ARTICLE, "\"투자");
        return new SourceSpans(List.of(
            new int[] {0, 14, h1, h1 + 14},
            new int[] {a2, aq, p, quot},
            new int[] {aq, aq + 1, quot, quot + 6},
            new int[] {aq + 1, ARTICLE.length(), quot + 6, quot + 6 + (ARTICLE.length() - aq - 1)}));
    }

    private static MentionSet predictions(Mention... mentions) {
        MentionSet pred = set("out", mentions);
        pred.addDocument("a.html");
        DocumentTexts texts = new DocumentTexts();
        texts.put("a.html", ARTICLE, PAGE);
        texts.putSourceMap("a.html", map());
        pred.setTexts(texts);
        return pred;
    }

    private static Mention goldAtSource(String text, int begin) {
        return new Mention("a.html", "Person", null, new Span(begin, begin + text.length()), text, Map.of());
    }

    private static Mention predicted(String type, String text, int sourceBegin, String rule) {
        int b = at(ARTICLE, text);
        return new Mention("a.html", type, new Span(b, b + text.length()),
            new Span(sourceBegin, sourceBegin + text.length()), text, Map.of("rule", rule));
    }

    private static ErrorEntry only(EvaluationResult r, ErrorKind kind) {
        return r.errors().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aMissedMentionOnAnHtmlPageIsShownInTheArticleText() {
        MentionSet gold = set("gold.csv", goldAtSource("김민준", at(PAGE, "김민준")));
        EvaluationResult r = Evaluator.evaluate(gold, predictions(), EvaluationOptions.defaults().withResamples(0));
        ErrorEntry fn = only(r, ErrorKind.FALSE_NEGATIVE);
        assertThat(fn.context().kind()).isEqualTo(TextKind.ARTICLE);
        assertThat(fn.context().mention()).isEqualTo("김민준");
        assertThat(fn.context().left()).isEqualTo("한빛전자, 美 공장 착공 ").doesNotContain("<");
        assertThat(fn.context().right()).startsWith(" 사장은 \"투자\"를");
        assertThat(fn.goldInArticle()).isEqualTo(new Span(at(ARTICLE, "김민준"), at(ARTICLE, "김민준") + 3));
        assertThat(fn.words().after()).isEqualTo("사장");
        assertThat(fn.words().attached()).isFalse();
    }

    @Test
    void aMentionTheArticleDoesNotKeepIsShownInThePagesVisibleText() {
        MentionSet gold = set("gold.csv", goldAtSource("박서연", at(PAGE, "박서연")));
        EvaluationResult r = Evaluator.evaluate(gold, predictions(), EvaluationOptions.defaults().withResamples(0));
        ErrorEntry fn = only(r, ErrorKind.FALSE_NEGATIVE);
        assertThat(fn.context().kind()).isEqualTo(TextKind.PAGE);
        assertThat(fn.context().outsideArticle()).isTrue();
        assertThat(fn.context().mention()).isEqualTo("박서연");
        assertThat(fn.context().left()).isEqualTo("홈 > 경제 · ");
        assertThat(fn.context().right()).startsWith(" 칼럼 한빛전자, 美").doesNotContain("<");
        assertThat(fn.goldInArticle()).isNull();
    }

    @Test
    void goldAndPredictionOfAWrongSpanAreBothPlacedInOneWindow() {
        int goldBegin = at(PAGE, "한빛전자");
        MentionSet gold = set("gold.csv", new Mention("a.html", "Organization", null,
            new Span(goldBegin, goldBegin + 4), "한빛전자", Map.of()));
        MentionSet pred = predictions(predicted("Organization", "한빛", goldBegin, "ner/x.gaz.tsv:3"));
        EvaluationResult r = Evaluator.evaluate(gold, pred, EvaluationOptions.defaults().withResamples(0));
        ErrorEntry span = only(r, ErrorKind.BOUNDARY);
        assertThat(span.context().kind()).isEqualTo(TextKind.ARTICLE);
        assertThat(span.context().gold()).isEqualTo(new Span(0, 4));
        assertThat(span.context().predicted()).isEqualTo(new Span(0, 2));
        assertThat(span.predDocId()).isEqualTo("a.html");
    }

    @Test
    void aFalsePositiveIsShownInTheArticleTextOfItsPrediction() {
        MentionSet gold = set("gold.csv", goldAtSource("김민준", at(PAGE, "김민준")));
        gold.add(new Mention("a.html", "Organization", null, new Span(0, 1), "", Map.of()));
        int t = at(PAGE, "투자");
        MentionSet pred = predictions(predicted("Person", "김민준", at(PAGE, "김민준"), "r1"),
            predicted("Person", "투자", t, "r2"));
        EvaluationResult r = Evaluator.evaluate(gold, pred, EvaluationOptions.defaults().withResamples(0));
        ErrorEntry fp = only(r, ErrorKind.FALSE_POSITIVE);
        assertThat(fp.context().kind()).isEqualTo(TextKind.ARTICLE);
        assertThat(fp.context().mention()).isEqualTo("투자");
        assertThat(fp.context().gold()).isNull();
        assertThat(fp.context().left()).endsWith("사장은 \"");
    }

    @Test
    void pageTextDropsMarkupScriptsAndCommentsAndMapsOffsets() {
        String html = "<head><script>var x = '<b>';</script><style>p{}</style></head><!-- 주석 -->"
            + "<p title=\"김철수\">이서연&nbsp;기자&#xAE30;</p>";
        PageText page = PageText.of(html);
        assertThat(page.text()).isEqualTo("이서연 기자기 ");
        int name = html.indexOf("이서연");
        assertThat(page.fromSource(new Span(name, name + 3))).isEqualTo(new Span(0, 3));
        int attr = html.indexOf("김철수");
        assertThat(page.fromSource(new Span(attr, attr + 3))).as("inside a tag").isNull();
        int entity = html.indexOf("&#xAE30;");
        assertThat(page.fromSource(new Span(entity, entity + 8))).isEqualTo(new Span(6, 7));
        assertThat(PageText.looksLikeMarkup("\uFEFF  <!DOCTYPE html><p>x</p>")).isTrue();
        assertThat(PageText.looksLikeMarkup("한빛전자 <주> 공시")).isFalse();
    }

    @Test
    void wordsAroundAMentionLoseTheirParticles() {
        String text = "배우 김민준씨는 감독이었다. (주)한빛 관계자들은 말했다 2024년 이서연 교수가";
        Span name = new Span(3, 6);
        assertThat(ContextWords.around(text, name)).isEqualTo(new EvaluationResult.Words("배우", "씨", true));
        Span corp = new Span(text.indexOf("한빛"), text.indexOf("한빛") + 2);
        assertThat(ContextWords.around(text, corp)).isEqualTo(new EvaluationResult.Words(null, "관계자들", false));
        Span prof = new Span(text.indexOf("이서연"), text.indexOf("이서연") + 3);
        assertThat(ContextWords.around(text, prof)).as("no word with digits")
            .isEqualTo(new EvaluationResult.Words(null, "교수", false));
        assertThat(ContextWords.stem("위원장이었다")).isEqualTo("위원장");
        assertThat(ContextWords.stem("은")).isEqualTo("은");
    }
}
