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
        // 한빛전자 only says whom 김민준 works for; the place is the city, not the site
        assertThat(arguments(event)).containsExactly("participant=김민준", "date=지난 20일", "place=뉴욕",
            "participant=존 스미스");
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
        // an investment has no place role (corpus/README.md: travel, meetings, signings)
        assertThat(arguments(events.get(1))).containsExactly("participant=한빛", "date=내년", "amount=1조원");
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

    @Test
    void affiliationsAreNoParticipantsButPartiesAre() {
        JCas jcas = FIXTURE.run("강도현 부총리 겸 기획재정부 장관이 국제통화기금(IMF)의 마거릿 오웬스 수석부총재와 면담했다.",
            "2025-07-03", person("강도현"), org("기획재정부"), org("국제통화기금"), org("IMF", "국제통화기금"),
            person("마거릿 오웬스"));
        assertThat(arguments(only(jcas))).containsExactly("participant=강도현", "participant=마거릿 오웬스");

        jcas = FIXTURE.run("한빛전자와 박서연 누리 대표가 만났다.", "2025-07-03", org("한빛전자"), org("누리"),
            person("박서연"));
        assertThat(arguments(only(jcas))).containsExactly("participant=한빛전자", "participant=박서연");
    }

    @Test
    void aDatelineIsNoParticipant() {
        JCas jcas = FIXTURE.run("(서울=누리일보) 정다은 기자 = 한빛전자가 미국 마이크로소프트에 칩을 공급한다.", "2025-04-08",
            org("누리일보"), person("정다은"), org("한빛전자"), org("마이크로소프트"));
        assertThat(arguments(only(jcas))).containsExactly("participant=한빛전자", "participant=마이크로소프트");
    }

    @Test
    void deadlinesAndStartingPointsAreNoEventDates() {
        JCas jcas = FIXTURE.run("한빛그룹은 2030년까지 북미에 165억달러를 투자할 계획이다.", "2025-03-14",
            org("한빛그룹"), money("165억달러", "16500000000", "USD"));
        assertThat(arguments(only(jcas))).containsExactly("participant=한빛그룹", "amount=165억달러");
    }

    @Test
    void theMostSpecificPlaceAndContractedParticles() {
        JCas jcas = FIXTURE.run("박서연 회장이 13일 미국 텍사스주 휴스턴에서 존 스미스 CEO를 만났다.", "2025-03-14",
            person("박서연"), person("존 스미스"));
        assertThat(arguments(only(jcas))).contains("place=휴스턴");

        jcas = FIXTURE.run("박서연 회장, 휴스턴서 존 스미스 CEO와 회동", "2025-03-14", person("박서연"), person("존 스미스"));
        assertThat(arguments(only(jcas))).contains("place=휴스턴");

        jcas = FIXTURE.run("두 회사는 10일 서울 중구 대성타워에서 양해각서를 체결했다.", "2025-06-11");
        assertThat(arguments(only(jcas))).containsExactly("date=10일", "place=서울");
    }

    @Test
    void aTriggerThatRefersBackTakesTheEarlierEventsArguments() {
        JCas jcas = FIXTURE.run("서진중공업이 중동 선주와 3천912억원 규모의 계약을 체결했다고 18일 공시했다. "
                + "이번 수주로 서진중공업의 매출이 3천억원을 넘어설 전망이다.", "2025-08-18",
            org("서진중공업"), money("3천912억원", "391200000000", "KRW"), money("3천억원", "300000000000", "KRW"));
        List<Event> events = jcas.select(Event.class).asList();
        assertThat(events).extracting(e -> e.getTrigger().getCoveredText()).containsExactly("계약", "수주");
        assertThat(arguments(events.get(1))).containsExactly("participant=서진중공업", "amount=3천912억원", "date=18일");

        // its own participants stay: 박재현 went along on the trip
        jcas = FIXTURE.run("박서연 회장은 지난달 미국 출장에 나섰다. 이번 출장에는 박재현 의장도 동행했다.", "2025-03-14",
            person("박서연"), person("박재현"));
        List<Event> trips = jcas.select(Event.class).asList();
        assertThat(arguments(trips.get(1))).containsExactly("participant=박서연", "date=지난달", "place=미국",
            "participant=박재현");
    }

    @Test
    void anEventWithoutADateTakesTheDateOfItsTypesOtherMention() {
        JCas jcas = FIXTURE.run("한빛전자, MS에 AI칩 공급\n한빛전자는 7일 MS에 AI칩을 공급하는 계약을 맺었다.", "2025-04-08",
            org("한빛전자"), org("MS", "마이크로소프트"));
        List<Event> supply = jcas.select(Event.class).filter(e -> e.getEventType().equals("SUPPLY")).toList();
        assertThat(supply).hasSize(2);
        assertThat(arguments(supply.get(0))).contains("date=7일");
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
