package dev.stockroom.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Timestamps on the wire: ISO-8601 UTC, always with milliseconds ({@code 2024-01-23T09:57:04.846Z}). */
final class WireTimes {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WireTimes() {}

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** Whether the text is an ISO-8601 date or date-time, as class-validator's {@code IsISO8601} accepts. */
    static boolean isIso8601(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException notOffset) {
            try {
                LocalDateTime.parse(text);
                return true;
            } catch (DateTimeParseException notLocal) {
                try {
                    LocalDate.parse(text);
                    return true;
                } catch (DateTimeParseException notDate) {
                    return false;
                }
            }
        }
    }
}
