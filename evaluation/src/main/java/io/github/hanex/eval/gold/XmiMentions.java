package io.github.hanex.eval.gold;

import io.github.hanex.eval.DocumentTexts;
import io.github.hanex.eval.Mention;
import io.github.hanex.eval.MentionSet;
import io.github.hanex.eval.SourceSpans;
import io.github.hanex.eval.Span;
import io.github.hanex.eval.TypeMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;

/**
 * Reads gold annotations from XMI: a directory of {@code .xmi} files (searched recursively, with the
 * {@code TypeSystem.xml} beside them) or one file. The annotations of the article view whose type name maps to
 * a hanex type (Person, Organization, Money, EventTrigger, Date, Location, or a name given with --map) are the
 * gold; their features {@code canonical, value, valueMax, currency, qualifier, eventType, modality, rule} become
 * attributes. Offsets are article offsets; source offsets are added where the XMI has SourceSpans. The
 * document id is DocumentMetadata.docId, else the file path relative to the directory without {@code .xmi}.
 */
public final class XmiMentions {

    private static final Map<String, String> FEATURES = Map.of("canonical", "canonical", "value", "value",
        "value_max", "valueMax", "currency", "currency", "qualifier", "qualifier", "event_type", "eventType",
        "modality", "modality", "rule", "rule");

    private XmiMentions() {
    }

    public static MentionSet read(Path path, TypeMap types) throws IOException {
        boolean dir = Files.isDirectory(path);
        Path root = dir ? path : path.toAbsolutePath().getParent();
        List<Path> files;
        if (dir) {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".xmi"))
                    .sorted().toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else {
            files = List.of(path);
        }
        MentionSet set = new MentionSet(path.toString(), false);
        DocumentTexts texts = new DocumentTexts();
        XmiDocuments loader = new XmiDocuments(root);
        int skipped = 0;
        String firstProblem = null;
        for (Path file : files) {
            CAS cas;
            try {
                cas = loader.load(file);
            } catch (IOException e) {
                set.warn(e.getMessage() + "; file skipped");
                skipped++;
                firstProblem = firstProblem == null ? e.getMessage() : firstProblem;
                continue;
            }
            String docId = XmiDocuments.docId(cas);
            if (docId == null) {
                Path rel = dir ? path.toAbsolutePath().relativize(file.toAbsolutePath()) : file.getFileName();
                String name = rel.toString().replace('\\', '/');
                docId = name.endsWith(".xmi") ? name.substring(0, name.length() - ".xmi".length()) : name;
            }
            set.addDocument(docId);
            texts.put(docId, XmiDocuments.articleText(cas), XmiDocuments.rawText(cas));
            SourceSpans sources = XmiDocuments.sourceSpans(cas);
            texts.putSourceMap(docId, sources);
            for (AnnotationFS a : cas.getAnnotationIndex()) {
                var type = types.map(a.getType().getShortName());
                if (type.isEmpty()) {
                    continue;
                }
                Map<String, String> attributes = new HashMap<>();
                FEATURES.forEach((column, feature) -> {
                    String v = stringFeature(a, feature);
                    if (v != null && !v.isEmpty()) {
                        attributes.put(column, v);
                    }
                });
                Span article = new Span(a.getBegin(), a.getEnd());
                Span source = sources.isEmpty() ? null : sources.toSource(a.getBegin(), a.getEnd());
                set.add(new Mention(docId, type.get(), article, source, a.getCoveredText(), attributes));
            }
        }
        if (skipped > 0 && skipped == files.size()) {
            throw new IOException(path + ": " + (skipped == 1 ? "the XMI file" : "none of the " + skipped
                + " XMI files") + " could be read; " + (skipped == 1 ? "" : "the first: ") + firstProblem);
        }
        set.setTexts(texts);
        return set;
    }

    private static String stringFeature(AnnotationFS a, String name) {
        Type type = a.getType();
        Feature f = type.getFeatureByBaseName(name);
        if (f == null || !f.getRange().isPrimitive()) {
            return null;
        }
        return a.getFeatureValueAsString(f);
    }
}
