package io.github.hanex.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Maps spans of the article text back to the original input, from the copied {@link ArticleText.Segment}s.
 * A span maps to the source range from its first mapped character's source begin to its last mapped
 * character's source end; inserted characters (paragraph breaks) are skipped.
 */
public final class SourceMap {

    /** A span in the original input. */
    public record Span(int begin, int end) {
    }

    private final List<ArticleText.Segment> segments;

    public SourceMap(List<ArticleText.Segment> segments) {
        List<ArticleText.Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingInt(ArticleText.Segment::begin));
        this.segments = sorted;
    }

    /** The source span of text {@code [begin, end)}, or null when none of it was copied from the source. */
    public Span toSource(int begin, int end) {
        if (end <= begin) {
            Integer at = sourceBegin(begin);
            return at == null ? null : new Span(at, at);
        }
        int first = indexAtOrAfter(begin);
        int last = indexAtOrBefore(end - 1);
        if (first < 0 || last < 0 || first > last) {
            return null;
        }
        ArticleText.Segment a = segments.get(first);
        ArticleText.Segment b = segments.get(last);
        int from = Math.max(begin, a.begin());
        int to = Math.min(end, b.end());
        int sourceBegin = a.linear() ? a.sourceBegin() + (from - a.begin()) : a.sourceBegin();
        int sourceEnd = b.linear() ? b.sourceBegin() + (to - b.begin()) : b.sourceEnd();
        return new Span(sourceBegin, sourceEnd);
    }

    private Integer sourceBegin(int offset) {
        int i = indexAtOrAfter(offset);
        if (i < 0) {
            return null;
        }
        ArticleText.Segment s = segments.get(i);
        return s.linear() ? s.sourceBegin() + Math.max(0, offset - s.begin()) : s.sourceBegin();
    }

    /** First segment that ends after {@code offset}. */
    private int indexAtOrAfter(int offset) {
        int lo = 0;
        int hi = segments.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (segments.get(mid).end() > offset) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }

    /** Last segment that begins at or before {@code offset}. */
    private int indexAtOrBefore(int offset) {
        int lo = 0;
        int hi = segments.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (segments.get(mid).begin() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
