package dev.stockroom.config;

import dev.stockroom.oauth.OAuthLifetimes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the server needs to start. Tests build it directly; the CLI builds it from flags and env vars.
 * {@code database} is a PostgreSQL URL, or null for the embedded SQLite database in {@code dataDir}.
 * {@code poolSize} is the PostgreSQL pool, or the SQLite read pool (SQLite always has one write connection).
 * {@code oauth} says how long OAuth access tokens, codes and refresh tokens last.
 */
public record ServerConfig(
        String host,
        int port,
        Path dataDir,
        String database,
        int poolSize,
        Duration shutdownGrace,
        OAuthLifetimes oauth) {
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(oauth, "oauth");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port out of range: " + port);
        if (poolSize < 1) throw new IllegalArgumentException("poolSize must be at least 1");
    }

    /** Loopback, port 8080, SQLite in ./data, 10 pooled connections, HighLevel's token lifetimes. Port 0: any free. */
    public static ServerConfig defaults() {
        return new ServerConfig(
                "127.0.0.1", 8080, Path.of("data"), null, 10, Duration.ofSeconds(10), OAuthLifetimes.defaults());
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(value, port, dataDir, database, poolSize, shutdownGrace, oauth);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, dataDir, database, poolSize, shutdownGrace, oauth);
    }

    public ServerConfig withDataDir(Path value) {
        return new ServerConfig(host, port, value, database, poolSize, shutdownGrace, oauth);
    }

    /** A PostgreSQL URL, or null for SQLite. */
    public ServerConfig withDatabase(String value) {
        return new ServerConfig(host, port, dataDir, value, poolSize, shutdownGrace, oauth);
    }

    public ServerConfig withPoolSize(int value) {
        return new ServerConfig(host, port, dataDir, database, value, shutdownGrace, oauth);
    }

    public ServerConfig withOAuth(OAuthLifetimes value) {
        return new ServerConfig(host, port, dataDir, database, poolSize, shutdownGrace, value);
    }

    /** Never prints the database URL, which may hold a password. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", database="
                + (database == null ? "sqlite" : "postgresql") + ", poolSize=" + poolSize + ", oauth=" + oauth + "]";
    }
}
