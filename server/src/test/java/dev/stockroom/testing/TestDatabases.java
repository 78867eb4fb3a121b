package dev.stockroom.testing;

import dev.stockroom.storage.PostgresUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * Which database the HTTP tests run on. The build runs them twice: on SQLite, and on PostgreSQL with
 * {@code -Dstockroom.test.database=postgresql}, where each server gets a fresh schema in the database named by the
 * environment variable {@value #URL_VARIABLE}.
 */
public final class TestDatabases {
    public static final String URL_VARIABLE = "STOCKROOM_TEST_POSTGRES_URL";
    public static final String NOT_RUN = "PostgreSQL tests not run: set " + URL_VARIABLE
            + "=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres (any database you may create schemas in)"
            + " and run mvn verify again; .ci/run does this for you";

    private TestDatabases() {}

    public static boolean postgresRequested() {
        return "postgresql".equals(System.getProperty("stockroom.test.database"));
    }

    /** Null when PostgreSQL is requested but not configured: the tests are then reported as not run. */
    public static String postgresBaseUrl() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? null : url;
    }

    /** Creates an empty schema and returns a JDBC URL whose connections use it. */
    public static String newSchema() {
        PostgresUrl base = PostgresUrl.parse(postgresBaseUrl());
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute(base, "CREATE SCHEMA " + schema);
        String jdbc = base.jdbcUrl() + (base.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        if (base.user() != null) jdbc += "&user=" + base.user();
        if (base.password() != null) jdbc += "&password=" + base.password();
        return jdbc;
    }

    public static void dropSchema(String jdbcUrl) {
        String schema = jdbcUrl.replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1");
        execute(PostgresUrl.parse(jdbcUrl), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /**
     * For tests that use PostgreSQL directly: skips with {@link #NOT_RUN} when it is not configured, except under CI,
     * where PostgreSQL is mandatory.
     */
    public static void assumePostgresConfigured() {
        if (postgresBaseUrl() != null) return;
        if ("true".equals(System.getenv("CI"))) throw new IllegalStateException(NOT_RUN);
        System.err.println("*** " + NOT_RUN);
        org.junit.jupiter.api.Assumptions.abort(NOT_RUN);
    }

    /** Runs one statement outside any transaction (VACUUM, for example). */
    public static void execute(String jdbcUrl, String sql) {
        execute(PostgresUrl.parse(jdbcUrl), sql);
    }

    private static void execute(PostgresUrl url, String sql) {
        Properties properties = new Properties();
        if (url.user() != null) properties.setProperty("user", url.user());
        if (url.password() != null) properties.setProperty("password", url.password());
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), properties);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused: " + e.getMessage(), e);
        }
    }
}
