package dev.stockroom.review;

import java.util.Arrays;
import java.util.Optional;

/** The fields a review list can be sorted by ({@code sortField}); ties go by creation time, then id. */
public enum ReviewSort {
    CREATED_AT("createdAt"),
    RATING("rating");

    private final String wireValue;

    ReviewSort(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    public static Optional<ReviewSort> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wireValue.equals(value)).findFirst();
    }
}
