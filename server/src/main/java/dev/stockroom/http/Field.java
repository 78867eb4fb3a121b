package dev.stockroom.http;

import java.util.function.Consumer;

/** A body field as a partial update sees it: absent (keep), null (clear) or a value (replace). */
record Field<T>(State state, T value) {
    enum State {
        ABSENT,
        CLEARED,
        VALUE
    }

    private static final Field<?> ABSENT = new Field<>(State.ABSENT, null);
    private static final Field<?> CLEARED = new Field<>(State.CLEARED, null);

    @SuppressWarnings("unchecked")
    static <T> Field<T> absent() {
        return (Field<T>) ABSENT;
    }

    @SuppressWarnings("unchecked")
    static <T> Field<T> cleared() {
        return (Field<T>) CLEARED;
    }

    static <T> Field<T> of(T value) {
        return new Field<>(State.VALUE, value);
    }

    boolean isPresent() {
        return state != State.ABSENT;
    }

    /** The value, or {@code fallback} when absent or null: what a create stores. */
    T orElse(T fallback) {
        return state == State.VALUE ? value : fallback;
    }

    /** The value to store over {@code current}: this value, {@code clearedValue} when null, {@code current} when absent. */
    T merge(T current, T clearedValue) {
        return switch (state) {
            case VALUE -> value;
            case CLEARED -> clearedValue;
            case ABSENT -> current;
        };
    }

    /** Applies the field to a builder: a value is set, null sets {@code clearedValue}, absent changes nothing. */
    void applyTo(Consumer<T> setter, T clearedValue) {
        if (state == State.VALUE) setter.accept(value);
        else if (state == State.CLEARED) setter.accept(clearedValue);
    }
}
