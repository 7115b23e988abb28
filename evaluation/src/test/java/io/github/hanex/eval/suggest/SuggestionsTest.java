package io.github.hanex.eval.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.eval.DocumentTexts;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.score.EvaluationOptions;
import io.github.hanex.eval.score.EvaluationResult;
import io.github.hanex.eval.score.Evaluator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionsTest {

    /** Documents: text, then the gold names (type:text) and the predictions (type:text:rule), each found once. */
    private static final String[][] DOCS = {
        {"홍길동 감독은 배우 이몽룡과 가온재단을 찾았다. 성과급 얘기도 했다.", "Person:홍길동", "Person:이몽룡",
            "Organization:가온재단", "P:Person:성과급:ner/names.patterns.tsv:5"},
        {"성춘향 감독과 배우 변학도는 나래재단 정부 관계자를 만났다. 성과급이 올랐다.", "Person:성춘향", "Person:변학도",
            "Organization:나래재단", "P:Person:성과급:ner/names.patterns.tsv:5",
            "P:Organization:정부:ner/government.gaz.tsv:3"},
        {"홍길동 사장과 김철수 사장은 정부 청사에서 한빛은행 직원을 만났다.", "Person:홍길동", "Person:김철수",
            "Organization:한빛은행", "P:Organization:정부:ner/government.gaz.tsv:3"},
        {"김철수 사장이 말했다.", "Person:김철수"},
        // 소리 follows two missed names, but in 2 of its 22 uses: a common noun, no title
        {"박문수 소리를 들었다. 임꺽정 소리가 났다. 그러나 임꺽정이 왔다. 그러나 박문수가 갔다.", "Person:박문수",
            "Person:임꺽정"},
        {"소리 ".repeat(20) + "그러나 그러나"},
    };

    @TempDir
    static Path rulesDir;
    private static Suggestions.Result suggestions;
    private static String file;

    @BeforeAll
    static void suggest() throws Exception {
        Files.createDirectories(rulesDir.resolve("ner"));
        Files.writeString(rulesDir.resolve("ner/titles.words.tsv"), "# titles\n사장\tTITLE\n씨\tHONORIFIC\n",
            StandardCharsets.UTF_8);
        Files.writeString(rulesDir.resolve("ner/org-suffixes.words.tsv"), "은행\tORG_SUFFIX\n", StandardCharsets.UTF_8);
        Files.writeString(rulesDir.resolve("ner/people.gaz.tsv"), "# people\n김철수\tPerson\n", StandardCharsets.UTF_8);
        Files.writeString(rulesDir.resolve("ner/government.gaz.tsv"), "# gov\n청와대\tOrganization\n정부\tOrganization\n",
            StandardCharsets.UTF_8);
        Files.writeString(rulesDir.resolve("ner/names.patterns.tsv"), "# p\n\n\n\nPerson\t[KNAME&BARE]\tloose\n",
            StandardCharsets.UTF_8);
        MentionSet gold = new MentionSet("gold", false);
        MentionSet pred = new MentionSet("pred", false);
        DocumentTexts texts = new DocumentTexts();
        for (int d = 0; d < DOCS.length; d++) {
            String doc = "d" + d;
            String text = DOCS[d][0];
            texts.put(doc, text, text);
            gold.addDocument(doc);
            pred.addDocument(doc);
            for (int i = 1; i < DOCS[d].length; i++) {
                String[] f = DOCS[d][i].split(":");
                boolean predicted = f[0].equals("P");
                String type = predicted ? f[1] : f[0];
                String name = predicted ? f[2] : f[1];
                int b = text.indexOf(name);
                Span span = new Span(b, b + name.length());
                if (predicted) {
                    pred.add(new Mention(doc, type, span, span, name, Map.of("rule", f[3] + ":" + f[4])));
                } else {
                    gold.add(new Mention(doc, type, span, span, name, Map.of()));
                }
            }
        }
        gold.setTexts(texts);
        pred.setTexts(texts);
        EvaluationResult r = Evaluator.evaluate(gold, pred, EvaluationOptions.defaults().withResamples(0));
        RuleLibrary rules = RuleLibrary.directory(rulesDir);
        suggestions = Suggestions.of(r, gold, pred, rules, 2);
        Path out = rulesDir.resolve("out/suggestions.txt");
        SuggestionFile.write(out, suggestions, r, rules);
        file = Files.readString(out);
    }

    private static List<String> lines(String target) {
        List<String> lines = new ArrayList<>();
        for (Suggestions.Group g : suggestions.groups()) {
            if (g.target().equals(target)) {
                g.items().stream().filter(s -> s.line() != null).forEach(s -> lines.add(s.line()));
            }
        }
        return lines;
    }

    @Test
    void wordsAroundMissedNamesThatNoListHasBecomeWordClassLines() {
        // 감독 follows two different missed persons; 사장 does too, but it is listed
        assertThat(lines("ner/titles.words.tsv")).containsExactly("감독\tTITLE", "배우\tOCCUPATION");
        assertThat(file).contains("# 100% of its 2 uses in the texts; e.g. d0 \"[홍길동] 감독은");
        assertThat(suggestions.notes()).anySatisfy(n -> assertThat(n).startsWith("'사장' is listed (TITLE)"));
    }

    @Test
    void endingsOfMissedOrganizationsBecomeSuffixLinesUnlessAListedSuffixCoversThem() {
        assertThat(lines("ner/org-suffixes.words.tsv")).containsExactly("재단\tORG_SUFFIX");
    }

    @Test
    void namesMissedAgainAndAgainBecomeGazetteerLinesUnlessListed() {
        assertThat(lines("ner/people.gaz.tsv")).containsExactly("홍길동\tPerson");
        assertThat(suggestions.notes()).anySatisfy(n -> assertThat(n)
            .startsWith("Person '김철수' missed 2× although ner/people.gaz.tsv:2 lists it as Person"));
    }

    @Test
    void wordsOftenTakenForNamesBecomeStopListLinesAndBadGazetteerEntriesVetoes() {
        assertThat(lines("ner/not-names.words.tsv")).containsExactly("성과급\tNOT_NAME");
        assertThat(suggestions.groups()).anySatisfy(g -> {
            assertThat(g.target()).startsWith("your-vetoes.gaz.tsv");
            assertThat(g.items()).singleElement().satisfies(s -> {
                assertThat(s.line()).isEqualTo("정부\tNone");
                assertThat(s.evidence().get(0)).startsWith("ner/government.gaz.tsv:3 (정부 Organization): 2 of 2");
            });
        });
    }

    @Test
    void rulesThatPullPrecisionDownAreNamedWithTheirLine() {
        assertThat(suggestions.groups()).anySatisfy(g -> {
            assertThat(g.target()).isEqualTo("rules to disable or tighten");
            assertThat(g.items()).first().satisfies(s -> {
                assertThat(s.line()).isNull();
                assertThat(s.evidence().get(0)).startsWith("ner/names.patterns.tsv:5 Person: 2 predicted, 0 right,"
                    + " 2 wrong").contains("disable it");
                assertThat(s.evidence().get(1)).startsWith("the rule: Person  [KNAME&BARE]  loose");
            });
        });
    }

    @Test
    void theFileHasOnlyCommentsAndLinesInTheFormatOfTheirTarget() {
        assertThat(file).startsWith("# hanex evaluate --suggest").contains("# ==== ner/titles.words.tsv ====")
            .contains("rules compared with: " + rulesDir);
        Set<String> classes = Set.of("TITLE", "OCCUPATION", "ORG_NOUN", "ORG_KIND", "ORG_SUFFIX", "NOT_NAME",
            "Person", "Organization", "None");
        for (String line : file.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            assertThat(fields.length).as(line).isBetween(2, 3);
            assertThat(fields[0]).as(line).isNotBlank();
            assertThat(classes).as(line).contains(fields[1]);
        }
        assertThat(file.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).count())
            .isEqualTo(suggestions.lines());
        assertThat(rulesDir.resolve("out")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void theRuleLibraryReadsClassesGazetteersAndLines() throws Exception {
        RuleLibrary rules = RuleLibrary.directory(rulesDir);
        assertThat(rules.classesOf("사장")).containsExactly("TITLE");
        assertThat(rules.entries("정부")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("Organization");
            assertThat(e.rule()).isEqualTo("ner/government.gaz.tsv:3");
        });
        assertThat(rules.line("ner/names.patterns.tsv:5")).hasValue("Person\t[KNAME&BARE]\tloose");
        assertThat(rules.line("names.patterns.tsv:5")).as("an added file's id is its name").isPresent();
        assertThat(rules.line("ner-alias:repeated-name")).isEmpty();
        assertThat(rules.line("ner/names.patterns.tsv:99")).isEmpty();
        assertThat(RuleLibrary.EMPTY.isEmpty()).isTrue();
    }
}
