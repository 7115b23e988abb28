package io.github.hanex.event;

import io.github.hanex.resource.Locations;
import java.util.Map;
import org.apache.uima.fit.component.Resource_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.resource.ExternalResourceDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceSpecifier;

/**
 * The clause boundaries of the event annotators as a uimaFIT external resource: one rule file, read once and
 * shared by {@link EventTriggerAnnotator} (modality cues, {@code with=} and {@code weak} triggers) and
 * {@link EventFrameAnnotator} ({@code clause}-scoped roles), so the two cannot disagree on where a clause ends.
 * Bind one {@link #description} to both under their {@code RES_CLAUSE_BOUNDARIES} key, as {@code HanexPipeline}
 * does; an annotator without it uses the bundled file.
 */
public final class ClauseBoundaryResource extends Resource_ImplBase {

    /** The bundled rule file. */
    public static final String BUNDLED = Locations.BUNDLED_RULES + "events/clause-boundaries.tsv";

    /** Morpheme patterns after which a clause ends (one per line), see {@link ClauseBoundaries}. */
    public static final String PARAM_LOCATION = "location";
    @ConfigurationParameter(name = PARAM_LOCATION, defaultValue = BUNDLED)
    private String location;

    private ClauseBoundaries boundaries;

    @Override
    public boolean initialize(ResourceSpecifier specifier, Map<String, Object> additionalParams)
        throws ResourceInitializationException {
        if (!super.initialize(specifier, additionalParams)) {
            return false;
        }
        try {
            boundaries = ClauseBoundaries.load(location);
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(e);
        }
        return true;
    }

    public ClauseBoundaries boundaries() {
        return boundaries;
    }

    /** A description of the resource reading {@code location} (null: the bundled file), to bind to both annotators. */
    public static ExternalResourceDescription description(String location) {
        return ExternalResourceFactory.createResourceDescription(ClauseBoundaryResource.class,
            PARAM_LOCATION, location == null ? BUNDLED : location);
    }

    /** The boundaries of {@code resource}, or of the bundled file when an annotator has none bound. */
    static ClauseBoundaries of(ClauseBoundaryResource resource) {
        return resource != null ? resource.boundaries() : ClauseBoundaries.load(BUNDLED);
    }
}
