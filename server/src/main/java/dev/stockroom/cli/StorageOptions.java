package dev.stockroom.cli;

import dev.stockroom.config.Application;
import dev.stockroom.config.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** Where the data is: {@code --data} (SQLite) or {@code --db} (PostgreSQL); shared by every command that uses it. */
final class StorageOptions {
    @Option(
            names = "--data",
            defaultValue = "${env:STOCKROOM_DATA:-./data}",
            description = "Data folder: the SQLite database and credentials.json (env STOCKROOM_DATA, default"
                    + " ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--db",
            defaultValue = "${env:STOCKROOM_DB}",
            description = "PostgreSQL instead of SQLite: postgresql://user:pass@host:5432/name or a jdbc:postgresql:"
                    + " URL (env STOCKROOM_DB).")
    String database;

    @Option(
            names = "--db-pool-size",
            defaultValue = "${env:STOCKROOM_DB_POOL_SIZE:-10}",
            description = "Pooled database connections (PostgreSQL), or SQLite read connections (env"
                    + " STOCKROOM_DB_POOL_SIZE, default ${DEFAULT-VALUE}).")
    int poolSize;

    ServerConfig applyTo(ServerConfig config) {
        return config.withDataDir(data).withDatabase(database).withPoolSize(poolSize);
    }

    Application open() {
        return Application.open(applyTo(ServerConfig.defaults()), Clock.systemUTC());
    }
}
