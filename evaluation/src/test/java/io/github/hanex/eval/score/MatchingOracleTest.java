package io.github.hanex.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.Mentions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** Compares the evaluator's one-to-one counts with an exhaustive search on many small random documents. */
class MatchingOracleTest {

    private static final String[] TYPES = {"Person", "Organization", "EventTrigger"};
    private static final String[] EVENTS = {"MEET", "INVEST"};

    @Test
    void countsEqualTheLargestOneToOneMatching() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<Mention> gold = randomMentions(random, "d");
            List<Mention> pred = randomMentions(random, "d");
            MentionSet g = Mentions.set("g", gold.toArray(Mention[]::new));
            MentionSet p = Mentions.set("p", pred.toArray(Mention[]::new));
            g.addDocument("d");
            EvaluationResult r = Evaluator.evaluate(g, p, EvaluationOptions.defaults().withResamples(0)
                .withTypes(List.of(TYPES)));
            int strict = best(gold, pred, 0, 0, (a, b) -> a.label().equals(b.label())
                && a.article().equals(b.article()));
            int lenient = best(gold, pred, 0, 0, (a, b) -> a.label().equals(b.label())
                && a.article().overlaps(b.article()));
            assertThat(r.micro().strict()).as("round %d", round)
                .isEqualTo(new Prf(strict, pred.size() - strict, gold.size() - strict));
            assertThat(r.micro().lenient()).as("round %d", round)
                .isEqualTo(new Prf(lenient, pred.size() - lenient, gold.size() - lenient));
        }
    }

    private static List<Mention> randomMentions(Random random, String doc) {
        List<Mention> list = new ArrayList<>();
        int n = random.nextInt(7);
        for (int i = 0; i < n; i++) {
            int begin = random.nextInt(12);
            String type = TYPES[random.nextInt(TYPES.length)];
            String[] attrs = type.equals("EventTrigger")
                ? new String[] {"event_type", EVENTS[random.nextInt(EVENTS.length)]} : new String[0];
            list.add(Mentions.at(doc, type, begin, begin + 1 + random.nextInt(4), attrs));
        }
        return list;
    }

    /** The size of the largest matching, by trying every choice for each gold mention. */
    private static int best(List<Mention> gold, List<Mention> pred, int i, int used, BiPredicate<Mention, Mention> ok) {
        if (i == gold.size()) {
            return 0;
        }
        int result = best(gold, pred, i + 1, used, ok);
        for (int j = 0; j < pred.size(); j++) {
            if ((used & (1 << j)) == 0 && ok.test(gold.get(i), pred.get(j))) {
                result = Math.max(result, 1 + best(gold, pred, i + 1, used | (1 << j), ok));
            }
        }
        return result;
    }
}
