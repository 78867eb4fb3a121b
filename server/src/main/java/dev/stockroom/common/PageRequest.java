package dev.stockroom.common;

/**
 * Offset paging shared by every list. An absent or zero limit means {@link #DEFAULT_LIMIT}; more than
 * {@link #MAX_LIMIT} is refused rather than silently cut, so that a client paging by offset never skips items.
 */
public record PageRequest(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit out of range: " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
}
