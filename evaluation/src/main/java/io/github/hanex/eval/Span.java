package io.github.hanex.eval;

/** A character span {@code [begin, end)}. */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        }
    }

    /** True when the two spans share at least one character (or are the same empty span). */
    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end || equals(other);
    }

    /** The number of characters the two spans share. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }

    @Override
    public String toString() {
        return begin + "-" + end;
    }
}
