package io.github.hanex.boilerplate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.text.ArticleText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineScoreTest {

    @TempDir
    Path dir;

    @Test
    void aLabelsFileIsThePageAndItsLabels() throws IOException {
        Path f = dir.resolve("p.labels.tsv");
        Files.writeString(f, "DROP\t메뉴\nKEEP\t  제목입니다  \n\nKEEP\t본문 문장이다.\nDROP\tⓒ 신문\n",
            StandardCharsets.UTF_8);
        LabelledPage page = LabelledPage.readLabels(f);
        assertThat(page.name()).isEqualTo("p");
        assertThat(page.text()).isEqualTo("메뉴\n  제목입니다  \n\n본문 문장이다.\nⓒ 신문");
        assertThat(page.lines()).extracting(LabelledPage.Line::text, LabelledPage.Line::keep).containsExactly(
            org.assertj.core.groups.Tuple.tuple("메뉴", false), org.assertj.core.groups.Tuple.tuple("제목입니다", true),
            org.assertj.core.groups.Tuple.tuple("본문 문장이다.", true), org.assertj.core.groups.Tuple.tuple("ⓒ 신문", false));
        LabelledPage.Line title = page.lines().get(1);
        assertThat(page.text().substring(title.begin(), title.end())).isEqualTo("제목입니다");
    }

    @Test
    void aBrokenLabelNamesFileAndLine() throws IOException {
        Path f = dir.resolve("bad.labels.tsv");
        Files.writeString(f, "KEEP\ta\nMAYBE\tb\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LabelledPage.readLabels(f)).hasMessageContaining("bad.labels.tsv:2");
    }

    @Test
    void goldLinesMustBeInPageOrder() throws IOException {
        LabelledPage page = LabelledPage.ofGold("g", "a\nb\nc\nb", List.of("b", "b"));
        assertThat(page.lines()).extracting(LabelledPage.Line::keep).containsExactly(false, true, false, true);
        assertThatThrownBy(() -> LabelledPage.ofGold("g", "a\nb", List.of("b", "a")))
            .hasMessageContaining("not found");
    }

    @Test
    void linesArePositiveWhenKeptAndCountedOverPages() throws IOException {
        LabelledPage page = LabelledPage.ofGold("g", "menu\ntitle\nbody one.\nfooter", List.of("title", "body one."));
        // The extractor kept "title" and "footer".
        ArticleText.Builder b = ArticleText.builder();
        b.startParagraph("title", "t").append("title", 5, 10).endParagraph();
        b.startParagraph("body", "t").append("footer", 21, 27).endParagraph();
        LineScore score = new LineScore();
        List<String> wrong = score.add(page, b.build());
        assertThat(wrong).containsExactly("MISSED  body one.", "KEPT    footer");
        assertThat(score.truePositives()).isEqualTo(1);
        assertThat(score.falsePositives()).isEqualTo(1);
        assertThat(score.falseNegatives()).isEqualTo(1);
        assertThat(score.trueNegatives()).isEqualTo(1);
        assertThat(score.f1()).isEqualTo(0.5);
        assertThat(score.accuracy()).isEqualTo(0.5);
        assertThat(score.errors()).containsExactly("g  MISSED  body one.", "g  KEPT    footer");
    }

    @Test
    void aPageWithItsLinesLabelledByNumber() throws IOException {
        Files.writeString(dir.resolve("n.txt"), "메뉴\n\n  제목입니다 \n본문 문장이다.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("n.labels.tsv"), "1\tDROP\tmenu\n3\tKEEP\ttitle\n4\tKEEP\tbody\n",
            StandardCharsets.UTF_8);
        List<LabelledPage> pages = LabelledPage.readAll(dir);
        assertThat(pages).hasSize(1);
        LabelledPage page = pages.get(0);
        assertThat(page.name()).isEqualTo("n");
        assertThat(page.lines()).extracting(LabelledPage.Line::text, LabelledPage.Line::keep).containsExactly(
            org.assertj.core.groups.Tuple.tuple("메뉴", false), org.assertj.core.groups.Tuple.tuple("제목입니다", true),
            org.assertj.core.groups.Tuple.tuple("본문 문장이다.", true));
        assertThat(page.text().substring(page.lines().get(1).begin(), page.lines().get(1).end())).isEqualTo("제목입니다");
        Files.writeString(dir.resolve("n.labels.tsv"), "2\tKEEP\tbody\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LabelledPage.readAll(dir)).hasMessageContaining("n.labels.tsv:1");
    }
}
