package dev.stockroom.oauth;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;

/**
 * A marketplace app: its ids as HighLevel shapes them ({@code appId}, {@code client_id} = appId + "-" + suffix,
 * {@code versionId}), the company that owns it, where it installs, the redirect URIs and scopes it may ask for. Only
 * the SHA-256 of the client secret is kept.
 */
public record App(
        String id,
        String clientId,
        String clientSecretHash,
        String companyId,
        String name,
        InstallTarget target,
        List<String> redirectUris,
        SortedSet<String> scopes,
        String versionId,
        Instant createdAt) {
    public App {
        redirectUris = List.copyOf(redirectUris);
        scopes = ScopeNames.sorted(scopes);
    }
}
