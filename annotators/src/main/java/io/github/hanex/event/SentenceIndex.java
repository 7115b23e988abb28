package io.github.hanex.event;

import io.github.hanex.text.SortedAnnotations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.cas.text.AnnotationIndex;
import org.apache.uima.fit.util.CasUtil;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * The annotations of one document that an event annotator reads sentence by sentence: the few names, amounts,
 * dates, places and triggers a rule asks for. Each type is taken from the CAS once (resolving its name once);
 * those inside a sentence are then found by binary search, the same annotations in the same order as
 * {@link CasUtil#selectCovered(org.apache.uima.cas.CAS, Type, AnnotationFS)}. A type the annotator adds to while
 * it runs is read from the CAS at every call. (Tokens and morphemes, many per sentence, are cheaper to select per
 * sentence: {@link MorphemeSequence#of(JCas, Annotation)}.)
 */
final class SentenceIndex {

    private final JCas jcas;
    private final Type written;
    private final TypeNames typeNames;
    private final Map<String, SortedAnnotations<Annotation>> byName = new HashMap<>();
    private final Map<Class<?>, SortedAnnotations<?>> byClass = new HashMap<>();

    /**
     * An index of {@code jcas}; {@code written} is the type the annotator adds (read live), or null;
     * {@code typeNames} resolves the names of the rules.
     */
    SentenceIndex(JCas jcas, Class<? extends Annotation> written, TypeNames typeNames) {
        this.jcas = jcas;
        this.typeNames = typeNames;
        this.written = written == null ? null : jcas.getCasType(written);
    }

    /** Annotations of a type the annotator does not add inside {@code span}, as {@code JCasUtil.selectCovered}. */
    @SuppressWarnings("unchecked")
    <T extends Annotation> List<T> covered(Class<T> type, Annotation span) {
        SortedAnnotations<T> sorted = (SortedAnnotations<T>) byClass.get(type);
        if (sorted == null) {
            // The type by name, as JCasUtil finds it (JCas.getAnnotationIndex(Class) looks it up by reflection).
            List<T> all = new ArrayList<>();
            for (AnnotationFS a : jcas.getCas().getAnnotationIndex(JCasUtil.getType(jcas, type))) {
                all.add(type.cast(a));
            }
            sorted = new SortedAnnotations<>(all);
            byClass.put(type, sorted);
        }
        return sorted.covered(span);
    }

    /** Annotations of a type named in the rules ({@link TypeNames#find}) inside {@code span}; none if unknown. */
    List<Annotation> covered(String typeName, Annotation span) {
        SortedAnnotations<Annotation> sorted = byName.get(typeName);
        if (sorted == null) {
            Type type = typeNames.resolve(jcas, typeName);
            if (type == null) {
                return List.of();
            }
            if (isWritten(type)) {
                return live(type, span);
            }
            AnnotationIndex<AnnotationFS> index = jcas.getCas().getAnnotationIndex(type);
            List<Annotation> all = new ArrayList<>(index.size());
            for (AnnotationFS a : index) {
                all.add((Annotation) a);
            }
            sorted = new SortedAnnotations<>(all);
            byName.put(typeName, sorted);
        }
        return sorted.covered(span);
    }

    /** The annotations of a type the annotator adds to, read from the CAS now. */
    private List<Annotation> live(Type type, Annotation span) {
        List<Annotation> result = new ArrayList<>();
        for (AnnotationFS fs : CasUtil.selectCovered(jcas.getCas(), type, span)) {
            result.add((Annotation) fs);
        }
        return result;
    }

    private boolean isWritten(Type type) {
        TypeSystem ts = jcas.getTypeSystem();
        return written != null && (ts.subsumes(type, written) || ts.subsumes(written, type));
    }
}
