package dev.stockroom.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code stockroom.jar serve} in a child process on a free loopback port, its standard error kept in a file. */
final class BenchServer implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private final Process process;
    private final Path dataDir;
    private final String jdbcUrl;
    private final String baseUrl;

    private BenchServer(Process process, Path dataDir, String jdbcUrl, String baseUrl) {
        this.process = process;
        this.dataDir = dataDir;
        this.jdbcUrl = jdbcUrl;
        this.baseUrl = baseUrl;
    }

    /** On SQLite in {@code workDir}/data, or on the PostgreSQL schema {@code postgresUrl} names when not null. */
    static BenchServer start(Path jar, Path workDir, String postgresUrl) throws Exception {
        Path dataDir = workDir.resolve("data");
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(
                "java", "-jar", jar.toString(), "serve", "--port", "0", "--data", dataDir.toString()));
        if (postgresUrl != null) command.addAll(List.of("--db", postgresUrl));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
                    PrintWriter log = new PrintWriter(Files.newBufferedWriter(workDir.resolve("server-stderr.log")))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) url.complete(listening.group(1));
                    log.println(line);
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IllegalStateException("the server stopped before listening"));
        }, "server-stderr");
        drain.setDaemon(true);
        drain.start();
        String baseUrl = url.get(120, TimeUnit.SECONDS);
        String jdbc = postgresUrl != null ? postgresUrl : "jdbc:sqlite:" + dataDir.resolve("stockroom.db");
        return new BenchServer(process, dataDir, jdbc, baseUrl);
    }

    Path dataDir() {
        return dataDir;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The server's CPU time (user and system) so far. */
    long cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElseThrow();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
