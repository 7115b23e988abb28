package io.github.hanex.run;

/**
 * When a failed document is processed again by the next run into the same output folder (without
 * {@code --retry-failed}): never for a failure of the input itself (empty, binary, undecodable, an exception of
 * the pipeline), always for a failure of its surroundings (disk full, an unreadable or missing file), and when a
 * limit was raised for a failure over a limit (size, time, heap).
 *
 * @param kind what decides
 * @param limit the limit the document failed under, for the limit kinds
 */
public record Retry(Kind kind, long limit) {

    /** What decides whether a failed document is done again. */
    public enum Kind {
        /** Never: the input is at fault. */
        NEVER,
        /** Always: its surroundings were (disk full, a file missing or unreadable). */
        ALWAYS,
        /** When {@code --max-bytes} is higher than {@link #limit()}. */
        LARGER_SIZE_LIMIT,
        /** When {@code --doc-timeout} is longer than {@link #limit()} milliseconds, or off. */
        LONGER_TIMEOUT,
        /** When the JVM's heap is larger than {@link #limit()} bytes. */
        LARGER_HEAP
    }

    public static final Retry NEVER = new Retry(Kind.NEVER, 0);
    public static final Retry ALWAYS = new Retry(Kind.ALWAYS, 0);

    /** Whether a run with {@code settings} should process the document again. */
    public boolean due(CorpusRunner.Settings settings) {
        return switch (kind) {
            case NEVER -> false;
            case ALWAYS -> true;
            case LARGER_SIZE_LIMIT -> settings.maxBytes() > limit;
            case LONGER_TIMEOUT -> settings.docTimeoutSeconds() <= 0 || settings.docTimeoutSeconds() * 1000 > limit;
            case LARGER_HEAP -> Runtime.getRuntime().maxMemory() > limit;
        };
    }

    /** The journal form: {@code KIND} or {@code KIND:limit}. */
    String encode() {
        return kind == Kind.NEVER || kind == Kind.ALWAYS ? kind.name() : kind.name() + ":" + limit;
    }

    static Retry decode(String s) {
        int colon = s.indexOf(':');
        Kind kind = Kind.valueOf(colon < 0 ? s : s.substring(0, colon));
        return switch (kind) {
            case NEVER -> NEVER;
            case ALWAYS -> ALWAYS;
            default -> new Retry(kind, Long.parseLong(s.substring(colon + 1)));
        };
    }
}
