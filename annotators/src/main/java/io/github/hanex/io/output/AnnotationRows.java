package io.github.hanex.io.output;

import io.github.hanex.text.ArticleText;
import io.github.hanex.text.SourceMap;
import io.github.hanex.type.DocumentMetadata;
import io.github.hanex.type.EventTrigger;
import io.github.hanex.type.Money;
import io.github.hanex.type.Organization;
import io.github.hanex.type.Person;
import io.github.hanex.type.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * The rows of {@code annotations.csv} for one document: one per Person, Organization, Money and EventTrigger,
 * in text order, with offsets in the article text and in the decoded original input.
 */
public final class AnnotationRows {

    /** The columns of {@code annotations.csv}, in order. */
    public static final List<String> HEADER = List.of("doc_id", "type", "begin", "end", "text", "source_begin",
        "source_end", "canonical", "value", "value_max", "currency", "qualifier", "event_type", "modality", "rule");

    private AnnotationRows() {
    }

    /** Rows of the document in {@code jcas} (its {@code _InitialView}). */
    public static List<List<String>> of(JCas jcas) {
        String docId = docId(jcas);
        SourceMap map = sourceMap(jcas);
        List<Annotation> annotations = new ArrayList<>();
        annotations.addAll(JCasUtil.select(jcas, Person.class));
        annotations.addAll(JCasUtil.select(jcas, Organization.class));
        annotations.addAll(JCasUtil.select(jcas, Money.class));
        annotations.addAll(JCasUtil.select(jcas, EventTrigger.class));
        annotations.sort(Comparator.comparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd)
            .thenComparing(a -> a.getType().getShortName()));
        List<List<String>> rows = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            rows.add(row(docId, a, map));
        }
        return rows;
    }

    /** The document id recorded by the reader, or empty. */
    public static String docId(JCas jcas) {
        DocumentMetadata meta = JCasUtil.select(jcas, DocumentMetadata.class).stream().findFirst().orElse(null);
        return meta == null || meta.getDocId() == null ? "" : meta.getDocId();
    }

    /** The source map of the article text, from its {@link SourceSpan}s. */
    public static SourceMap sourceMap(JCas jcas) {
        List<ArticleText.Segment> segments = new ArrayList<>();
        for (SourceSpan s : JCasUtil.select(jcas, SourceSpan.class)) {
            segments.add(new ArticleText.Segment(s.getBegin(), s.getEnd(), s.getSourceBegin(), s.getSourceEnd()));
        }
        return new SourceMap(segments);
    }

    private static List<String> row(String docId, Annotation a, SourceMap map) {
        String[] r = new String[HEADER.size()];
        java.util.Arrays.fill(r, "");
        r[0] = docId;
        r[1] = a.getType().getShortName();
        r[2] = Integer.toString(a.getBegin());
        r[3] = Integer.toString(a.getEnd());
        r[4] = a.getCoveredText();
        SourceMap.Span source = map.toSource(a.getBegin(), a.getEnd());
        if (source != null) {
            r[5] = Integer.toString(source.begin());
            r[6] = Integer.toString(source.end());
        }
        if (a instanceof Person p) {
            r[7] = nz(p.getCanonical());
            r[14] = nz(p.getRule());
        } else if (a instanceof Organization o) {
            r[7] = nz(o.getCanonical());
            r[14] = nz(o.getRule());
        } else if (a instanceof Money m) {
            r[8] = nz(m.getValue());
            r[9] = nz(m.getValueMax());
            r[10] = nz(m.getCurrency());
            r[11] = nz(m.getQualifier());
            r[14] = nz(m.getRule());
        } else if (a instanceof EventTrigger t) {
            r[12] = nz(t.getEventType());
            r[13] = nz(t.getModality());
            r[14] = nz(t.getRule());
        }
        return List.of(r);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
