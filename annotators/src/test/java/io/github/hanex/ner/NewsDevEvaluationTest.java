package io.github.hanex.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hanex.cas.InputFormat;
import io.github.hanex.io.input.DocumentLoader;
import io.github.hanex.pipeline.HanexPipeline;
import io.github.hanex.pipeline.PipelineOptions;
import io.github.hanex.type.Organization;
import io.github.hanex.type.Person;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
 * Measures person and organization recognition on news-dev.tagged.txt, news sentences written and annotated by
 * hand for this project (politics, economy, society, world, sports, entertainment, IT; mostly names no gazetteer
 * lists), and asserts minimum lenient precision and F1 per type.
 */
class NewsDevEvaluationTest {

    private static final Logger LOG = LoggerFactory.getLogger(NewsDevEvaluationTest.class);

    @Test
    void personAndOrganizationScoresOnHandWrittenNews() throws Exception {
        List<KmouNerCorpus.Sentence> sentences = read();
        assertThat(sentences).hasSizeGreaterThan(150);
        PipelineOptions options = new PipelineOptions();
        options.boilerplate = false;
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(HanexPipeline.create(options));
        JCas jcas = JCasFactory.createJCas();
        NerScores.Counts persons = new NerScores.Counts();
        NerScores.Counts organizations = new NerScores.Counts();
        for (int i = 0; i < sentences.size(); i++) {
            KmouNerCorpus.Sentence sentence = sentences.get(i);
            jcas.reset();
            DocumentLoader.loadText(jcas, "news-" + i, "news-dev", InputFormat.TEXT, sentence.text(), "UTF-8");
            engine.process(jcas);
            persons.add(gold(i, sentence, "PS"), found(i, JCasUtil.select(jcas, Person.class)));
            organizations.add(gold(i, sentence, "OG"), found(i, JCasUtil.select(jcas, Organization.class)));
        }
        engine.destroy();
        LOG.info("news dev Person: {}", persons);
        LOG.info("news dev Organization: {}", organizations);
        assertThat(persons.lenientPrecision()).as("Person lenient precision, %s", persons).isGreaterThanOrEqualTo(0.93);
        assertThat(persons.lenientF1()).as("Person lenient F1, %s", persons).isGreaterThanOrEqualTo(0.93);
        assertThat(organizations.lenientPrecision()).as("Organization lenient precision, %s", organizations)
            .isGreaterThanOrEqualTo(0.90);
        assertThat(organizations.lenientF1()).as("Organization lenient F1, %s", organizations)
            .isGreaterThanOrEqualTo(0.90);
    }

    private static List<KmouNerCorpus.Sentence> read() throws Exception {
        List<KmouNerCorpus.Sentence> sentences = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            NewsDevEvaluationTest.class.getResourceAsStream("news-dev.tagged.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sentences.add(KmouNerCorpus.parseTagged(line));
                }
            }
        }
        return sentences;
    }

    private static List<NerScores.Span> gold(int doc, KmouNerCorpus.Sentence sentence, String type) {
        return sentence.gold().stream().filter(g -> g.type().equals(type))
            .map(g -> new NerScores.Span(doc, g.begin(), g.end())).toList();
    }

    private static List<NerScores.Span> found(int doc, Iterable<? extends Annotation> annotations) {
        List<NerScores.Span> spans = new ArrayList<>();
        for (Annotation a : annotations) {
            spans.add(new NerScores.Span(doc, a.getBegin(), a.getEnd()));
        }
        return spans;
    }
}
