package dev.stockroom.storage;

import dev.stockroom.tenant.Company;
import dev.stockroom.tenant.Location;
import dev.stockroom.tenant.TenantRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

final class JdbiTenantRepository implements TenantRepository {
    private final JdbiTransactions tx;
    private final Dialect dialect;

    JdbiTenantRepository(JdbiTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public void insertCompany(Company company) {
        tx.handle()
                .createUpdate("INSERT INTO companies (id, name, created_at) VALUES (:id, :name, :createdAt)")
                .bind("id", company.id())
                .bind("name", company.name())
                .bind("createdAt", company.createdAt().toEpochMilli())
                .execute();
    }

    @Override
    public void insertLocation(Location location) {
        tx.handle()
                .createUpdate("INSERT INTO locations (id, company_id, name, created_at)"
                        + " VALUES (:id, :companyId, :name, :createdAt)")
                .bind("id", location.id())
                .bind("companyId", location.companyId())
                .bind("name", location.name())
                .bind("createdAt", location.createdAt().toEpochMilli())
                .execute();
    }

    @Override
    public Optional<Company> findCompany(String companyId) {
        return tx.handle()
                .createQuery("SELECT id, name, created_at FROM companies WHERE id = :id")
                .bind("id", companyId)
                .map((rs, ctx) -> new Company(
                        rs.getString("id"), rs.getString("name"), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .findOne();
    }

    @Override
    public Optional<Location> findLocation(String locationId) {
        return tx.handle()
                .createQuery("SELECT id, company_id, name, created_at FROM locations WHERE id = :id")
                .bind("id", locationId)
                .map(JdbiTenantRepository::location)
                .findOne();
    }

    @Override
    public List<Location> listLocations(String companyId) {
        return tx.handle()
                .createQuery("SELECT id, company_id, name, created_at FROM locations WHERE company_id = :companyId"
                        + " ORDER BY created_at, id")
                .bind("companyId", companyId)
                .map(JdbiTenantRepository::location)
                .list();
    }

    private static Location location(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Location(rs.getString("id"), rs.getString("company_id"), rs.getString("name"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    @Override
    public void lockForBootstrap() {
        // SQLite write transactions already exclude each other (BEGIN IMMEDIATE).
        if (dialect == Dialect.POSTGRESQL) tx.handle().execute("LOCK TABLE companies IN EXCLUSIVE MODE");
    }

    @Override
    public boolean anyCompanyExists() {
        return tx.handle().createQuery("SELECT 1 FROM companies LIMIT 1").mapTo(Integer.class).findOne().isPresent();
    }
}
