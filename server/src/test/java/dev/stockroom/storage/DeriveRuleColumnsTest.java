package dev.stockroom.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.price.Prices;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestDatabases;
import dev.stockroom.testing.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * Migration 8.1 fills the columns smart collection rules read, for rows written before they existed, with exactly
 * what the server writes: cleared, then derived again, they read as before.
 */
class DeriveRuleColumnsTest {
    private static final String COLUMNS = "SELECT p.product_type, p.option_names, r.amount, r.compare_at_price"
            + " FROM products p JOIN prices r ON r.product_id = p.id ORDER BY r.amount";

    @Test
    void derivesWhatTheServerWritesOnSqlite() throws Exception {
        try (TestServer server = TestServer.start()) {
            if (server.database() != null) return; // the PostgreSQL pass runs the test below
            seed(server);
            assertRederived("jdbc:sqlite:" + DatabaseFile.of(server.dataDir()).toAbsolutePath(), Dialect.SQLITE);
        }
    }

    @Test
    void derivesWhatTheServerWritesOnPostgres() throws Exception {
        TestDatabases.assumePostgresConfigured();
        try (TestServer server = TestServer.startOnPostgres()) {
            seed(server);
            assertRederived(server.database(), Dialect.POSTGRESQL);
        }
    }

    private static void seed(TestServer server) {
        Tenant tenant = server.newTenant();
        String product = tenant.api().post("/products/", """
                {"name": "Tee", "locationId": "%s", "productType": "PHYSICAL/DIGITAL", "variants": [{"id": "s",
                 "name": "Size", "options": [{"id": "m", "name": "Médium"}, {"id": "x", "name": "XL \\"big\\""}]}]}
                """.formatted(tenant.locationId())).json().path("_id").asText();
        Prices.create(tenant, product, "123456789012.345678", "USD", "\"compareAtPrice\": 0.10,");
        Prices.create(tenant, product, "2.50");
        tenant.api().post("/products/", """
                {"name": "Plain", "locationId": "%s", "productType": "SERVICE"}
                """.formatted(tenant.locationId()));
    }

    private static void assertRederived(String jdbcUrl, Dialect dialect) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            List<String> written = rows(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("UPDATE products SET product_type = '', option_names = NULL");
                statement.execute("UPDATE prices SET amount = NULL, compare_at_price = NULL");
            }
            new DeriveRuleColumns(dialect).migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            assertThat(rows(connection)).isEqualTo(written).hasSize(2);
            assertThat(written.get(0)).contains("PHYSICAL_DIGITAL", "Médium", "123456789012.345678", "0.1");
        }
    }

    private static List<String> rows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(COLUMNS)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
            }
        }
        return rows;
    }
}
