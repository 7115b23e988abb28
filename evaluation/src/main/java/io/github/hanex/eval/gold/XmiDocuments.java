package io.github.hanex.eval.gold;

import io.github.hanex.cas.Views;
import io.github.hanex.eval.SourceSpans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASRuntimeException;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.xml.sax.SAXException;

/**
 * Loads XMI files (hanex's own, or gold made with hanex types) into one reusable CAS whose type system is the
 * hanex type system merged with the {@code TypeSystem.xml} beside the files, if any. Unknown types are
 * tolerated (lenient deserialization).
 */
public final class XmiDocuments {
    static final String METADATA = "io.github.hanex.type.DocumentMetadata";
    static final String SOURCE_SPAN = "io.github.hanex.type.SourceSpan";

    private final CAS cas;

    /** A loader for the XMI files of {@code dir} (which may hold a {@code TypeSystem.xml}; may be null). */
    public XmiDocuments(Path dir) throws IOException {
        try {
            List<TypeSystemDescription> parts = new ArrayList<>();
            parts.add(TypeSystemDescriptionFactory.createTypeSystemDescription());
            Path ts = dir == null ? null : dir.resolve("TypeSystem.xml");
            if (ts != null && Files.isRegularFile(ts)) {
                parts.add(UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(ts.toFile())));
            }
            this.cas = CasCreationUtils.createCas(CasCreationUtils.mergeTypeSystems(parts), null, null);
        } catch (InvalidXMLException | ResourceInitializationException e) {
            throw new IOException("cannot build the type system for " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Loads one XMI file; the returned CAS is reused by the next call. */
    public CAS load(Path xmi) throws IOException {
        cas.reset();
        try (InputStream in = Files.newInputStream(xmi)) {
            XmiCasDeserializer.deserialize(in, cas, true);
        } catch (SAXException | CASRuntimeException e) {
            throw new IOException(xmi + ": not valid XMI: " + e.getMessage(), e);
        }
        return cas;
    }

    /** The article view's text, or null. */
    public static String articleText(CAS cas) {
        return cas.getDocumentText();
    }

    /** The raw view's text, or null when there is no raw view. */
    public static String rawText(CAS cas) {
        try {
            var views = cas.getViewIterator();
            while (views.hasNext()) {
                CAS view = views.next();
                if (Views.RAW.equals(view.getViewName())) {
                    return view.getDocumentText();
                }
            }
        } catch (CASRuntimeException e) {
            return null;
        }
        return null;
    }

    /** The document id recorded in DocumentMetadata (article or raw view), or null. */
    public static String docId(CAS cas) {
        Type meta = cas.getTypeSystem().getType(METADATA);
        if (meta == null) {
            return null;
        }
        Feature docId = meta.getFeatureByBaseName("docId");
        var views = cas.getViewIterator();
        while (views.hasNext()) {
            var all = views.next().getIndexRepository().getAllIndexedFS(meta);
            while (all.hasNext()) {
                FeatureStructure fs = all.next();
                String id = fs.getStringValue(docId);
                if (id != null && !id.isBlank()) {
                    return id;
                }
            }
        }
        return null;
    }

    /** The source map of the article view, from its SourceSpan annotations. */
    public static SourceSpans sourceSpans(CAS cas) {
        Type type = cas.getTypeSystem().getType(SOURCE_SPAN);
        List<int[]> segments = new ArrayList<>();
        if (type != null) {
            Feature sb = type.getFeatureByBaseName("sourceBegin");
            Feature se = type.getFeatureByBaseName("sourceEnd");
            for (AnnotationFS a : cas.<AnnotationFS>getAnnotationIndex(type)) {
                segments.add(new int[] {a.getBegin(), a.getEnd(), a.getIntValue(sb), a.getIntValue(se)});
            }
        }
        return new SourceSpans(segments);
    }

}
