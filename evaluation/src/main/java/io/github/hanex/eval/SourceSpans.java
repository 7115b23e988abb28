package io.github.hanex.eval;

import java.util.Comparator;
import java.util.List;

/**
 * Maps between article offsets and source offsets through SourceSpan segments {@code [begin, end) →
 * [sourceBegin, sourceEnd)}: character by character when both have the same length, else the whole segment to
 * the whole source range (the convention of hanex's SourceMap: a decoded entity, a line break made of a tag).
 */
public final class SourceSpans {
    /** No segments: nothing maps. */
    public static final SourceSpans EMPTY = new SourceSpans(List.of());

    private final List<int[]> segments;

    /** @param segments {@code {begin, end, sourceBegin, sourceEnd}} each */
    public SourceSpans(List<int[]> segments) {
        this.segments = segments.stream().sorted(Comparator.comparingInt(s -> s[0])).toList();
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The source span of an article span, or null when its ends are not covered. */
    public Span toSource(int begin, int end) {
        int[] first = covering(begin, 0);
        int[] last = covering(Math.max(begin, end - 1), 0);
        if (first == null || last == null) {
            return null;
        }
        int sb = oneToOne(first) ? first[2] + (begin - first[0]) : first[2];
        int se = oneToOne(last) ? last[2] + (end - last[0]) : last[3];
        return se < sb ? null : new Span(sb, se);
    }

    /**
     * The article span of a source span, or null when an end of it lies in text the article does not keep (page
     * chrome, markup, a dropped paragraph).
     */
    public Span toArticle(Span source) {
        int[] first = covering(source.begin(), 2);
        int[] last = covering(Math.max(source.begin(), source.end() - 1), 2);
        if (first == null || last == null) {
            return null;
        }
        int b = oneToOne(first) ? first[0] + (source.begin() - first[2]) : first[0];
        int e = oneToOne(last) ? last[0] + (source.end() - last[2]) : last[1];
        return e < b ? null : new Span(b, e);
    }

    /** The segment whose range (article at index 0, source at index 2) holds the offset. */
    private int[] covering(int offset, int at) {
        for (int[] s : segments) {
            if (s[at] <= offset && offset < s[at + 1]) {
                return s;
            }
        }
        return null;
    }

    private static boolean oneToOne(int[] s) {
        return s[1] - s[0] == s[3] - s[2];
    }
}
