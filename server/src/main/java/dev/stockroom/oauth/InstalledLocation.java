package dev.stockroom.oauth;

import java.time.Instant;

/** A location of a company and whether an app is installed on it ({@code installedAt} null when it is not). */
public record InstalledLocation(String locationId, String name, Instant installedAt) {
    public boolean installed() {
        return installedAt != null;
    }
}
