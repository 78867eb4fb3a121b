package dev.stockroom.oauth;

import java.time.Duration;
import java.util.Objects;

/**
 * How long what the OAuth flow hands out stays good. The defaults: access tokens 86399 s (HighLevel's
 * {@code expires_in}), codes 10 minutes (RFC 6749's advice), refresh tokens a year (HighLevel's documented life).
 */
public record OAuthLifetimes(Duration accessToken, Duration code, Duration refreshToken) {
    public OAuthLifetimes {
        requirePositive(accessToken, "accessToken");
        requirePositive(code, "code");
        requirePositive(refreshToken, "refreshToken");
    }

    public static OAuthLifetimes defaults() {
        return new OAuthLifetimes(Duration.ofSeconds(86_399), Duration.ofMinutes(10), Duration.ofDays(365));
    }

    private static void requirePositive(Duration lifetime, String name) {
        Objects.requireNonNull(lifetime, name);
        if (lifetime.toSeconds() < 1) throw new IllegalArgumentException(name + " must last at least one second");
    }
}
