package io.github.hanex.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hanex.resource.RuleFileException;
import io.github.hanex.resource.RuleFileReader;
import io.github.hanex.tokenize.UserDictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading, checking and selecting the recognizer's rule files; the pattern language on hand-made units. */
class NerRulesTest {

    @TempDir
    Path dir;

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void bundledRulesLoad() {
        NerRules rules = NerRules.load(NerRuleFiles.BUNDLED);
        assertThat(rules.gazetteer.size()).isGreaterThan(2500);
        assertThat(rules.patterns).isNotEmpty();
        assertThat(rules.gazetteer.get("MS").canonical()).isEqualTo("마이크로소프트");
        assertThat(rules.gazetteer.get("서울").type()).isEqualTo(EntityType.NONE);
        assertThat(rules.words.is("회장", "TITLE")).isTrue();
    }

    @Test
    void aBrokenGazetteerLineFailsWithFileLineAndReason() throws IOException {
        String file = write("bad.gaz.tsv", "# comment\n한빛전자\tOrganization\n한빛\tCompany\n");
        assertThatThrownBy(() -> NerRules.load(file))
            .isInstanceOf(RuleFileException.class)
            .hasMessage("bad.gaz.tsv:3: unknown type 'Company' (Person, Organization or None)")
            .satisfies(e -> assertThat(((RuleFileException) e).getLine()).isEqualTo(3));
    }

    @Test
    void aPatternWithAnUnknownClassOrUnbalancedBracketsFails() throws IOException {
        String unknown = write("a.patterns.tsv", "Person\t[KNAME] TITEL\n");
        assertThatThrownBy(() -> NerRules.load(unknown)).isInstanceOf(RuleFileException.class)
            .hasMessageStartingWith("a.patterns.tsv:1: unknown class 'TITEL'");
        String open = write("b.patterns.tsv", "# x\n\nPerson\t[KNAME BARE\n");
        assertThatThrownBy(() -> NerRules.load(open)).hasMessage("b.patterns.tsv:3: '[' is not closed");
        String none = write("c.patterns.tsv", "Organization\tORG_SUFFIXED\n");
        assertThatThrownBy(() -> NerRules.load(none)).hasMessage("c.patterns.tsv:1: no [ ] group marks the mention");
    }

    @Test
    void aWordClassMustBeUpperCaseAndNotBuiltIn() throws IOException {
        String lower = write("a.words.tsv", "회장\ttitle\n");
        assertThatThrownBy(() -> NerRules.load(lower)).hasMessageStartingWith("a.words.tsv:1: class names are");
        String builtin = write("b.words.tsv", "김\tKNAME\n");
        assertThatThrownBy(() -> NerRules.load(builtin)).hasMessageStartingWith("b.words.tsv:1: 'KNAME' is a built-in");
    }

    @Test
    void aRuleFileOfUnknownKindIsRefused() throws IOException {
        String file = write("names.txt", "x\n");
        assertThatThrownBy(() -> NerRules.load(file)).isInstanceOf(RuleFileException.class)
            .hasMessageContaining("*.gaz.tsv");
    }

    @Test
    void bundledFilesCanBeSwitchedOffByNameAndFilesAdded() {
        List<String> all = NerRuleFiles.select(List.of(), List.of());
        assertThat(all).hasSize(NerRuleFiles.BUNDLED.length);
        List<String> fewer = NerRuleFiles.select(List.of("people.gaz.tsv", "ner/media.gaz.tsv", "sports"),
            List.of("/tmp/mine.gaz.tsv", "/tmp/money.tsv"));
        assertThat(fewer).hasSize(NerRuleFiles.BUNDLED.length - 2)
            .noneMatch(l -> l.endsWith("people.gaz.tsv") || l.endsWith("media.gaz.tsv") || l.endsWith("sports.gaz.tsv"))
            .endsWith("/tmp/mine.gaz.tsv");
    }

