package dev.stockroom.auth;

import java.time.Instant;
import java.util.Optional;

/** Tokens by the SHA-256 of their text; the text itself is never stored. */
public interface TokenRepository {
    void insert(String tokenHash, Principal principal, Instant createdAt);

    Optional<Principal> findByHash(String tokenHash);
}
