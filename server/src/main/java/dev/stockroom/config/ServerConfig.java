package dev.stockroom.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Everything the server needs to start. Tests build it directly; the CLI builds it from flags and env vars. */
public record ServerConfig(String host, int port, Path dataDir, int readPoolSize, Duration shutdownGrace) {
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port out of range: " + port);
        if (readPoolSize < 1) throw new IllegalArgumentException("readPoolSize must be at least 1");
    }

    /** Loopback, port 8080, data in ./data. Port 0 picks a free port. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, Path.of("data"), 8, Duration.ofSeconds(10));
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(value, port, dataDir, readPoolSize, shutdownGrace);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, dataDir, readPoolSize, shutdownGrace);
    }

    public ServerConfig withDataDir(Path value) {
        return new ServerConfig(host, port, value, readPoolSize, shutdownGrace);
    }
}
