package dev.stockroom.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real program in a child JVM: {@code stockroom serve --port 0 --data DIR}, started from the test's own class
 * path, so that tests can stop it with SIGTERM or kill it with SIGKILL. Closing kills it if it still runs.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Stockroom listening on (http://\\S+?):(\\d+)\\s*$");
    /** A JVM start, the migration and Jetty, on a slow two-core machine. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path dataDir;
    private final Output stdout;
    private final Output stderr;
    private final CompletableFuture<String> baseUrl = new CompletableFuture<>();

    private ServerProcess(Path dataDir, ProcessBuilder command) throws IOException {
        this.dataDir = dataDir;
        this.process = command.start();
        this.stdout = new Output(process.getInputStream(), "stdout", null);
        this.stderr = new Output(process.getErrorStream(), "stderr", line -> {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) baseUrl.complete(matcher.group(1) + ":" + matcher.group(2));
        });
        process.onExit().thenRun(() -> {
            // Let the readers drain what the process wrote before it died, then report it.
            stderr.awaitEnd();
            baseUrl.completeExceptionally(new IllegalStateException(
                    "the server exited with " + process.exitValue() + " before listening; stderr:\n" + stderr.text()));
        });
    }

    /** Starts the server on a data folder and any free port, and waits until it listens. */
    public static ServerProcess start(Path dataDir) {
        return start(dataDir, java("serve", "--port", "0", "--data", dataDir.toString()));
    }

    /** Starts {@code command} (see {@link #java}), which serves from {@code dataDir}, and waits until it listens. */
    public static ServerProcess start(Path dataDir, ProcessBuilder command) {
        ServerProcess server;
        try {
            server = new ServerProcess(dataDir, command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            server.baseUrl.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return server;
        } catch (ExecutionException e) {
            server.close();
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            server.close();
            throw new IllegalStateException("the server did not listen within " + START_TIMEOUT + "; stderr:\n" + server.stderr.text());
        } catch (InterruptedException e) {
            server.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code java -cp <this test's class path> dev.stockroom.cli.Main args...}, tuned to start fast. */
    public static ProcessBuilder java(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx256m",
                // The server's own logging (its "listening" line included), not the tests' quieter logback-test.xml.
                "-Dlogback.configurationFile=logback.xml",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.stockroom.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // The flags must decide, not the environment of whoever runs the tests.
        builder.environment().keySet().removeIf(name -> name.startsWith("STOCKROOM_"));
        return builder;
    }

    public String baseUrl() {
        return baseUrl.join();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Process process() {
        return process;
    }

    /** What the server wrote to standard output so far. */
    public String stdout() {
        return stdout.text();
    }

    /** What the server wrote to standard error (its log) so far. */
    public String stderr() {
        return stderr.text();
    }

    /** What the first start saved in {@code credentials.json}. */
    public Credentials credentials() {
        return Credentials.read(dataDir);
    }

    public Api api() {
        return new Api(baseUrl(), credentials().token());
    }

    /** SIGKILL: the process dies at once, in the middle of whatever it was doing. */
    public void kill() {
        // Through the handle: Process.destroy* would also close our ends of its pipes and lose its last words.
        process.toHandle().destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, then waits for the process to exit; returns its exit code. */
    public int stop(Duration timeout) {
        process.toHandle().destroy();
        return awaitExit(timeout);
    }

    private int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the server did not exit within " + timeout + "; stderr:\n" + stderr.text());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        stdout.awaitEnd();
        stderr.awaitEnd();
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {"companyId":..,"locationId":..,"token":..}, as {@code serve} writes it on first start. */
    public record Credentials(String companyId, String locationId, String token) {
        public static Credentials read(Path dataDir) {
            try {
                return new ObjectMapper().readValue(dataDir.resolve("credentials.json").toFile(), Credentials.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a stream of the child line by line on a daemon thread, so that the child never blocks on a full pipe. */
    private static final class Output {
        private final StringBuilder text = new StringBuilder();
        private final Thread reader;

        Output(InputStream in, String name, java.util.function.Consumer<String> onLine) {
            reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        synchronized (text) {
                            text.append(line).append('\n');
                        }
                        if (onLine != null) onLine.accept(line);
                    }
                } catch (IOException e) {
                    // the process is gone
                }
            }, "server-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        String text() {
            synchronized (text) {
                return text.toString();
            }
        }

        void awaitEnd() {
            try {
                reader.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
