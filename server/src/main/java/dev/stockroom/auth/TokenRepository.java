package dev.stockroom.auth;

import java.time.Instant;
import java.util.Optional;

/** Tokens by the SHA-256 of their text; the text itself is never stored. */
public interface TokenRepository {
    /** {@code expiresAt} is null for a token that never expires (a Private Integration Token). */
    void insert(String tokenHash, Principal principal, Instant createdAt, Instant expiresAt);

    /** The token's caller, unless it is unknown or expired at {@code now}. */
    Optional<Principal> findByHash(String tokenHash, Instant now);

    /**
     * Revokes the tokens of an app in a company: those of one location, or every one (the agency's included) when
     * {@code locationId} is null. Returns how many.
     */
    int deleteAppTokens(String appId, String companyId, String locationId);

    /** Forgets the app's tokens in the company that expired before {@code now}, so they do not pile up. */
    void deleteExpiredAppTokens(String appId, String companyId, Instant now);
}
