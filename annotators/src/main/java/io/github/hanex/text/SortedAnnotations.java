package io.github.hanex.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Annotations in index order (ascending begins) with their begins, so that those inside a span are found by binary
 * search: the same annotations in the same order as {@code JCasUtil.selectCovered}, for annotators that ask for
 * the tokens of every sentence or the morphemes of every token, where the covering index costs as much as the rest.
 */
public final class SortedAnnotations<T extends Annotation> {

    private final List<T> items = new ArrayList<>();
    private final int[] begins;

    public SortedAnnotations(Iterable<? extends T> annotations) {
        for (T a : annotations) {
            items.add(a);
        }
        begins = new int[items.size()];
        for (int i = 0; i < begins.length; i++) {
            begins[i] = items.get(i).getBegin();
        }
    }

    /** The annotations of {@code type} in {@code jcas}. */
    public static <T extends Annotation> SortedAnnotations<T> of(JCas jcas, Class<T> type) {
        return new SortedAnnotations<>(jcas.getAnnotationIndex(type));
    }

    /** Those that begin and end inside {@code span}, in index order, without {@code span} itself. */
    public List<T> covered(Annotation span) {
        int begin = span.getBegin();
        int end = span.getEnd();
        int lo = 0;
        int hi = begins.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] < begin) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<T> result = new ArrayList<>();
        for (int i = lo; i < begins.length && begins[i] <= end; i++) {
            T a = items.get(i);
            if (a.getEnd() <= end && !a.equals(span)) {
                result.add(a);
            }
        }
        return result;
    }
}
