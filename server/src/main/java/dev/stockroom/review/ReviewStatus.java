package dev.stockroom.review;

import java.util.Arrays;
import java.util.Optional;

/** Moderation state of a review. HighLevel documents only "approved" (an example); pending and rejected complete it. */
public enum ReviewStatus {
    PENDING("pending"),
    APPROVED("approved"),
    REJECTED("rejected");

    private final String wireValue;

    ReviewStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    public static Optional<ReviewStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wireValue.equals(value)).findFirst();
    }
}
