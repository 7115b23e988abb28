package io.github.hanex.eval;

import java.util.Optional;

/** Where the text of a document can be found, for showing the context of an error. */
public interface TextSource {

    /** No texts. */
    TextSource NONE = (docId, anchor) -> Optional.empty();

    /** The article text ({@link Anchor#ARTICLE}) or the original input text ({@link Anchor#SOURCE}) of a document. */
    Optional<String> text(String docId, Anchor anchor);
}
