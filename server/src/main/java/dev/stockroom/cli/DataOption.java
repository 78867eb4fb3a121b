package dev.stockroom.cli;

import dev.stockroom.config.Application;
import dev.stockroom.config.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/** The {@code --data} folder, shared by every command that touches the database. */
final class DataOption {
    @Option(
            names = "--data",
            defaultValue = "${env:STOCKROOM_DATA:-./data}",
            description = "Data folder holding the SQLite database (env STOCKROOM_DATA, default ${DEFAULT-VALUE}).")
    Path data;

    Application open() {
        return Application.open(ServerConfig.defaults().withDataDir(data), Clock.systemUTC());
    }
}
