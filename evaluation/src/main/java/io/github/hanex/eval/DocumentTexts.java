package io.github.hanex.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Texts held in memory, by document id: for gold formats that carry their text (sentences, XMI). */
public final class DocumentTexts implements TextSource {
    private final Map<String, String> article = new HashMap<>();
    private final Map<String, String> source = new HashMap<>();
    private final Map<String, SourceSpans> maps = new HashMap<>();

    /** Records a document's texts; {@code sourceText} may be null. */
    public void put(String docId, String articleText, String sourceText) {
        if (articleText != null) {
            article.put(docId, articleText);
        }
        if (sourceText != null) {
            source.put(docId, sourceText);
        }
    }

    /** Records how a document's article text maps to its source text. */
    public void putSourceMap(String docId, SourceSpans map) {
        if (map != null && !map.isEmpty()) {
            maps.put(docId, map);
        }
    }

    @Override
    public Optional<String> text(String docId, Anchor anchor) {
        return Optional.ofNullable((anchor == Anchor.ARTICLE ? article : source).get(docId));
    }

    @Override
    public SourceSpans sourceMap(String docId) {
        return maps.getOrDefault(docId, SourceSpans.EMPTY);
    }
}
