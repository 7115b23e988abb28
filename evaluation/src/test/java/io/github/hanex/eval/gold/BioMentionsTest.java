package io.github.hanex.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.eval.Anchor;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.TypeMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class BioMentionsTest {

    private static String describe(MentionSet set) {
        return String.join(" | ", set.mentions().stream()
            .map(m -> m.docId() + " " + m.type() + " " + m.article() + " " + m.text()).toList());
    }

    @Test
    void tokenLevelSentencesJoinTokensWithSpaces() {
        MentionSet set = BioMentions.read(List.of(
            "-DOCSTART-\tO", "",
            "김민준\tNNP\tB-PER", "한빛전자\tNNP\tB-ORG", "사장은\tNNG\tO", "",
            "존\tB-PER", "스미스\tI-PER", "씨가\tO", "왔다\tO", ""), "dev.bio", TypeMap.defaults(),
            BioMentions.Level.AUTO);
        assertThat(set.documents()).containsExactly("dev.bio#1", "dev.bio#2");
        assertThat(describe(set)).isEqualTo("dev.bio#1 Person 0-3 김민준 | dev.bio#1 Organization 4-8 한빛전자"
            + " | dev.bio#2 Person 0-5 존 스미스");
        assertThat(set.text("dev.bio#1", Anchor.ARTICLE)).hasValue("김민준 한빛전자 사장은");
    }

    @Test
    void characterLevelConcatenatesCharactersKeepingSpaceLines() {
        MentionSet set = BioMentions.read(List.of("한\tB-OG", "빛\tI-OG", " \tO", "김\tB_PS", "씨\tO"), "c.bio",
            TypeMap.defaults(), BioMentions.Level.AUTO);
        assertThat(set.text("c.bio#1", Anchor.ARTICLE)).hasValue("한빛 김씨");
        assertThat(describe(set)).isEqualTo("c.bio#1 Organization 0-2 한빛 | c.bio#1 Person 3-4 김");
    }

    @Test
    void iobOneBioesAndUnmappedTypes() {
        MentionSet set = BioMentions.read(List.of(
            "a I-PER", "b I-PER", "c I-ORG", "d O", "e S-LOC", "f B-TIME", "g E-TIME", "h I-PER"),
            "x", TypeMap.defaults(), BioMentions.Level.TOKEN);
        assertThat(describe(set)).isEqualTo("x#1 Person 0-3 a b | x#1 Organization 4-5 c | x#1 Location 8-9 e"
            + " | x#1 Person 14-15 h");
        assertThat(set.ignoredTypes()).containsEntry("TIME", 1);
    }

    @Test
    void commentsNameSentences() {
        MentionSet set = BioMentions.read(List.of("# sent_id = news-7", "김\tB-PS", "", "## klue-3\t<김:PS>",
            "이\tB-PS"), "k", TypeMap.defaults(), BioMentions.Level.CHAR);
        assertThat(set.documents()).containsExactly("news-7", "klue-3");
    }

    @Test
    void aLineWithoutATagIsReadAsOutside() {
        MentionSet set = BioMentions.read(List.of("김민준", "왔다 O"), "n", TypeMap.defaults(),
            BioMentions.Level.TOKEN);
        assertThat(set.mentions()).isEmpty();
        assertThat(set.warnings()).singleElement().asString().contains("n:1");
    }
}
