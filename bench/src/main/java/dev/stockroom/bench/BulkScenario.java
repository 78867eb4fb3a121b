package dev.stockroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bulk scenario: one price for every seeded product (through {@code POST /products/{id}/price}), then each kind
 * of {@code POST /products/bulk-update} over all of them, one request each, timed from sending to the whole answer,
 * with the server's CPU over the same span (from {@code /proc/PID/stat}). The delete comes last: it empties the
 * location, so run this after every other scenario.
 *
 * <p>Usage: {@code BulkScenario BASE_URL CREDENTIALS_JSON IDS_FILE SERVER_PID CLOCK_TICKS_PER_SECOND}. Prints one
 * {@code BULK name|status|wall ms|server CPU ms} line per operation and a {@code PRICES} line for the price seeding.
 */
public final class BulkScenario {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String base;
    private final String token;
    private final String location;
    private final long serverPid;
    private final int ticksPerSecond;

    private BulkScenario(String base, String token, String location, long serverPid, int ticksPerSecond) {
        this.base = base;
        this.token = token;
        this.location = location;
        this.serverPid = serverPid;
        this.ticksPerSecond = ticksPerSecond;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: BulkScenario BASE_URL CREDENTIALS_JSON IDS_FILE SERVER_PID CLOCK_TICKS_PER_SECOND");
            System.exit(2);
        }
        JsonNode credentials = JSON.readTree(Path.of(args[1]).toFile());
        BulkScenario scenario = new BulkScenario(args[0].replaceAll("/+$", ""), credentials.get("token").asText(),
                credentials.get("locationId").asText(), Long.parseLong(args[3]), Integer.parseInt(args[4]));
        List<String> ids = Files.readAllLines(Path.of(args[2])).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", 2)[0])
                .toList();
        scenario.run(ids);
    }

    private void run(List<String> ids) throws Exception {
        seedPrices(ids, 4);
        String collection = JSON.readTree(send("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Bulk benchmark"}""".formatted(location), 201))
                .path("data").path("_id").asText();
        String all = "\"productIds\": [], \"selectAll\": true";
        timed("price +12.5% (selectAll)", all + """
                , "type": "bulk-update-price", "price": {"type": "INCREASE_BY_PERCENTAGE", "value": 12.5}""");
        timed("price and compareAtPrice, roundToWhole (selectAll)", all + """
                , "type": "bulk-update-price", "price": {"type": "REDUCE_BY_AMOUNT", "value": 0.5, "roundToWhole": true},
                "compareAtPrice": {"type": "SET_NEW_PRICE", "value": 99.99}""");
        timed("currency (selectAll)", all + ", \"type\": \"bulk-update-currency\", \"currency\": \"EUR\"");
        timed("availability (filters: availableInStore)", """
                "productIds": [], "filters": {"availableInStore": true}, "type": "bulk-update-availability",
                "availability": false""");
        timed("add to a collection (selectAll)", all + """
                , "type": "bulk-update-product-collection", "collectionIds": ["%s"]""".formatted(collection));
        timed("delete (all " + ids.size() + " productIds named)", """
                "productIds": ["%s"], "type": "bulk-delete-products\"""".formatted(String.join("\", \"", ids)));
    }

    /** One price of 10 to 99.99 USD (with a compare-at price on every other one) per product. */
    private void seedPrices(List<String> ids, int concurrency) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                    String amount = (10 + i % 90) + "." + String.format("%02d", i % 100);
                    send("/products/" + ids.get(i) + "/price", """
                            {"name": "Standard", "type": "one_time", "currency": "USD", "amount": %s, %s
                             "locationId": "%s"}""".formatted(amount, i % 2 == 0 ? "\"compareAtPrice\": 120," : "",
                            location), 201);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) worker.get();
        pool.shutdown();
        System.out.printf("PRICES seeded %d prices in %.1f s (%d connections)%n", ids.size(),
                (System.nanoTime() - started) / 1e9, concurrency);
    }

    private void timed(String name, String fields) throws IOException, InterruptedException {
        String body = "{\"altId\": \"" + location + "\", \"altType\": \"location\", " + fields + "}";
        long cpuBefore = serverCpuTicks();
        long started = System.nanoTime();
        HttpResponse<String> response = post("/products/bulk-update", body);
        long wallMs = (System.nanoTime() - started) / 1_000_000;
        long cpuMs = (serverCpuTicks() - cpuBefore) * 1000 / ticksPerSecond;
        if (response.statusCode() != 201) {
            System.err.println(name + " answered " + response.statusCode() + ": " + response.body());
        }
        System.out.printf("BULK %s|%d|%d|%d%n", name, response.statusCode(), wallMs, cpuMs);
    }

    private long serverCpuTicks() throws IOException {
        // Fields 14 and 15 of /proc/PID/stat, user and system time; the name (field 2) may hold spaces.
        String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private String send(String path, String body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Version", "2021-07-28")
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
