package io.github.hanex.event;

import io.github.hanex.date.DateAnnotator;
import io.github.hanex.place.LocationAnnotator;
import io.github.hanex.tokenize.KoreanTokenizer;
import io.github.hanex.type.DocumentMetadata;
import io.github.hanex.type.Money;
import io.github.hanex.type.Organization;
import io.github.hanex.type.Person;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Runs the event stages over a text the way HanexPipeline does, with Person, Organization and Money
 * annotations made by hand in between (their annotators are not under test here). One per test class: KOMORAN
 * takes seconds to load.
 */
public final class EventFixture {

    /** A hand-made entity: every occurrence of {@code text} gets it. */
    public record Entity(String kind, String text, String canonical, String value, String currency) {
    }

    public static Entity org(String text) {
        return new Entity("org", text, text, null, null);
    }

    public static Entity org(String text, String canonical) {
        return new Entity("org", text, canonical, null, null);
    }

    public static Entity person(String text) {
        return new Entity("person", text, text, null, null);
    }

    public static Entity person(String text, String canonical) {
        return new Entity("person", text, canonical, null, null);
    }

    public static Entity money(String text, String value, String currency) {
        return new Entity("money", text, null, value, currency);
    }

    private static EventFixture shared;

    /** One fixture for the whole test run (KOMORAN loads once per JVM). */
    public static synchronized EventFixture shared() {
        if (shared == null) {
            shared = new EventFixture();
        }
        return shared;
    }

    private final AnalysisEngine tokenizer;
    private final AnalysisEngine dates;
    private final AnalysisEngine places;
    private final AnalysisEngine triggers;
    private final AnalysisEngine frames;
    private final JCas jcas;

    private EventFixture() {
        try {
            tokenizer = AnalysisEngineFactory.createEngine(KoreanTokenizer.class);
            dates = AnalysisEngineFactory.createEngine(DateAnnotator.class);
            places = AnalysisEngineFactory.createEngine(LocationAnnotator.class);
            triggers = AnalysisEngineFactory.createEngine(EventTriggerAnnotator.class);
            frames = AnalysisEngineFactory.createEngine(EventFrameAnnotator.class);
            jcas = JCasFactory.createJCas();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Analyzes {@code text} published on {@code published} (ISO, or null) with the given entities. */
    public synchronized JCas run(String text, String published, Entity... entities) {
        try {
            jcas.reset();
            jcas.setDocumentText(text);
            jcas.setDocumentLanguage("ko");
            DocumentMetadata meta = new DocumentMetadata(jcas, 0, text.length());
            meta.setDocId("test.txt");
            meta.setPublished(published);
            meta.addToIndexes();
            tokenizer.process(jcas);
            // Longest names first; a shorter name inside one already marked (김 in 김민준) is not marked again.
            List<Entity> sorted = new ArrayList<>(List.of(entities));
            sorted.sort((a, b) -> b.text().length() - a.text().length());
            List<int[]> taken = new ArrayList<>();
            for (Entity e : sorted) {
                add(jcas, e, taken);
            }
            dates.process(jcas);
            places.process(jcas);
            triggers.process(jcas);
            frames.process(jcas);
            return jcas;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(JCas jcas, Entity e, List<int[]> taken) {
        String text = jcas.getDocumentText();
        List<Annotation> added = new ArrayList<>();
        for (int i = text.indexOf(e.text()); i >= 0; i = text.indexOf(e.text(), i + e.text().length())) {
            int begin = i;
            int end = i + e.text().length();
            if (taken.stream().anyMatch(t -> t[0] < end && begin < t[1])) {
                continue;
            }
            taken.add(new int[] {begin, end});
            switch (e.kind()) {
                case "org" -> {
                    Organization o = new Organization(jcas, begin, end);
                    o.setCanonical(e.canonical());
                    o.setRule("test");
                    added.add(o);
                }
                case "person" -> {
                    Person p = new Person(jcas, begin, end);
                    p.setCanonical(e.canonical());
                    p.setRule("test");
                    added.add(p);
                }
                default -> {
                    Money m = new Money(jcas, begin, end);
                    m.setValue(e.value());
                    m.setCurrency(e.currency());
                    m.setQualifier("EXACT");
                    m.setRule("test");
                    added.add(m);
                }
            }
        }
        if (added.isEmpty() && !jcas.getDocumentText().contains(e.text())) {
            throw new IllegalArgumentException("entity text not in the document: " + e.text());
        }
        added.forEach(Annotation::addToIndexes);
    }
}
