package dev.stockroom.storage;

import dev.stockroom.auth.AppLocations;
import dev.stockroom.oauth.Install;
import dev.stockroom.oauth.InstallRepository;
import dev.stockroom.oauth.InstalledLocation;
import dev.stockroom.oauth.ScopeNames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

final class JdbiInstallRepository implements InstallRepository, AppLocations {
    /** The two kinds of install: a table, and the column that, with the app, names one install. */
    private record Kind(String table, String keyColumn) {
        String where() {
            return " WHERE app_id = :appId AND " + keyColumn + " = :key";
        }
    }

    private static final Kind COMPANY = new Kind("oauth_company_installs", "company_id");
    private static final Kind LOCATION = new Kind("oauth_location_installs", "location_id");

    private final JdbiTransactions tx;

    JdbiInstallRepository(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Install> findCompanyInstall(String appId, String companyId) {
        return tx.handle()
                .createQuery("SELECT app_id, company_id, NULL AS location_id, scopes, user_id, installed_at"
                        + " FROM " + COMPANY.table() + COMPANY.where())
                .bind("appId", appId)
                .bind("key", companyId)
                .map(JdbiInstallRepository::install)
                .findOne();
    }

    @Override
    public Optional<Install> findLocationInstall(String appId, String locationId) {
        return tx.handle()
                .createQuery("SELECT app_id, company_id, location_id, scopes, user_id, installed_at"
                        + " FROM " + LOCATION.table() + LOCATION.where())
                .bind("appId", appId)
                .bind("key", locationId)
                .map(JdbiInstallRepository::install)
                .findOne();
    }

    @Override
    public void saveCompanyInstall(Install install) {
        save("INSERT INTO oauth_company_installs (app_id, company_id, scopes, user_id, installed_at)"
                + " VALUES (:appId, :companyId, :scopes, :userId, :installedAt)"
                + " ON CONFLICT (app_id, company_id) DO UPDATE SET scopes = excluded.scopes", install);
    }

    @Override
    public void saveLocationInstall(Install install) {
        save("INSERT INTO oauth_location_installs (app_id, location_id, company_id, scopes, user_id, installed_at)"
                + " VALUES (:appId, :locationId, :companyId, :scopes, :userId, :installedAt)"
                + " ON CONFLICT (app_id, location_id) DO UPDATE SET scopes = excluded.scopes", install);
    }

    /** An upsert that keeps the first install's user and time: only the scopes change on a new approval. */
    private void save(String sql, Install install) {
        Update update = tx.handle()
                .createUpdate(sql)
                .bind("appId", install.appId())
                .bind("companyId", install.companyId())
                .bind("scopes", ScopeNames.join(install.scopes()))
                .bind("userId", install.userId())
                .bind("installedAt", install.installedAt().toEpochMilli());
        if (install.locationId() != null) update.bind("locationId", install.locationId());
        update.execute();
    }

    @Override
    public boolean deleteCompanyInstall(String appId, String companyId) {
        return delete(COMPANY, appId, companyId);
    }

    @Override
    public boolean deleteLocationInstall(String appId, String locationId) {
        return delete(LOCATION, appId, locationId);
    }

    private boolean delete(Kind kind, String appId, String key) {
        return tx.handle()
                .createUpdate("DELETE FROM " + kind.table() + kind.where())
                .bind("appId", appId)
                .bind("key", key)
                .execute() > 0;
    }

    @Override
    public List<String> installedLocationIds(String appId, String companyId) {
        return tx.handle()
                .createQuery("SELECT location_id FROM oauth_location_installs"
                        + " WHERE app_id = :appId AND company_id = :companyId ORDER BY location_id")
                .bind("appId", appId)
                .bind("companyId", companyId)
                .mapTo(String.class)
                .list();
    }

    @Override
    public List<InstalledLocation> locationsOfCompany(String appId, String companyId) {
        return tx.handle()
                .createQuery("SELECT l.id, l.name, i.installed_at FROM locations l"
                        + " LEFT JOIN oauth_location_installs i ON i.app_id = :appId AND i.location_id = l.id"
                        + " WHERE l.company_id = :companyId")
                .bind("appId", appId)
                .bind("companyId", companyId)
                .map((rs, ctx) -> {
                    long installedAt = rs.getLong("installed_at");
                    Instant installed = rs.wasNull() ? null : Instant.ofEpochMilli(installedAt);
                    return new InstalledLocation(rs.getString("id"), rs.getString("name"), installed);
                })
                .list();
    }

    @Override
    public boolean isApproved(String appId, String locationId) {
        return findLocationInstall(appId, locationId).isPresent();
    }

    private static Install install(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Install(
                rs.getString("app_id"),
                rs.getString("company_id"),
                rs.getString("location_id"),
                ScopeNames.parse(rs.getString("scopes")),
                rs.getString("user_id"),
                Instant.ofEpochMilli(rs.getLong("installed_at")));
    }
}
