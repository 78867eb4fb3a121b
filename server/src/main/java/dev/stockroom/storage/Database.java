package dev.stockroom.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.stockroom.auth.AppLocations;
import dev.stockroom.auth.TokenRepository;
import dev.stockroom.collection.CollectionRepository;
import dev.stockroom.collection.SmartCollectionRepository;
import dev.stockroom.common.Transactions;
import dev.stockroom.oauth.AppRepository;
import dev.stockroom.oauth.GrantRepository;
import dev.stockroom.oauth.InstallRepository;
import dev.stockroom.price.PriceRepository;
import dev.stockroom.product.ProductRepository;
import dev.stockroom.store.StoreRepository;
import dev.stockroom.review.ReviewRepository;
import dev.stockroom.tenant.TenantRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database: migrated on open, with pooled connections and the repositories on top. SQLite gets one write
 * connection (SQLite has one writer at a time; queuing in the pool is cheaper than lock retries) and a pool of
 * connections for reads, which run in parallel under WAL.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource writePool;
    private final HikariDataSource readPool;
    private final JdbiTransactions transactions;
    private final Dialect dialect;

    private Database(HikariDataSource writePool, HikariDataSource readPool, Dialect dialect) {
        this.writePool = writePool;
        this.readPool = readPool;
        this.dialect = dialect;
        this.transactions = new JdbiTransactions(jdbi(readPool, dialect), jdbi(writePool, dialect));
    }

    private final CachedStatements statements = new CachedStatements();

    private Jdbi jdbi(DataSource pool, Dialect dialect) {
        Jdbi jdbi = Jdbi.create(pool);
        if (dialect == Dialect.SQLITE) jdbi.setStatementBuilderFactory(statements);
        return jdbi;
    }

    /** How many SQLite statements were compiled so far, for tests. */
    long compiledStatements() {
        return statements.compiled();
    }

    /**
     * Opens PostgreSQL, migrating it first. Flyway takes a lock in the database while it migrates, so several nodes
     * may start at once. Reads and writes share one pool: PostgreSQL has no single-writer rule.
     */
    public static Database openPostgres(PostgresUrl url, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("stockroom-postgresql");
        config.setJdbcUrl(url.jdbcUrl());
        if (url.user() != null) config.setUsername(url.user());
        if (url.password() != null) config.setPassword(url.password());
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setConnectionTimeout(30_000);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            migrate(pool, "classpath:db/migration/postgresql", Dialect.POSTGRESQL);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, pool, Dialect.POSTGRESQL);
    }

    /** Opens the SQLite database {@code stockroom.db} in {@code dataDir}, creating and migrating it as needed. */
    public static Database openSqlite(Path dataDir, int readPoolSize) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data folder " + dataDir + ": " + e.getMessage(), e);
        }
        String url = "jdbc:sqlite:" + dataDir.resolve("stockroom.db").toAbsolutePath();

        SQLiteConfig writeConfig = baseSqliteConfig();
        writeConfig.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: the WAL is synced at every commit, so an acknowledged write survives power loss, not only kill -9.
        writeConfig.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        writeConfig.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        migrate(sqliteDataSource(url, writeConfig), "classpath:db/migration/sqlite", Dialect.SQLITE);

        SQLiteConfig readConfig = baseSqliteConfig();
        HikariDataSource writePool = pool("stockroom-write", sqliteDataSource(url, writeConfig), 1);
        HikariDataSource readPool = pool("stockroom-read", sqliteDataSource(url, readConfig), readPoolSize);
        return new Database(writePool, readPool, Dialect.SQLITE);
    }

    private static SQLiteConfig baseSqliteConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000); // other processes (the CLI) may hold the write lock briefly
        return config;
    }

    private static SQLiteDataSource sqliteDataSource(String url, SQLiteConfig config) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }

    private static void migrate(DataSource dataSource, String location, Dialect dialect) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(location)
                .javaMigrations(new DeriveRuleColumns(dialect))
                .load()
                .migrate();
    }

    private static HikariDataSource pool(String name, DataSource dataSource, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setConnectionTimeout(30_000);
        config.setMaxLifetime(0); // a local file needs no recycling, which would drop cached statements
        return new HikariDataSource(config);
    }

    public Transactions transactions() {
        return transactions;
    }

    public ProductRepository products() {
        return new JdbiProductRepository(transactions, dialect);
    }

    public PriceRepository prices() {
        return new JdbiPriceRepository(transactions, dialect);
    }

    public CollectionRepository collections() {
        return new JdbiCollectionRepository(transactions, dialect);
    }

    public SmartCollectionRepository smartCollections() {
        return new JdbiSmartCollectionRepository(transactions, dialect);
    }

    public StoreRepository stores() {
        return new JdbiStoreRepository(transactions, dialect);
    }

    public ReviewRepository reviews() {
        return new JdbiReviewRepository(transactions, dialect);
    }

    public TenantRepository tenants() {
        return new JdbiTenantRepository(transactions, dialect);
    }

    public TokenRepository tokens() {
        return new JdbiTokenRepository(transactions);
    }

    public AppRepository apps() {
        return new JdbiAppRepository(transactions);
    }

    public InstallRepository installs() {
        return new JdbiInstallRepository(transactions);
    }

    /** Which locations an app's agency token reaches: the installs, read for {@code AccessPolicy}. */
    public AppLocations appLocations() {
        return new JdbiInstallRepository(transactions);
    }

    public GrantRepository grants() {
        return new JdbiGrantRepository(transactions);
    }

    /** Export and import of the whole installation. */
    public Transfer transfer() {
        return new Transfer(transactions, dialect);
    }

    /** Whether the database answers a trivial query. */
    public boolean isHealthy() {
        try {
            return transactions.read(() -> transactions.handle().createQuery("SELECT 1").mapTo(Integer.class).one() == 1);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        readPool.close();
        if (writePool != readPool) writePool.close();
    }
}
