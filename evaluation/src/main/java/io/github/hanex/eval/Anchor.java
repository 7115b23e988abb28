package io.github.hanex.eval;

/** Which text offsets refer to: the article text ({@code begin/end}) or the original input ({@code source_*}). */
public enum Anchor {
    /** Offsets in the article text (the {@code _InitialView}). */
    ARTICLE,
    /** Offsets in the decoded original input (the {@code raw} view). */
    SOURCE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
