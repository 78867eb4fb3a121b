package dev.stockroom.cli;

import dev.stockroom.config.Application;
import dev.stockroom.config.ServerConfig;
import dev.stockroom.oauth.OAuthLifetimes;
import java.time.Duration;
import picocli.CommandLine;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the HTTP server.")
final class ServeCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--host", defaultValue = "${env:STOCKROOM_HOST:-127.0.0.1}",
            description = "Address to bind (env STOCKROOM_HOST, default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "${env:STOCKROOM_PORT:-8080}",
            description = "Port to listen on, 0 for any free port (env STOCKROOM_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--access-token-lifetime", defaultValue = "${env:STOCKROOM_ACCESS_TOKEN_LIFETIME:-86399}",
            description = "Seconds an OAuth access token lasts (env STOCKROOM_ACCESS_TOKEN_LIFETIME, default"
                    + " ${DEFAULT-VALUE}, as HighLevel's).")
    long accessTokenLifetime;

    @Option(names = "--code-lifetime", defaultValue = "${env:STOCKROOM_CODE_LIFETIME:-600}",
            description = "Seconds an OAuth authorization code lasts (env STOCKROOM_CODE_LIFETIME, default"
                    + " ${DEFAULT-VALUE}).")
    long codeLifetime;

    @Option(names = "--refresh-token-lifetime", defaultValue = "${env:STOCKROOM_REFRESH_TOKEN_LIFETIME:-31536000}",
            description = "Seconds an unused OAuth refresh token lasts (env STOCKROOM_REFRESH_TOKEN_LIFETIME, default"
                    + " ${DEFAULT-VALUE}: a year).")
    long refreshTokenLifetime;

    @Mixin StorageOptions data;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        ServerConfig config = data.applyTo(ServerConfig.defaults().withHost(host).withPort(port).withOAuth(lifetimes()));
        Application app = Application.open(config, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping: finishing in-flight requests");
            app.close();
            // Flush the asynchronous access log before the JVM goes.
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) logging.stop();
            stopped.countDown();
        }, "stockroom-shutdown"));
        Path credentialsFile = config.dataDir().resolve("credentials.json");
        app.bootstrapIfEmpty(credentials -> writeCredentials(credentials, credentialsFile)).ifPresent(credentials -> {
            PrintWriter out = spec.commandLine().getOut();
            out.println("First start: created a company, a location and a token (saved in " + credentialsFile + ")");
            out.println("  companyId:  " + credentials.companyId());
            out.println("  locationId: " + credentials.locationId());
            out.println("  token:      " + credentials.token());
        });
        int boundPort = app.start();
        LOG.info("Stockroom listening on http://{}:{}", host.contains(":") ? "[" + host + "]" : host, boundPort);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private OAuthLifetimes lifetimes() {
        for (long seconds : new long[] {accessTokenLifetime, codeLifetime, refreshTokenLifetime}) {
            if (seconds < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "token and code lifetimes are at least 1"
                        + " second");
            }
        }
        return new OAuthLifetimes(Duration.ofSeconds(accessTokenLifetime), Duration.ofSeconds(codeLifetime),
                Duration.ofSeconds(refreshTokenLifetime));
    }

    /**
     * {"companyId":..,"locationId":..,"token":..}, readable by the owner only. Written to a temporary file, synced,
     * then moved into place: it runs inside the bootstrap transaction, so a crash leaves either no company and no
     * file, or both (the token is shown only here).
     */
    private static void writeCredentials(Application.Credentials credentials, Path file) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temporary);
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(new ObjectMapper().writeValueAsBytes(credentials)));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel folder = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
                folder.force(true); // the rename itself is durable only once the folder is synced
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
