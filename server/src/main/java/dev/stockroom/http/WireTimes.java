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
        return parse(text) != null;
    }

    /**
     * The instant an ISO-8601 date-time names (UTC when it has no offset), or the first moment (UTC) of a date; null
     * when the text is neither, or its year has more than four digits (as class-validator's IsISO8601 reads it).
     */
    static Instant parse(String text) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text);
            return fourDigitYear(time.getYear()) ? time.toInstant() : null;
        } catch (DateTimeParseException notOffset) {
            try {
                LocalDateTime time = LocalDateTime.parse(text);
                return fourDigitYear(time.getYear()) ? time.toInstant(ZoneOffset.UTC) : null;
            } catch (DateTimeParseException notLocal) {
                try {
                    LocalDate date = LocalDate.parse(text);
                    return fourDigitYear(date.getYear()) ? date.atStartOfDay(ZoneOffset.UTC).toInstant() : null;
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    private static boolean fourDigitYear(int year) {
        return year >= 0 && year <= 9999;
    }

    /** Whether the text is a date alone, without a time. */
    static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
