package io.github.hanex.event;

import static io.github.hanex.event.EventFixture.money;
import static io.github.hanex.event.EventFixture.org;
import static io.github.hanex.event.EventFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.type.Event;
import java.util.List;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/** Event frames: who met or signed with whom, for how much, when and where. */
class EventFrameAnnotatorTest {

    private static final EventFixture FIXTURE = EventFixture.shared();

    @Test
    void contractWithParticipantsAmountAndDate() {
        JCas jcas = FIXTURE.run("한빛전자는 24일 미국 애플과 3조원 규모의 계약을 체결했다고 밝혔다.", "2025-03-20",
            org("한빛전자"), org("애플"), money("3조원", "3000000000000", "KRW"));

        Event event = only(jcas);
        assertThat(event.getEventType()).isEqualTo("CONTRACT");
        assertThat(event.getTrigger().getCoveredText()).isEqualTo("계약");
        assertThat(arguments(event)).containsExactly("participant=한빛전자", "date=24일", "participant=애플",
            "amount=3조원");
    }

    @Test
    void meetingWithPeopleBehindTitlesDateAndPlace() {
        JCas jcas = FIXTURE.run("김민준 한빛전자 사장은 지난 20일 뉴욕 본사에서 존 스미스 CEO와 만났다.", "2025-03-24",
            person("김민준"), org("한빛전자"), person("존 스미스"));

        Event event = only(jcas);
        assertThat(event.getEventType()).isEqualTo("MEET");
        assertThat(arguments(event)).containsExactly("participant=김민준", "participant=한빛전자", "date=지난 20일",
            "place=뉴욕 본사", "participant=존 스미스");
    }

    @Test
    void travelTakesThePlaceInItsWord() {
        JCas jcas = FIXTURE.run("최태호 회장은 내달 미국행 비행기에 오른다.", "2025-03-24", person("최태호"));

        Event event = only(jcas);
        assertThat(event.getEventType()).isEqualTo("TRAVEL");
        assertThat(event.getModality()).isEqualTo("PLANNED");
        assertThat(arguments(event)).containsExactly("participant=최태호", "date=내달", "place=미국");
    }

    @Test
    void subjectOfAnEarlierClauseTakesPartButObjectsStayInTheirClause() {
        JCas jcas = FIXTURE.run("한빛은 지난달 누리를 방문했으며, 내년 베트남에 1조원을 투자할 예정이다.", "2025-03-24",
            org("한빛"), org("누리"), money("1조원", "1000000000000", "KRW"));

        List<Event> events = jcas.select(Event.class).asList();
        assertThat(events).extracting(Event::getEventType).containsExactly("TRAVEL", "INVEST");
        assertThat(arguments(events.get(0))).containsExactly("participant=한빛", "date=지난달", "participant=누리");
        assertThat(arguments(events.get(1))).containsExactly("participant=한빛", "date=내년", "place=베트남",
            "amount=1조원");
        assertThat(events.get(1).getModality()).isEqualTo("PLANNED");
    }

    @Test
    void sourcesAreNotParticipants() {
        JCas jcas = FIXTURE.run("한빛리서치에 따르면 누리는 애플에 부품을 공급한다.", "2025-03-24",
            org("한빛리서치"), org("누리"), org("애플"));

        assertThat(arguments(only(jcas))).containsExactly("participant=누리", "participant=애플");
    }

    @Test
    void eventCoversItsTriggerAndRecordsTheLexiconRule() {
        JCas jcas = FIXTURE.run("양사는 협업한다.", null);

        Event event = only(jcas);
        assertThat(event.getBegin()).isEqualTo(event.getTrigger().getBegin());
        assertThat(event.getEnd()).isEqualTo(event.getTrigger().getEnd());
        assertThat(event.getRule()).matches("events/triggers\\.tsv:\\d+");
        assertThat(event.getArguments().size()).isZero();
    }

    private static Event only(JCas jcas) {
        List<Event> events = jcas.select(Event.class).asList();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static List<String> arguments(Event event) {
        return event.getArguments().stream()
            .map(a -> a.getRole() + "=" + a.getTarget().getCoveredText())
            .toList();
    }
}
