package dev.stockroom.storage;

import dev.stockroom.oauth.AuthorizationCode;
import dev.stockroom.oauth.Grant;
import dev.stockroom.oauth.GrantRepository;
import dev.stockroom.oauth.RefreshToken;
import dev.stockroom.oauth.ScopeNames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

final class JdbiGrantRepository implements GrantRepository {
    private static final String GRANT_COLUMNS = "app_id, company_id, location_id, scopes, user_id, expires_at";
    private static final String GRANT_VALUES = ":appId, :companyId, :locationId, :scopes, :userId, :expiresAt";

    private final JdbiTransactions tx;

    JdbiGrantRepository(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void insertCode(String codeHash, AuthorizationCode code, Instant createdAt) {
        bindGrant(tx.handle().createUpdate("INSERT INTO oauth_codes (code_hash, redirect_uri, created_at, "
                        + GRANT_COLUMNS + ") VALUES (:hash, :redirectUri, :createdAt, " + GRANT_VALUES + ")"),
                        code.grant(), code.expiresAt())
                .bind("hash", codeHash)
                .bind("redirectUri", code.redirectUri())
                .bind("createdAt", createdAt.toEpochMilli())
                .execute();
    }

    @Override
    public Optional<AuthorizationCode> findCode(String codeHash) {
        return tx.handle()
                .createQuery("SELECT redirect_uri, " + GRANT_COLUMNS + " FROM oauth_codes WHERE code_hash = :hash")
                .bind("hash", codeHash)
                .map((rs, ctx) -> new AuthorizationCode(grant(rs), rs.getString("redirect_uri"), expiresAt(rs)))
                .findOne();
    }

    @Override
    public boolean deleteCode(String codeHash) {
        return deleteOne("DELETE FROM oauth_codes WHERE code_hash = :hash", codeHash);
    }

    @Override
    public void insertRefreshToken(String tokenHash, RefreshToken token, Instant createdAt) {
        bindGrant(tx.handle().createUpdate("INSERT INTO oauth_refresh_tokens (token_hash, created_at, " + GRANT_COLUMNS
                        + ") VALUES (:hash, :createdAt, " + GRANT_VALUES + ")"), token.grant(), token.expiresAt())
                .bind("hash", tokenHash)
                .bind("createdAt", createdAt.toEpochMilli())
                .execute();
    }

    @Override
    public Optional<RefreshToken> findRefreshToken(String tokenHash) {
        return tx.handle()
                .createQuery("SELECT " + GRANT_COLUMNS + " FROM oauth_refresh_tokens WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new RefreshToken(grant(rs), expiresAt(rs)))
                .findOne();
    }

    @Override
    public boolean deleteRefreshToken(String tokenHash) {
        return deleteOne("DELETE FROM oauth_refresh_tokens WHERE token_hash = :hash", tokenHash);
    }

    private boolean deleteOne(String sql, String hash) {
        return tx.handle().createUpdate(sql).bind("hash", hash).execute() == 1;
    }

    @Override
    public int revoke(String appId, String companyId, String locationId) {
        return AppRows.delete(tx, "oauth_codes", appId, companyId, locationId)
                + AppRows.delete(tx, "oauth_refresh_tokens", appId, companyId, locationId);
    }

    @Override
    public void deleteExpired(String appId, String companyId, Instant now) {
        AppRows.deleteExpired(tx, "oauth_codes", appId, companyId, now);
        AppRows.deleteExpired(tx, "oauth_refresh_tokens", appId, companyId, now);
    }

    private static Update bindGrant(Update update, Grant grant, Instant expiresAt) {
        return update.bind("appId", grant.appId())
                .bind("companyId", grant.companyId())
                .bind("locationId", grant.locationId())
                .bind("scopes", ScopeNames.join(grant.scopes()))
                .bind("userId", grant.userId())
                .bind("expiresAt", expiresAt.toEpochMilli());
    }

    private static Grant grant(ResultSet rs) throws SQLException {
        return new Grant(rs.getString("app_id"), rs.getString("company_id"), rs.getString("location_id"),
                ScopeNames.parse(rs.getString("scopes")), rs.getString("user_id"));
    }

    private static Instant expiresAt(ResultSet rs) throws SQLException {
        return Instant.ofEpochMilli(rs.getLong("expires_at"));
    }
}
