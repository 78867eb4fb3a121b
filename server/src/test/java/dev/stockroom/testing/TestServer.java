package dev.stockroom.testing;

import dev.stockroom.auth.Scope;
import dev.stockroom.config.Application;
import dev.stockroom.config.ServerConfig;
import dev.stockroom.storage.Database;
import dev.stockroom.storage.PostgresUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A real Stockroom on a random loopback port with a fresh database: SQLite in a temp folder, or a PostgreSQL schema. */
public final class TestServer implements AutoCloseable {
    private final Path dataDir;
    private final String database;
    private final boolean ownsDatabase;
    private final Application application;
    private final String baseUrl;

    private TestServer(Path dataDir, String database, boolean ownsDatabase, UnaryOperator<ServerConfig> configure,
            Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        ServerConfig config = configure.apply(
                ServerConfig.defaults().withPort(0).withDataDir(dataDir).withDatabase(database));
        this.application = Application.open(config, clock);
        this.baseUrl = "http://127.0.0.1:" + application.start();
    }

    /** A server on SQLite, or on a fresh PostgreSQL schema when the build runs the PostgreSQL pass. */
    public static TestServer start() {
        return start(UnaryOperator.identity());
    }

    /** The same, with settings of its own (short OAuth lifetimes, say). */
    public static TestServer start(UnaryOperator<ServerConfig> configure) {
        return start(configure, Clock.systemUTC());
    }

    /** The same, on a clock of the test's (a {@link TestClock} to let lifetimes run out). */
    public static TestServer start(UnaryOperator<ServerConfig> configure, Clock clock) {
        try {
            Path dataDir = Files.createTempDirectory("stockroom-test");
            String database = TestDatabases.postgresRequested() ? TestDatabases.newSchema() : null;
            return new TestServer(dataDir, database, true, configure, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server on a fresh PostgreSQL schema, whatever pass the build runs. */
    public static TestServer startOnPostgres() {
        try {
            return new TestServer(
                    Files.createTempDirectory("stockroom-test"), TestDatabases.newSchema(), true, UnaryOperator.identity(),
                    Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another node serving the same PostgreSQL database, on its own port; this server keeps owning the database. */
    public TestServer anotherNode() {
        if (database == null) throw new IllegalStateException("several nodes need PostgreSQL");
        try {
            return new TestServer(Files.createTempDirectory("stockroom-test"), database, false, UnaryOperator.identity(),
                    Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A second handle on this server's database, for tests that need more rows than HTTP creates quickly. The caller
     * closes it.
     */
    public Database openDatabase() {
        return database == null ? Database.openSqlite(dataDir, 1) : Database.openPostgres(PostgresUrl.parse(database), 2);
    }

    /** The JDBC URL of this server's PostgreSQL schema, or null on SQLite. */
    public String database() {
        return database;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A new company with one location and a location token holding every products scope. */
    public Tenant newTenant() {
        String companyId = application.tenants().createCompany("Company").id();
        return newLocation(companyId);
    }

    /** A new location of an existing company, with a location token holding every scope. */
    public Tenant newLocation(String companyId) {
        String locationId = application.tenants().createLocation(companyId, "Location").id();
        String token = application.tokens().issueForLocation(locationId, EnumSet.allOf(Scope.class));
        return new Tenant(this, companyId, locationId, token);
    }

    public String locationToken(String locationId, Set<Scope> scopes) {
        return application.tokens().issueForLocation(locationId, scopes);
    }

    public String agencyToken(String companyId, Set<Scope> scopes) {
        return application.tokens().issueForCompany(companyId, scopes);
    }

    /** The arguments that point a command at this server's database: {@code --data DIR}, or {@code --db URL}. */
    public List<String> storageArguments() {
        return database == null ? List.of("--data", dataDir.toString()) : List.of("--db", database);
    }

    @Override
    public void close() {
        application.close();
        deleteRecursively(dataDir);
        if (database != null && ownsDatabase) TestDatabases.dropSchema(database);
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
