package io.github.hanex.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.resource.RuleFileReader;
import io.github.hanex.type.EventTrigger;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The trigger table in {@code events/trigger-cases.tsv}: spans, types and modality, and non-events. */
class EventTriggerAnnotatorTest {

    static Stream<Arguments> cases() throws IOException {
        byte[] bytes;
        try (InputStream in = EventTriggerAnnotatorTest.class.getResourceAsStream("/events/trigger-cases.tsv")) {
            bytes = in.readAllBytes();
        }
        List<Arguments> cases = new ArrayList<>();
        for (RuleFileReader.Line line : RuleFileReader.parse("trigger-cases.tsv", bytes)) {
            String[] f = line.fields();
            cases.add(Arguments.of(f[0], f.length > 1 ? f[1] : "", f.length > 2 ? f[2] : ""));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheTriggersOfTheTable(String sentence, String expected, String entities) {
        EventFixture.Entity[] given = Arrays.stream(entities.split(";")).filter(s -> !s.isBlank())
            .map(s -> s.startsWith("$") ? EventFixture.money(s.substring(1), "1", "KRW") : EventFixture.org(s))
            .toArray(EventFixture.Entity[]::new);
        JCas jcas = EventFixture.shared().run(sentence, "2025-03-20", given);

        List<String> found = jcas.select(EventTrigger.class)
            .map(t -> t.getCoveredText() + ":" + t.getEventType() + ":" + t.getModality()).toList();

        List<String> wanted = expected.isBlank() ? List.of() : List.of(expected.split(";"));
        assertThat(found).containsExactlyElementsOf(wanted);
    }
}
