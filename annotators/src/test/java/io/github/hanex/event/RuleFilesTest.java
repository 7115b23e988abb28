package io.github.hanex.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.resource.Locations;
import io.github.hanex.resource.RuleFileException;
import io.github.hanex.resource.RuleFileReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event rule formats: the bundled files load, broken lines fail with file, line and reason. */
class RuleFilesTest {

    @Test
    void bundledRuleFilesLoad() {
        String dir = Locations.BUNDLED_RULES + "events/";
        assertThat(TriggerLexicon.load(dir + "triggers.tsv").entries()).extracting(TriggerLexicon.Entry::eventType)
            .contains("MEET", "TRAVEL", "CONTRACT", "SUPPLY", "INVEST", "PARTNERSHIP");
        assertThat(ModalityCues.load(dir + "modality.tsv").cues()).extracting(ModalityCues.Cue::modality)
            .contains("NEGATED", "POSSIBLE", "PLANNED");
        assertThat(RoleRules.load(dir + "roles.tsv").rules()).extracting(RoleRules.Rule::role)
            .contains("participant", "amount", "date", "place");
        ClauseBoundaries.load(dir + "clause-boundaries.tsv");
        TriggerContexts.load(dir + "stop-phrases.tsv", dir + "compound-heads.tsv");
    }

    @Test
    void aNewEventTypeIsOneLine() {
        TriggerLexicon lexicon = TriggerLexicon.parse(lines("# mine\nACQUISITION\t인수/NNG\n"));

        assertThat(lexicon.entries()).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("ACQUISITION");
            assertThat(e.rule()).isEqualTo("x.tsv:2");
        });
    }

    @Test
    void brokenTriggerLinesNameFileAndLine() {
        assertThatThrownBy(() -> TriggerLexicon.parse(lines("MEET\t만나/VV\nmeet\t만나/VV\n")))
            .isInstanceOf(RuleFileException.class).hasMessageStartingWith("x.tsv:2: event type");
        assertThatThrownBy(() -> TriggerLexicon.parse(lines("MEET\t[만나/VV\n")))
            .isInstanceOf(RuleFileException.class).hasMessage("x.tsv:1: use one pair of [ ] to mark the span");
        assertThatThrownBy(() -> TriggerLexicon.parse(lines("MEET\t만나/VV\tstrong\n")))
            .isInstanceOf(RuleFileException.class).hasMessageStartingWith("x.tsv:1: unknown option 'strong'");
        assertThatThrownBy(() -> TriggerLexicon.parse(lines("MEET\n")))
            .isInstanceOf(RuleFileException.class).hasMessageStartingWith("x.tsv:1: expected TYPE<TAB>PATTERN");
    }

    @Test
    void brokenCueAndRoleLinesNameFileAndLine() {
        assertThatThrownBy(() -> ModalityCues.parse(lines("NEGATED\thigh\tafter\t않/VX\n")))
            .isInstanceOf(RuleFileException.class).hasMessageStartingWith("x.tsv:1: priority");
        assertThatThrownBy(() -> ModalityCues.parse(lines("NEGATED\t1\tsomewhere\t않/VX\n")))
            .isInstanceOf(RuleFileException.class).hasMessageStartingWith("x.tsv:1: scope");
        assertThatThrownBy(() -> RoleRules.parse(lines("*\tparticipant\tPerson\t*\tclause\t0\n")))
            .isInstanceOf(RuleFileException.class).hasMessageStartingWith("x.tsv:1: max");
        assertThatThrownBy(() -> RoleRules.parse(lines("*\tParticipant\tPerson\t*\tclause\t1\n")))
            .isInstanceOf(RuleFileException.class).hasMessageStartingWith("x.tsv:1: role");
    }

    @Test
    void roleMarkersAcceptParticlesAndExcludeSequences() {
        RoleRules.Rule rule = RoleRules.parse(lines("*\tparticipant\tPerson\t*|!에 따르\tclause\t*\n"))
            .rules().get(0);

        assertThat(rule.accepts(List.of("에", "공급"))).isTrue();
        assertThat(rule.accepts(List.of("에", "따르", "면"))).isFalse();
        assertThat(rule.accepts(List.of())).isTrue();
        RoleRules.Rule place = RoleRules.parse(lines("TRAVEL\tplace\tLocation\t에|-\tclause\t1\n")).rules().get(0);
        assertThat(place.accepts(List.of())).isTrue();
        assertThat(place.accepts(List.of("과"))).isFalse();
        assertThat(place.appliesTo("TRAVEL")).isTrue();
        assertThat(place.appliesTo("MEET")).isFalse();
    }

    private static List<RuleFileReader.Line> lines(String text) {
        return RuleFileReader.parse("x.tsv", text);
    }
}
