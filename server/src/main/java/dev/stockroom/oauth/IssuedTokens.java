package dev.stockroom.oauth;

import java.time.Duration;
import java.util.List;

/**
 * What a token request hands out: an access token, and a refresh token unless it came from an agency token
 * ({@code /oauth/locationToken}). {@code approvedLocations} lists, for a company grant, the locations the agency token
 * may get location tokens for; it is empty for a location grant.
 */
public record IssuedTokens(
        String accessToken, Duration expiresIn, String refreshToken, Grant grant, App app, List<String> approvedLocations) {
    public IssuedTokens {
        approvedLocations = List.copyOf(approvedLocations);
    }
}
