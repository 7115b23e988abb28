package io.github.hanex.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.jcas.JCas;

/**
 * The annotation types the rules name, resolved once per type system (the CASes of a pipeline share one) rather
 * than for every document. One per annotator instance; not thread-safe.
 */
final class TypeNames {

    private TypeSystem typeSystem;
    private final Map<String, Optional<Type>> types = new HashMap<>();

    /** {@link EventTriggerAnnotator#resolveType} of {@code name} in {@code jcas}'s type system. */
    Type resolve(JCas jcas, String name) {
        if (jcas.getTypeSystem() != typeSystem) {
            types.clear();
            typeSystem = jcas.getTypeSystem();
        }
        Optional<Type> type = types.get(name);
        if (type == null) {
            type = Optional.ofNullable(EventTriggerAnnotator.resolveType(jcas, name));
            types.put(name, type);
        }
        return type.orElse(null);
    }
}