    @Test
    void anAddedGazetteerOverridesTheBundledEntry() throws IOException {
        String mine = write("mine.gaz.tsv", "한빛\tOrganization\t한빛그룹\n");
        List<String> files = new ArrayList<>(List.of(NerRuleFiles.BUNDLED));
        files.add(mine);
        NerRules rules = NerRules.load(files.toArray(String[]::new));
        assertThat(rules.gazetteer.get("한빛").canonical()).isEqualTo("한빛그룹");
        assertThat(rules.gazetteer.get("한빛").rule()).isEqualTo("mine.gaz.tsv:1");
    }

    @Test
    void patternsMatchUnitsWithQuantifiersGroupsAndLiterals() {
        WordClasses words = new WordClasses();
        words.add(RuleFileReader.parse("t.words.tsv", "회장\tTITLE\n김\tSURNAME\n"));
        Set<String> known = Set.of("TITLE", "SURNAME", "KNAME", "BARE", "SYMBOL", "LATIN", "ABBR", "ORG");
        NamePattern pattern = NamePattern.parse(
            new RuleFileReader.Line("p.patterns.tsv", 7, "Person\t[KNAME&BARE{1,2}] '('? NUMBER? ')'? TITLE"),
            union(known, Set.of("NUMBER")));
        // 김민준 회장 : units 김민준 (bare), 회장
        String text = "김민준 회장";
        List<SentenceUnits.TokenSpan> tokens = List.of(
            new SentenceUnits.TokenSpan(0, 3, List.of(new Unit.Morph(0, 3, "NNP", "김민준"))),
            new SentenceUnits.TokenSpan(4, 6, List.of(new Unit.Morph(4, 6, "NNG", "회장"))));
        List<Unit> units = SentenceUnits.build(text, tokens, words);
        assertThat(units).extracting(Unit::stem).containsExactly("김민준", "회장");
        NamePattern.Match match = pattern.matchAt(units, 0);
        assertThat(match).isNotNull();
        assertThat(match.groups()).hasSize(1);
        assertThat(match.groups().get(0)).containsExactly(0, 0);
        assertThat(pattern.rule).isEqualTo("p.patterns.tsv:7");
        assertThat(pattern.matchAt(units, 1)).isNull();
    }

    @Test
    void aTitleWrittenTogetherWithANameIsCutOff() {
        WordClasses words = new WordClasses();
        words.add(RuleFileReader.parse("t.words.tsv", "씨\tHONORIFIC\n홍\tSURNAME\n는\tPARTICLE\n"));
        String text = "홍길동씨는";
        List<SentenceUnits.TokenSpan> tokens = List.of(new SentenceUnits.TokenSpan(0, 5, List.of(
            new Unit.Morph(0, 3, "NNP", "홍길동"), new Unit.Morph(3, 4, "NNB", "씨"),
            new Unit.Morph(4, 5, "JX", "는"))));
        List<Unit> units = SentenceUnits.build(text, tokens, words);
        assertThat(units).extracting(Unit::stem).containsExactly("홍길동", "씨");
        assertThat(units.get(0).has("KNAME")).isTrue();
        assertThat(units.get(0).has("BARE")).isTrue();
        assertThat(units.get(1).has("HONORIFIC")).isTrue();
    }

    @Test
    void gazetteersServeAsAnalyzerUserDictionaries() throws IOException {
        String file = write("mine.gaz.tsv", "한빛전자\tOrganization\n존 스미스\tPerson\nMS\tOrganization\t마이크로소프트\n"
            + "박\tPerson\n한빛(주)\tOrganization\n");
        UserDictionary dictionary = UserDictionary.load(file);
        assertThat(dictionary.entries()).extracting(UserDictionary.Entry::word, UserDictionary.Entry::pos,
            UserDictionary.Entry::rule).containsExactly(tuple("한빛전자", "NNP", "mine.gaz.tsv:1"));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new java.util.HashSet<>(a);
        s.addAll(b);
        return s;
    }
}
