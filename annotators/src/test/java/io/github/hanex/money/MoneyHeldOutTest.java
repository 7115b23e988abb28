package io.github.hanex.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.type.Money;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the money annotator on {@code money-heldout.tsv}: original news sentences with gold amounts, written
 * and annotated for this project by someone who did not see the money rules, and never used to tune them (see the
 * file's header). Scores spans (strict and lenient, one gold to one prediction) and, on the matched amounts, the
 * normalized value, value_max, currency and qualifier; asserts floors a little below the figures measured when the
 * file was added, so a regression fails the build and an improvement shows in the log.
 */
class MoneyHeldOutTest {
    private static final Logger LOG = LoggerFactory.getLogger(MoneyHeldOutTest.class);

    record Gold(String span, int begin, int end, String value, String valueMax, String currency, String qualifier) {}

    record Found(int begin, int end, String value, String valueMax, String currency, String qualifier) {}

    @Test
    void scoresOnHeldOutNewsSentences() throws Exception {
        Map<String, List<Gold>> sentences = read();
        assertThat(sentences).hasSizeGreaterThan(250);
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(MoneyAnnotator.class);
        JCas jcas = JCasFactory.createJCas();
        int gold = 0;
        int predicted = 0;
        int strict = 0;
        int lenient = 0;
        int valueRight = 0;
        int currencyRight = 0;
        int qualifierRight = 0;
        int allRight = 0;
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, List<Gold>> entry : sentences.entrySet()) {
            jcas.reset();
            jcas.setDocumentText(entry.getKey());
            engine.process(jcas);
            List<Found> found = new ArrayList<>();
            for (Money m : JCasUtil.select(jcas, Money.class)) {
                found.add(new Found(m.getBegin(), m.getEnd(), m.getValue(), m.getValueMax(), m.getCurrency(),
                    m.getQualifier()));
            }
            List<Gold> golds = entry.getValue();
            gold += golds.size();
            predicted += found.size();
            List<Found> unmatched = new ArrayList<>(found);
            for (Gold g : golds) {
                Found match = unmatched.stream().filter(f -> f.begin() == g.begin() && f.end() == g.end())
                    .findFirst().orElse(null);
                if (match != null) {
                    strict++;
                } else {
                    match = unmatched.stream().filter(f -> f.begin() < g.end() && g.begin() < f.end())
                        .findFirst().orElse(null);
                    if (match != null) {
                        errors.add("boundary of " + g.span() + ": found "
                            + entry.getKey().substring(match.begin(), match.end()));
                    }
                }
                if (match == null) {
                    errors.add("missed " + g.span() + " in: " + entry.getKey());
                    continue;
                }
                unmatched.remove(match);
                lenient++;
                boolean value = sameNumber(g.value(), match.value()) && sameNumber(g.valueMax(), match.valueMax());
                boolean currency = Objects.equals(g.currency(), match.currency());
                boolean qualifier = Objects.equals(g.qualifier(), match.qualifier());
                valueRight += value ? 1 : 0;
                currencyRight += currency ? 1 : 0;
                qualifierRight += qualifier ? 1 : 0;
                if (value && currency && qualifier) {
                    allRight++;
                } else {
                    errors.add("attributes of " + g.span() + ": gold " + g.value() + "/" + g.valueMax() + " "
                        + g.currency() + " " + g.qualifier() + ", found " + match.value() + "/" + match.valueMax()
                        + " " + match.currency() + " " + match.qualifier());
                }
            }
            for (Found f : unmatched) {
                errors.add("spurious " + entry.getKey().substring(f.begin(), f.end()) + " in: " + entry.getKey());
            }
        }
        engine.destroy();
        double precision = predicted == 0 ? 0 : lenient / (double) predicted;
        double recall = lenient / (double) gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double strictF1 = 2.0 * strict / (gold + predicted);
        String summary = String.format(
            "money held-out: gold %d, found %d; lenient P %.3f R %.3f F1 %.3f; strict F1 %.3f; of %d matched: "
                + "value %d, currency %d, qualifier %d, all three %d (%.3f)",
            gold, predicted, precision, recall, f1, strictF1, lenient, valueRight, currencyRight, qualifierRight,
            allRight, lenient == 0 ? 0 : allRight / (double) lenient);
        LOG.info(summary);
        errors.forEach(e -> LOG.debug("money held-out: {}", e));
        String detail = summary + "\n" + String.join("\n", errors.subList(0, Math.min(40, errors.size())));
        assertThat(f1).as(detail).isGreaterThanOrEqualTo(FLOOR_LENIENT_F1);
        assertThat(strictF1).as(detail).isGreaterThanOrEqualTo(FLOOR_STRICT_F1);
        assertThat(allRight / (double) lenient).as(detail).isGreaterThanOrEqualTo(FLOOR_ATTRIBUTES);
    }

    // Floors a little below the figures measured. First measurement (2026-12-07, before any change): lenient F1
    // 0.975, strict 0.928 (all strict misses the trailing 대, which the guidelines leave outside the span), value,
    // currency and qualifier right for 249 of 249 matched. The misses were kinds of failure, fixed for the language
    // and not for this file: a copula after the currency (35바트다), currencies of other countries (페소, 즐로티,
    // 랜드...; 동 with 베트남 only). After: lenient 0.998, strict 0.998, 261/261. Since those kinds were seen here,
    // this set is no longer blind for them.
    private static final double FLOOR_LENIENT_F1 = 0.99;
    private static final double FLOOR_STRICT_F1 = 0.99;
    private static final double FLOOR_ATTRIBUTES = 0.99;

    private static boolean sameNumber(String gold, String found) {
        if (gold == null || found == null) {
            return gold == null && found == null;
        }
        return new BigDecimal(gold).compareTo(new BigDecimal(found)) == 0;
    }

    /** Sentences in file order, each with its gold amounts (none for look-alike sentences). */
    private static Map<String, List<Gold>> read() throws Exception {
        Map<String, List<Gold>> sentences = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            MoneyHeldOutTest.class.getResourceAsStream("money-heldout.tsv"), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                String sentence = f[0];
                List<Gold> golds = sentences.computeIfAbsent(sentence, s -> new ArrayList<>());
                String span = f.length > 1 ? f[1] : "";
                if (span.isEmpty()) {
                    continue;
                }
                int begin = sentence.indexOf(span);
                assertThat(begin).as("span %s in %s", span, sentence).isGreaterThanOrEqualTo(0);
                golds.add(new Gold(span, begin, begin + span.length(), blank(f[2]), blank(f[3]), blank(f[4]),
                    blank(f[5])));
            }
        }
        return sentences;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
