package io.github.hanex.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The article text that the annotators see, built paragraph by paragraph, with a map from every copied
 * character back to the original input. Made by the boilerplate remover; written into the CAS as the
 * {@code _InitialView} text, {@code Paragraph} and {@code SourceSpan} annotations.
 *
 * <p>Paragraphs are separated by one line break (inserted text, which has no source). Within a paragraph,
 * {@link #append(CharSequence, int, int)} copies text that came from {@code [sourceBegin, sourceEnd)} of the
 * input; text whose length equals its source length maps character by character, otherwise (decoded
 * entities, folded white space) the piece maps as a whole.
 */
public final class ArticleText {

    /** A paragraph of the article: offsets into {@link #text()}. */
    public record Paragraph(int begin, int end, String kind, String rule) {
    }

    /** A copied stretch: {@code [begin,end)} of the text came from {@code [sourceBegin,sourceEnd)}. */
    public record Segment(int begin, int end, int sourceBegin, int sourceEnd) {
        public boolean linear() {
            return end - begin == sourceEnd - sourceBegin;
        }
    }

    /** Builds an {@link ArticleText}. Not thread-safe. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Segment> segments = new ArrayList<>();
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private int paragraphStart = -1;
        private String paragraphKind;
        private String paragraphRule;

        /** Starts a paragraph of the given kind (title, subtitle, body, caption). */
        public Builder startParagraph(String kind, String rule) {
            if (paragraphStart >= 0) {
                endParagraph();
            }
            if (!paragraphs.isEmpty() || text.length() > 0) {
                text.append('\n');
            }
            paragraphStart = text.length();
            paragraphKind = kind;
            paragraphRule = rule;
            return this;
        }

        /** Appends text copied from {@code [sourceBegin, sourceEnd)} of the input. */
        public Builder append(CharSequence piece, int sourceBegin, int sourceEnd) {
            if (piece.length() == 0) {
                return this;
            }
            if (sourceBegin < 0 || sourceEnd < sourceBegin) {
                throw new IllegalArgumentException("bad source range " + sourceBegin + ".." + sourceEnd);
            }
            int begin = text.length();
            text.append(piece);
            int end = text.length();
            Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            // Merge with the previous piece when both sides continue it, to keep the map small.
            if (last != null && last.end() == begin && last.sourceEnd() == sourceBegin && last.linear()
                && end - begin == sourceEnd - sourceBegin) {
                segments.set(segments.size() - 1, new Segment(last.begin(), end, last.sourceBegin(), sourceEnd));
            } else {
                segments.add(new Segment(begin, end, sourceBegin, sourceEnd));
            }
            return this;
        }

        /** Appends text that has no source (a separator the extractor inserted). */
        public Builder appendInserted(CharSequence piece) {
            text.append(piece);
            return this;
        }

        /** The length of the text so far. */
        public int length() {
            return text.length();
        }

        /** Ends the current paragraph; an empty paragraph is dropped with its separator. */
        public Builder endParagraph() {
            if (paragraphStart < 0) {
                return this;
            }
            // Trailing inserted white space does not belong to the paragraph.
            int end = text.length();
            if (end > paragraphStart) {
                paragraphs.add(new Paragraph(paragraphStart, end, paragraphKind, paragraphRule));
            } else if (paragraphStart > 0 && text.charAt(paragraphStart - 1) == '\n') {
                text.setLength(paragraphStart - 1);
            }
            paragraphStart = -1;
            return this;
        }

        public ArticleText build() {
            endParagraph();
            return new ArticleText(text.toString(), segments, paragraphs);
        }
    }

    private final String text;
    private final List<Segment> segments;
    private final List<Paragraph> paragraphs;

    public ArticleText(String text, List<Segment> segments, List<Paragraph> paragraphs) {
        this.text = text;
        this.segments = Collections.unmodifiableList(new ArrayList<>(segments));
        this.paragraphs = Collections.unmodifiableList(new ArrayList<>(paragraphs));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The whole input as one body paragraph, mapped one to one (for already clean text). */
    public static ArticleText verbatim(String input, String rule) {
        return builder().startParagraph("body", rule).append(input, 0, input.length()).build();
    }

    public String text() {
        return text;
    }

    public List<Segment> segments() {
        return segments;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The map of this text back to its source. */
    public SourceMap sourceMap() {
        return new SourceMap(segments);
    }
}
