package dev.stockroom.oauth;

import java.time.Instant;
import java.util.Optional;

/** Authorization codes and refresh tokens, by the SHA-256 of their text. */
public interface GrantRepository {
    void insertCode(String codeHash, AuthorizationCode code, Instant createdAt);

    Optional<AuthorizationCode> findCode(String codeHash);

    /** True when this call removed it: of two concurrent redemptions of one code, one wins. */
    boolean deleteCode(String codeHash);

    void insertRefreshToken(String tokenHash, RefreshToken token, Instant createdAt);

    Optional<RefreshToken> findRefreshToken(String tokenHash);

    /** True when this call removed it: of two concurrent refreshes with one token, one wins. */
    boolean deleteRefreshToken(String tokenHash);

    /**
     * Deletes the app's codes and refresh tokens in a company: those of one location, or every one (the agency's
     * included) when {@code locationId} is null. Returns how many.
     */
    int revoke(String appId, String companyId, String locationId);

    /** Forgets the app's codes and refresh tokens in the company that expired before {@code now}. */
    void deleteExpired(String appId, String companyId, Instant now);
}
