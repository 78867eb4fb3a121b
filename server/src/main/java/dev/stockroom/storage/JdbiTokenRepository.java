package dev.stockroom.storage;

import dev.stockroom.auth.Principal;
import dev.stockroom.auth.Scope;
import dev.stockroom.auth.TokenRepository;
import dev.stockroom.auth.TokenType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

final class JdbiTokenRepository implements TokenRepository {
    private final JdbiTransactions tx;

    JdbiTokenRepository(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(String tokenHash, Principal principal, Instant createdAt, Instant expiresAt) {
        tx.handle()
                .createUpdate("INSERT INTO tokens (token_hash, token_type, company_id, location_id, scopes, created_at,"
                        + " app_id, expires_at)"
                        + " VALUES (:hash, :type, :companyId, :locationId, :scopes, :createdAt, :appId, :expiresAt)")
                .bind("hash", tokenHash)
                .bind("type", principal.type().name())
                .bind("companyId", principal.companyId())
                .bind("locationId", principal.locationId())
                .bind("scopes", principal.scopes().stream().map(Scope::wireName).sorted().collect(Collectors.joining(" ")))
                .bind("createdAt", createdAt.toEpochMilli())
                .bind("appId", principal.appId())
                .bind("expiresAt", expiresAt == null ? null : expiresAt.toEpochMilli())
                .execute();
    }

    @Override
    public Optional<Principal> findByHash(String tokenHash, Instant now) {
        return tx.handle()
                .createQuery("SELECT token_type, company_id, location_id, scopes, app_id FROM tokens"
                        + " WHERE token_hash = :hash AND (expires_at IS NULL OR expires_at > :now)")
                .bind("hash", tokenHash)
                .bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new Principal(
                        TokenType.valueOf(rs.getString("token_type")),
                        rs.getString("company_id"),
                        rs.getString("location_id"),
                        parseScopes(rs.getString("scopes")),
                        rs.getString("app_id")))
                .findOne();
    }

    @Override
    public int deleteAppTokens(String appId, String companyId, String locationId) {
        return AppRows.delete(tx, "tokens", appId, companyId, locationId);
    }

    @Override
    public void deleteExpiredAppTokens(String appId, String companyId, Instant now) {
        AppRows.deleteExpired(tx, "tokens", appId, companyId, now);
    }

    private static Set<Scope> parseScopes(String scopes) {
        return Arrays.stream(scopes.split(" "))
                .map(Scope::fromWire)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }
}
