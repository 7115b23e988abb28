package io.github.hanex.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Texts held in memory, by document id: for gold formats that carry their text (sentences, XMI). */
public final class DocumentTexts implements TextSource {
    private final Map<String, String> article = new HashMap<>();
    private final Map<String, String> source = new HashMap<>();

    /** Records a document's texts; {@code sourceText} may be null. */
    public void put(String docId, String articleText, String sourceText) {
        if (articleText != null) {
            article.put(docId, articleText);
        }
        if (sourceText != null) {
            source.put(docId, sourceText);
        }
    }

    @Override
    public Optional<String> text(String docId, Anchor anchor) {
        return Optional.ofNullable((anchor == Anchor.ARTICLE ? article : source).get(docId));
    }
}
