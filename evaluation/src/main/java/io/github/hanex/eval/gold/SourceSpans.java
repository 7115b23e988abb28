package io.github.hanex.eval.gold;

import io.github.hanex.eval.Span;
import java.util.Comparator;
import java.util.List;

/**
 * Maps article offsets to source offsets through SourceSpan segments {@code [begin, end) → [sourceBegin,
 * sourceEnd)}: character by character when both have the same length, else the whole segment to the whole
 * source range (the convention of hanex's SourceMap).
 */
public final class SourceSpans {
    private final List<int[]> segments;

    SourceSpans(List<int[]> segments) {
        this.segments = segments.stream().sorted(Comparator.comparingInt(s -> s[0])).toList();
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The source span of an article span, or null when its ends are not covered. */
    public Span toSource(int begin, int end) {
        int[] first = covering(begin);
        int[] last = covering(Math.max(begin, end - 1));
        if (first == null || last == null) {
            return null;
        }
        int sb = oneToOne(first) ? first[2] + (begin - first[0]) : first[2];
        int se = oneToOne(last) ? last[2] + (end - last[0]) : last[3];
        return se < sb ? null : new Span(sb, se);
    }

    private int[] covering(int offset) {
        for (int[] s : segments) {
            if (s[0] <= offset && offset < s[1]) {
                return s;
            }
        }
        return null;
    }

    private static boolean oneToOne(int[] s) {
        return s[1] - s[0] == s[3] - s[2];
    }
}
