package dev.stockroom.oauth;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an app installs, in the words of HighLevel's {@code user_type} and {@code userType}: on a location
 * (sub-account) or on a company (agency).
 */
public enum InstallTarget {
    LOCATION("Location"),
    COMPANY("Company");

    private final String wireName;

    InstallTarget(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Read without regard to letter case: {@code Location}, {@code location} and {@code LOCATION} alike. */
    public static Optional<InstallTarget> fromWire(String name) {
        return Arrays.stream(values()).filter(target -> target.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
