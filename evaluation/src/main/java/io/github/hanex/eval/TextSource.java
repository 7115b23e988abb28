package io.github.hanex.eval;

import java.util.Optional;
import java.util.OptionalInt;

/** Where the text of a document can be found: for error contexts and for checking gold offsets. */
public interface TextSource {

    /** No texts. */
    TextSource NONE = (docId, anchor) -> Optional.empty();

    /** The article text ({@link Anchor#ARTICLE}) or the original input text ({@link Anchor#SOURCE}) of a document. */
    Optional<String> text(String docId, Anchor anchor);

    /** The length of a document's text, if known (may be cheaper than {@link #text}). */
    default OptionalInt length(String docId, Anchor anchor) {
        return text(docId, anchor).map(t -> OptionalInt.of(t.length())).orElse(OptionalInt.empty());
    }

    /** How the document's article text maps to its source, if known (else {@link SourceSpans#EMPTY}). */
    default SourceSpans sourceMap(String docId) {
        return SourceSpans.EMPTY;
    }

    /** The format of the original input ({@code html}, {@code text} ...) if known. */
    default Optional<String> format(String docId) {
        return Optional.empty();
    }
}
