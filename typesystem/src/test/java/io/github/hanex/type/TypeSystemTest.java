package io.github.hanex.type;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/** The type system is found by uimaFIT's auto-detection and keeps the shape INCEpTION and dkpro-cassis need. */
class TypeSystemTest {

    private static final String[] LAYERS = {"DocumentMetadata", "SourceSpan", "Paragraph", "Sentence", "Token",
        "Morpheme", "Person", "Organization", "Money", "Date", "Location", "EventTrigger", "Event"};

    @Test
    void everyLayerIsAnAnnotationWithPlainFeatures() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        TypeSystem ts = jcas.getTypeSystem();
        Type annotation = ts.getType("uima.tcas.Annotation");
        for (String name : LAYERS) {
            Type type = ts.getType("io.github.hanex.type." + name);
            assertThat(type).as(name).isNotNull();
            assertThat(ts.getParent(type)).as(name + " extends Annotation directly").isEqualTo(annotation);
            for (Feature feature : type.getFeatures()) {
                assertThat(feature.getRange().getName()).as(name + ":" + feature.getShortName())
                    .doesNotContain("List");
            }
        }
    }

    @Test
    void extractedLayersRecordTheirRule() throws Exception {
        TypeSystem ts = JCasFactory.createJCas().getTypeSystem();
        for (String name : new String[] {"Person", "Organization", "Money", "Date", "Location", "EventTrigger",
            "Event", "Paragraph"}) {
            assertThat(ts.getType("io.github.hanex.type." + name).getFeatureByBaseName("rule")).as(name).isNotNull();
        }
    }

    @Test
    void eventArgumentsAreLinksWithRoleAndTarget() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("한빛전자가 누리바이오와 계약을 맺었다.");
        Organization org = new Organization(jcas, 0, 4);
        org.addToIndexes();
        EventTrigger trigger = new EventTrigger(jcas, 13, 15);
        trigger.setEventType("CONTRACT");
        trigger.addToIndexes();
        EventArgument argument = new EventArgument(jcas);
        argument.setRole("participant");
        argument.setTarget(org);
        Event event = new Event(jcas, 13, 15);
        event.setTrigger(trigger);
        event.setArguments(new org.apache.uima.jcas.cas.FSArray<>(jcas, 1));
        event.getArguments().set(0, argument);
        event.addToIndexes();
        assertThat(event.getArguments(0).getTarget().getCoveredText()).isEqualTo("한빛전자");
    }
}
