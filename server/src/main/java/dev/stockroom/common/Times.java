package dev.stockroom.common;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps as the wire shows them: UTC with milliseconds. */
public final class Times {
    private Times() {}

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Now, but never earlier than {@code previous}, so updatedAt does not go back if the clock steps back. */
    public static Instant notBefore(Clock clock, Instant previous) {
        Instant now = now(clock);
        return now.isAfter(previous) ? now : previous;
    }
}
