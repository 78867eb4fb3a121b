package dev.stockroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The bodies of HighLevel's OAuth endpoints ({@code apps/oauth.json}); absent values are left out. */
public final class OAuthResponses {
    private OAuthResponses() {}

    /**
     * {@code GetAccessCodeSuccessfulResponseDto}, the answer of {@code POST /oauth/token}. {@code locationId} for a
     * location token, {@code approvedLocations} for a company token.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AccessToken(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("refresh_token") String refreshToken,
            String scope,
            String userType,
            String locationId,
            String companyId,
            List<String> approvedLocations,
            String userId) {}

    /** {@code GetLocationAccessTokenSuccessfulResponseDto}, the answer of {@code POST /oauth/locationToken}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocationAccessToken(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            String scope,
            String locationId,
            String userId,
            String appId,
            String versionId) {}

    /** {@code GetInstalledLocationsSuccessfulResponseDto}, the answer of {@code GET /oauth/installedLocations}. */
    public record InstalledLocations(List<InstalledLocation> locations, long count) {}

    /** {@code InstalledLocationSchema}; {@code versionId} and {@code installedAt} only where the app is installed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstalledLocation(
            @JsonProperty("_id") String id,
            String name,
            String address,
            boolean isInstalled,
            String versionId,
            String installedAt) {}

    /**
     * A refusal of {@code POST /oauth/token}: RFC 6749 5.2's {@code error} and {@code error_description}, which OAuth
     * clients read, with the {@code statusCode} and {@code message} of HighLevel's documented error bodies.
     */
    public record TokenError(
            int statusCode,
            String message,
            String error,
            @JsonProperty("error_description") String errorDescription) {}
}
