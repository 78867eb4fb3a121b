package dev.stockroom.storage;

import dev.stockroom.oauth.App;
import dev.stockroom.oauth.AppRepository;
import dev.stockroom.oauth.InstallTarget;
import dev.stockroom.oauth.ScopeNames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

final class JdbiAppRepository implements AppRepository {
    private static final String COLUMNS = "id, client_id, client_secret_hash, company_id, name, target, redirect_uris,"
            + " scopes, version_id, created_at";

    private final JdbiTransactions tx;

    JdbiAppRepository(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(App app) {
        tx.handle()
                .createUpdate("INSERT INTO oauth_apps (" + COLUMNS + ") VALUES (:id, :clientId, :secretHash, :companyId,"
                        + " :name, :target, :redirectUris, :scopes, :versionId, :createdAt)")
                .bind("id", app.id())
                .bind("clientId", app.clientId())
                .bind("secretHash", app.clientSecretHash())
                .bind("companyId", app.companyId())
                .bind("name", app.name())
                .bind("target", app.target().wireName())
                .bind("redirectUris", DocumentJson.write(app.redirectUris()))
                .bind("scopes", ScopeNames.join(app.scopes()))
                .bind("versionId", app.versionId())
                .bind("createdAt", app.createdAt().toEpochMilli())
                .execute();
    }

    @Override
    public Optional<App> findByClientId(String clientId) {
        return find("client_id", clientId);
    }

    @Override
    public Optional<App> findById(String appId) {
        return find("id", appId);
    }

    private Optional<App> find(String column, String value) {
        return tx.handle()
                .createQuery("SELECT " + COLUMNS + " FROM oauth_apps WHERE " + column + " = :value")
                .bind("value", value)
                .map(JdbiAppRepository::app)
                .findOne();
    }

    private static App app(ResultSet rs, StatementContext ctx) throws SQLException {
        return new App(
                rs.getString("id"),
                rs.getString("client_id"),
                rs.getString("client_secret_hash"),
                rs.getString("company_id"),
                rs.getString("name"),
                InstallTarget.fromWire(rs.getString("target")).orElseThrow(),
                List.of(DocumentJson.read(rs.getString("redirect_uris"), String[].class)),
                ScopeNames.parse(rs.getString("scopes")),
                rs.getString("version_id"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
