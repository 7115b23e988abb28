package io.github.hanex.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.pipeline.HanexPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ExternalResourceDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clause boundaries are one resource, read once for both event annotators of a pipeline. */
class ClauseBoundaryResourceTest {

    @TempDir
    Path dir;

    @Test
    void bothEventAnnotatorsOfThePipelineShareOneInstance() throws Exception {
        AnalysisEngine events = AnalysisEngineFactory.createEngine(AnalysisEngineFactory.createEngineDescription(
            HanexPipeline.events().toArray(AnalysisEngineDescription[]::new)));

        assertThat(events.getResourceManager().getExternalResources())
            .filteredOn(ClauseBoundaryResource.class::isInstance).hasSize(1)
            .allSatisfy(r -> assertThat(((ClauseBoundaryResource) r).boundaries()).isNotNull());
    }

    @Test
    void aBrokenRuleFileStopsBothWithFileLineAndReason() throws Exception {
        Path broken = Files.writeString(dir.resolve("clause-boundaries.tsv"), "# clause ends\n다/EF\n[/EF\n");
        ExternalResourceDescription clauses = ClauseBoundaryResource.description(broken.toString());

        for (Class<? extends JCasAnnotator_ImplBase> annotator : List.of(
            EventTriggerAnnotator.class, EventFrameAnnotator.class)) {
            assertThatThrownBy(() -> AnalysisEngineFactory.createEngine(annotator,
                EventTriggerAnnotator.RES_CLAUSE_BOUNDARIES, clauses))
                .isInstanceOf(ResourceInitializationException.class)
                .hasStackTraceContaining("clause-boundaries.tsv:3");
        }
    }
}
