package io.github.hanex.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hanex.resource.RuleFileReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trie lookups of word classes and gazetteers against the plain substring lookups they stand for: every
 * stretch of some news phrases, every class the recognizer asks about.
 */
class WordClassesTest {

    private static final NerRules RULES = NerRules.load(NerRuleFiles.BUNDLED);
    private static final WordClasses WORDS = RULES.words;
    private static final List<String> TEXTS = List.of(
        "한빛전자는 서울중앙지법에서 김민준씨에게 강서경찰서는", "국제통화기금(IMF)과 한국개발연구원의 홍길동 회장이었다",
        "B군이 정모(33)씨와 제약사 베일리파마와 배터리기업에서부터는", "盧泰愚 대통령 한빛그룹 부회장 존 스미스 CEO");

    @Test
    void regionLookupsAgreeWithSubstringLookups() {
        int checked = 0;
        for (String text : TEXTS) {
            for (int begin = 0; begin <= text.length(); begin++) {
                for (int end = begin; end <= text.length(); end++) {
                    String part = text.substring(begin, end);
                    WordClasses.Suffixes suffixes = WORDS.suffixes(text, begin, end);
                    WordClasses.Word word = WORDS.word(text, begin, end);
                    for (KnownClass c : KnownClass.values()) {
                        String name = c.name();
                        assertThat(suffixes.longest(c)).as("%s %s", part, name).isEqualTo(longestSuffix(part, name));
                        assertThat(WORDS.longestSuffix(part, name)).isEqualTo(longestSuffix(part, name));
                        assertThat(WORDS.is(text, begin, end, c)).as("%s %s", part, name)
                            .isEqualTo(WORDS.classesOf(part).contains(name));
                        assertThat(word != null && word.in(c)).isEqualTo(WORDS.is(part, name));
                        for (int max = 0; max <= 3; max++) {
                            assertThat(WORDS.isSequenceOf(text, begin, end, c.id, max)).as("%s %s %d", part, name, max)
                                .isEqualTo(isSequenceOf(part, name, max));
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50_000);
    }

    @Test
    void classesOutsideTheKnownOnesGetIdsOfTheirOwn() {
        WordClasses words = new WordClasses();
        words.add(RuleFileReader.parse("t.words.tsv", "배우\tOCCUPATION\n회장\tTITLE\n회장\tOCCUPATION\tx\n"));
        int occupation = words.classId("OCCUPATION");
        assertThat(occupation).isGreaterThanOrEqualTo(KnownClass.values().length);
        assertThat(words.className(occupation)).isEqualTo("OCCUPATION");
        assertThat(words.classId("NO_SUCH_CLASS")).isEqualTo(-1);
        assertThat(words.word("회장").in(occupation)).isTrue();
        assertThat(words.word("회장").in(KnownClass.TITLE)).isTrue();
        assertThat(words.get("회장", "OCCUPATION").value()).isEqualTo("x");
        assertThat(words.classesOf("회장")).containsExactlyInAnyOrder("TITLE", "OCCUPATION");
        assertThat(words.is("배우", "NO_SUCH_CLASS")).isFalse();
    }

    @Test
    void theGazetteerFindsEveryOccurrenceOverlappingOnesIncluded() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.add(RuleFileReader.parse("t.gaz.tsv", "한빛\tOrganization\n한빛전자\tOrganization\n전자\tNone\n"
            + "빛전\tPerson\n"));
        assertThat(gazetteer.find("새한빛전자와 한빛")).extracting(Gazetteer.Hit::begin, Gazetteer.Hit::end,
            h -> h.entry().surface()).containsExactly(tuple(1, 3, "한빛"), tuple(1, 5, "한빛전자"),
            tuple(2, 4, "빛전"), tuple(3, 5, "전자"), tuple(7, 9, "한빛"));
        List<Integer> ends = new ArrayList<>();
        gazetteer.findAt("새한빛전자와", 1, 4, (end, entry) -> ends.add(end));
        assertThat(ends).containsExactly(3);
    }

    /** The longest suffix shorter than the text in the class, by substrings. */
    private static int longestSuffix(String text, String wordClass) {
        for (int len = text.length() - 1; len >= 1; len--) {
            if (WORDS.is(text.substring(text.length() - len), wordClass)) {
                return len;
            }
        }
        return 0;
    }

    /** Whether the text is at most {@code max} words of the class, by substrings. */
    private static boolean isSequenceOf(String text, String wordClass, int max) {
        if (text.isEmpty()) {
            return true;
        }
        for (int len = 1; len <= text.length() && max > 0; len++) {
            if (WORDS.is(text.substring(0, len), wordClass) && isSequenceOf(text.substring(len), wordClass, max - 1)) {
                return true;
            }
        }
        return false;
    }
}
