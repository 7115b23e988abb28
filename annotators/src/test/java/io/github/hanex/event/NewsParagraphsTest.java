package io.github.hanex.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.type.EventTrigger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/**
 * Whole news paragraphs written for these tests ({@code events/news-*.txt}, entities given as {@code #org},
 * {@code #person} and {@code #money} lines): business articles against hand-marked triggers
 * ({@code .gold.tsv}), and unrelated articles (markets, weather, sports) that must yield no trigger.
 */
class NewsParagraphsTest {

    private record Gold(String text, String type, String modality) {
    }

    private record Doc(String text, List<EventFixture.Entity> entities) {
    }

    @Test
    void businessArticlesReachTheTriggerTarget() throws IOException {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int modalityRight = 0;
        for (String name : List.of("news-battery", "news-chips")) {
            Doc doc = doc(name + ".txt");
            JCas jcas = EventFixture.shared().run(doc.text(), "2025-03-24",
                doc.entities().toArray(EventFixture.Entity[]::new));
            List<EventTrigger> found = new ArrayList<>(jcas.select(EventTrigger.class).asList());
            List<Gold> gold = gold(name + ".gold.tsv");
            // Type-aware overlap matching, in text order: each gold trigger takes the first unused match.
            List<EventTrigger> unused = new ArrayList<>(found);
            int searchFrom = 0;
            for (Gold g : gold) {
                int at = doc.text().indexOf(g.text(), searchFrom);
                assertThat(at).as("gold trigger %s in %s", g.text(), name).isGreaterThanOrEqualTo(0);
                searchFrom = at + g.text().length();
                int begin = at;
                int end = at + g.text().length();
                EventTrigger match = unused.stream().filter(t -> t.getBegin() < end && begin < t.getEnd()
                    && t.getEventType().equals(g.type())).findFirst().orElse(null);
                if (match == null) {
                    fn++;
                } else {
                    tp++;
                    unused.remove(match);
                    if (match.getModality().equals(g.modality())) {
                        modalityRight++;
                    }
                }
            }
            fp += unused.size();
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        assertThat(f1).as("trigger F1 (tp %d, fp %d, fn %d)", tp, fp, fn).isGreaterThanOrEqualTo(0.9);
        assertThat(modalityRight).as("modality of matched triggers").isGreaterThanOrEqualTo(tp - 3);
    }

    @Test
    void unrelatedArticlesHaveNoTrigger() throws IOException {
        Doc doc = doc("news-unrelated.txt");
        JCas jcas = EventFixture.shared().run(doc.text(), "2025-03-24",
            doc.entities().toArray(EventFixture.Entity[]::new));

        assertThat(jcas.select(EventTrigger.class).map(EventTrigger::getCoveredText).toList()).isEmpty();
    }

    private static Doc doc(String resource) throws IOException {
        List<EventFixture.Entity> entities = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : read(resource).split("\n", -1)) {
            if (line.startsWith("#")) {
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "#org" -> entities.add(EventFixture.org(f[1]));
                    case "#person" -> entities.add(EventFixture.person(f[1]));
                    case "#money" -> entities.add(EventFixture.money(f[1], f[2], f[3]));
                    default -> throw new IllegalArgumentException("unknown directive " + f[0]);
                }
            } else {
                text.append(line).append('\n');
            }
        }
        return new Doc(text.toString().strip(), entities);
    }

    private static List<Gold> gold(String resource) throws IOException {
        List<Gold> gold = new ArrayList<>();
        for (String line : read(resource).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            gold.add(new Gold(f[0], f[1], f[2]));
        }
        return gold;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = NewsParagraphsTest.class.getResourceAsStream("/events/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
