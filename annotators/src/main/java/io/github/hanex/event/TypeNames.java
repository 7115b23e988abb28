package io.github.hanex.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * The annotation types the rules name, resolved once per type system (the CASes of a pipeline share one) rather
 * than for every document. One per annotator instance; not thread-safe.
 */
final class TypeNames {

    private TypeSystem typeSystem;
    private final Map<String, Optional<Type>> types = new HashMap<>();

    /** {@link #find} of {@code name} in {@code jcas}'s type system, cached. */
    Type resolve(JCas jcas, String name) {
        if (jcas.getTypeSystem() != typeSystem) {
            types.clear();
            typeSystem = jcas.getTypeSystem();
        }
        Optional<Type> type = types.get(name);
        if (type == null) {
            type = Optional.ofNullable(find(jcas, name));
            types.put(name, type);
        }
        return type.orElse(null);
    }

    /** An annotation type by full name, or by short name in the hanex type package; null if there is none. */
    static Type find(JCas jcas, String typeName) {
        Type type = jcas.getTypeSystem().getType(typeName);
        if (type == null && !typeName.contains(".")) {
            type = jcas.getTypeSystem().getType("io.github.hanex.type." + typeName);
        }
        if (type == null || !jcas.getTypeSystem().subsumes(jcas.getCasType(Annotation.type), type)) {
            return null;
        }
        return type;
    }
}
