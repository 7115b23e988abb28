package io.github.hanex.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.pipeline.HanexPipeline;
import io.github.hanex.pipeline.PipelineOptions;
import io.github.hanex.type.Organization;
import io.github.hanex.type.Person;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures person and organization recognition on the KMOU NER dev set (../shared/data/kmou-ner/ner.dev, PS →
 * Person, OG → Organization) when it is there, and asserts minimum lenient F1 per type. Each sentence is one
 * document, run through the standard pipeline with the verbatim article (no boilerplate removal).
 * With {@code -Dner.eval.errors=FILE} the misses and false alarms are written to FILE for rule tuning.
 */
class KmouNerEvaluationTest {

    private static final Logger LOG = LoggerFactory.getLogger(KmouNerEvaluationTest.class);
    /** From the annotators module: the checkout's sibling ../shared (two levels up). */
    private static final Path DEV = Path.of("..", "..", "shared", "data", "kmou-ner", "ner.dev");

    @Test
    void personAndOrganizationF1OnKmouDev() throws Exception {
        Path dev = locate();
        assumeTrue(dev != null, "KMOU dev set not found next to the checkout; skipped");
        List<KmouNerCorpus.Sentence> sentences = KmouNerCorpus.read(dev);
        PipelineOptions options = new PipelineOptions();
        options.boilerplate = false;
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(HanexPipeline.create(options));
        JCas jcas = JCasFactory.createJCas();
        NerScores.Counts persons = new NerScores.Counts();
        NerScores.Counts organizations = new NerScores.Counts();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            KmouNerCorpus.Sentence sentence = sentences.get(i);
            jcas.reset();
            DocumentLoader.loadText(jcas, "dev-" + i, "ner.dev", InputFormat.TEXT, sentence.text(), "UTF-8");
            engine.process(jcas);
            score(i, sentence, "PS", JCasUtil.select(jcas, Person.class), persons, errors);
            score(i, sentence, "OG", JCasUtil.select(jcas, Organization.class), organizations, errors);
        }
        engine.destroy();
        LOG.info("KMOU dev Person: {}", persons);
        LOG.info("KMOU dev Organization: {}", organizations);
        String errorFile = System.getProperty("ner.eval.errors");
        if (errorFile != null) {
            Files.write(Path.of(errorFile), errors, StandardCharsets.UTF_8);
        }
        assertThat(persons.gold).isGreaterThan(300);
        assertThat(persons.lenientF1()).as("Person lenient F1, %s", persons).isGreaterThanOrEqualTo(0.59);
        assertThat(organizations.lenientF1()).as("Organization lenient F1, %s", organizations)
            .isGreaterThanOrEqualTo(0.63);
    }

    private static Path locate() {
        for (Path p : List.of(DEV, Path.of("..", "shared", "data", "kmou-ner", "ner.dev"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static void score(int doc, KmouNerCorpus.Sentence sentence, String type,
                              Iterable<? extends Annotation> found, NerScores.Counts counts, List<String> errors) {
        List<NerScores.Span> gold = new ArrayList<>();
        for (KmouNerCorpus.Gold g : sentence.gold()) {
            if (g.type().equals(type)) {
                gold.add(new NerScores.Span(doc, g.begin(), g.end()));
            }
        }
        List<NerScores.Span> predicted = new ArrayList<>();
        for (Annotation a : found) {
            predicted.add(new NerScores.Span(doc, a.getBegin(), a.getEnd()));
        }
        counts.add(gold, predicted);
        String text = sentence.text();
        for (NerScores.Span g : gold) {
            if (predicted.stream().noneMatch(g::overlaps)) {
                errors.add("MISS " + type + "\t" + text.substring(g.begin(), g.end()) + "\t" + text);
            }
        }
        for (Annotation a : found) {
            NerScores.Span p = new NerScores.Span(doc, a.getBegin(), a.getEnd());
            if (gold.stream().noneMatch(p::overlaps)) {
                String rule = a instanceof Person person ? person.getRule() : ((Organization) a).getRule();
                errors.add("FALSE " + type + "\t" + a.getCoveredText() + "\t" + rule + "\t" + text);
            }
        }
    }
}
