package io.github.hanex.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.eval.Span;
import io.github.hanex.eval.event.EventFrame;
import io.github.hanex.eval.event.EventSet;
import io.github.hanex.eval.score.EventEvaluationResult.ErrorKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventEvaluatorTest {

    private static EventFrame ev(String doc, int b, int e, String type, String modality, String participants,
        String value, String currency, String date, String place) {
        return new EventFrame(doc, "", new Span(b, e), "t", type, modality,
            participants.isEmpty() ? Set.of() : Set.of(participants.split(";")), value, currency, date, place, "");
    }

    private static EventSet set(String name, EventFrame... events) {
        EventSet s = new EventSet(name);
        for (EventFrame e : events) {
            s.add(e);
        }
        return s;
    }

    @Test
    void alignsByTypeAndOverlapAndScoresEveryRole() {
        // gold: a meeting of A and B on 2025-03-13 in Houston, and an investment of 165억 달러 by A
        EventSet gold = set("g",
            ev("d", 10, 12, "MEET", "ASSERTED", "A;B", "", "", "2025-03-13", "휴스턴"),
            ev("d", 20, 22, "INVEST", "PLANNED", "A", "16500000000", "USD", "", ""));
        // predicted: the meeting (span shifted but overlapping) with A and C, a month only and "미국 휴스턴";
        // the investment with the right amount written differently and the wrong modality; a spurious SUPPLY
        EventSet pred = set("p",
            ev("d", 11, 14, "MEET", "ASSERTED", "A;C", "", "", "2025-03", "미국 휴스턴"),
            ev("d", 20, 22, "INVEST", "ASSERTED", "A", "1.65E10", "usd", "", ""),
            ev("d", 40, 42, "SUPPLY", "ASSERTED", "D", "", "", "2025-01-01", ""));
        EventEvaluationResult r = EventEvaluator.evaluate(gold, pred, false);

        assertThat(r.triggers()).isEqualTo(new Prf(2, 1, 0));
        // participants: A tp, B fn, C fp (meeting); A tp (investment); D fp (spurious event)
        assertThat(r.roles().get("participant").strict()).isEqualTo(new Prf(2, 2, 1));
        assertThat(r.roles().get("participant").alignedStrict()).isEqualTo(new Prf(2, 1, 1));
        assertThat(r.roles().get("amount").strict()).isEqualTo(new Prf(1, 0, 0));
        // date: strict miss (fp + fn) and a spurious date; leniently the month is a prefix of the day
        assertThat(r.roles().get("date").strict()).isEqualTo(new Prf(0, 2, 1));
        assertThat(r.roles().get("date").lenient()).isEqualTo(new Prf(1, 1, 0));
        assertThat(r.roles().get("date").alignedLenient()).isEqualTo(new Prf(1, 0, 0));
        assertThat(r.roles().get("place").strict()).isEqualTo(new Prf(0, 1, 1));
        assertThat(r.roles().get("place").lenient()).isEqualTo(new Prf(1, 0, 0));
        assertThat(r.arguments().strict()).isEqualTo(new Prf(3, 5, 3));
        // P 3/8, R 3/6: F1 = 2tp / (2tp + fp + fn) = 6/14
        assertThat(r.arguments().strict().f1()).isCloseTo(3.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.arguments().lenient()).isEqualTo(new Prf(5, 3, 1));
        assertThat(r.modalityCorrect()).isEqualTo(1);
        assertThat(r.modalityTotal()).isEqualTo(2);
        assertThat(r.modality().get("PLANNED")).containsEntry("ASSERTED", 1);
        assertThat(r.errors()).extracting(EventEvaluationResult.ArgumentError::kind)
            .contains(ErrorKind.MISSED, ErrorKind.SPURIOUS, ErrorKind.PARTIAL, ErrorKind.SPURIOUS_EVENT);
    }

    @Test
    void aTypeMismatchIsNoAlignmentAndMissedArgumentsCount() {
        EventSet gold = set("g", ev("d", 0, 2, "CONTRACT", "ASSERTED", "A;B", "", "", "2025", "서울"));
        EventSet pred = set("p", ev("d", 0, 2, "SUPPLY", "ASSERTED", "A;B", "", "", "2025", "서울"));
        EventEvaluationResult r = EventEvaluator.evaluate(gold, pred, false);
        assertThat(r.triggers()).isEqualTo(new Prf(0, 1, 1));
        assertThat(r.arguments().strict()).isEqualTo(new Prf(0, 4, 4));
        assertThat(r.arguments().alignedStrict()).isEqualTo(Prf.ZERO);
        assertThat(r.modalityTotal()).isZero();
    }

    @Test
    void alignmentIsOneToOneAndMaximum() {
        // one prediction overlaps both gold triggers; the second prediction only the first gold trigger
        EventSet gold = set("g", ev("d", 0, 4, "MEET", "ASSERTED", "", "", "", "", ""),
            ev("d", 4, 8, "MEET", "ASSERTED", "", "", "", "", ""));
        EventSet pred = set("p", ev("d", 2, 6, "MEET", "ASSERTED", "", "", "", "", ""),
            ev("d", 0, 2, "MEET", "ASSERTED", "", "", "", "", ""));
        assertThat(EventEvaluator.evaluate(gold, pred, false).triggers()).isEqualTo(new Prf(2, 0, 0));
    }

    @Test
    void documentsPairByPathSuffixAndUnknownOnesCanBeDropped() {
        EventSet gold = set("g", ev("html/a.html", 0, 2, "MEET", "ASSERTED", "A", "", "", "", ""));
        EventSet pred = set("p", ev("a.html", 0, 2, "MEET", "ASSERTED", "A", "", "", "", ""),
            ev("other.html", 0, 2, "MEET", "ASSERTED", "A", "", "", "", ""));
        assertThat(EventEvaluator.evaluate(gold, pred, false).triggers()).isEqualTo(new Prf(1, 1, 0));
        assertThat(EventEvaluator.evaluate(gold, pred, true).triggers()).isEqualTo(new Prf(1, 0, 0));
    }

    @Test
    void valueComparisons() {
        assertThat(EventEvaluator.sameAmount("4000000000000~5000000000000 KRW", "4E12~5E12 KRW")).isTrue();
        assertThat(EventEvaluator.sameAmount("100 KRW", "100 USD")).isFalse();
        assertThat(EventEvaluator.datePrefix("2025", "2025-03-01")).isTrue();
        assertThat(EventEvaluator.datePrefix("2025-1", "2025-11")).isFalse();
        assertThat(EventEvaluator.placeContains("워싱턴 DC", "워싱턴DC")).isTrue();
        assertThat(EventEvaluator.placeContains("서울", "부산")).isFalse();
        assertThat(EventEvaluator.normalize("Ｓｅｏｕｌ  City")).isEqualTo("seoulcity");
    }
}
