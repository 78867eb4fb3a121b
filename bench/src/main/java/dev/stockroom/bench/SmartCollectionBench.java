package dev.stockroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The smart collection benchmark, on one backend. Starts the server, seeds a catalog (see {@link CatalogSeeder}), then:
 * at {@code SMALL} products and at {@code LARGE} products, times the update of a product and of a price with 0, 10 and
 * 100 smart collections in the location (p50/p99 over a closed loop of {@code CLIENTS} connections); at {@code LARGE}
 * products it also times creating smart collections and giving one new rules, each over the whole catalog. The server
 * is first warmed with {@value #WARMUP} updates of each kind, and each row with 500 more. Writes a
 * Markdown section to standard output; progress to standard error.
 *
 * <p>Usage: {@code SmartCollectionBench SERVER_JAR WORK_DIR SMALL LARGE REQUESTS CLIENTS [JDBC_URL_OF_A_POSTGRES_SCHEMA]}.
 */
public final class SmartCollectionBench {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARMUP = 5000;
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final BenchServer server;
    private final String token;
    private final String location;
    private final int requests;
    private final int clients;
    private final List<String> collections = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();

    private SmartCollectionBench(BenchServer server, int requests, int clients) throws IOException {
        this.server = server;
        JsonNode credentials = JSON.readTree(server.dataDir().resolve("credentials.json").toFile());
        this.token = credentials.get("token").asText();
        this.location = credentials.get("locationId").asText();
        this.requests = requests;
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6 || args.length > 7) {
            System.err.println("usage: SmartCollectionBench SERVER_JAR WORK_DIR SMALL LARGE REQUESTS CLIENTS [JDBC_URL]");
            System.exit(2);
        }
        String postgres = args.length == 7 ? args[6] : null;
        try (BenchServer server = BenchServer.start(Path.of(args[0]), Path.of(args[1]), postgres)) {
            SmartCollectionBench bench = new SmartCollectionBench(server, Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            bench.run(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            System.out.print(bench.report);
        }
    }

    private void run(int small, int large) throws Exception {
        String product = created(post("/products/", """
                {"name": "Template 0", "locationId": "%s", "productType": "PHYSICAL"}""".formatted(location)), "_id");
        String price = created(post("/products/" + product + "/price", """
                {"name": "Standard", "type": "one_time", "currency": "USD", "amount": 10, "trackInventory": false,
                 "locationId": "%s"}""".formatted(location)), "_id");
        CatalogSeeder seeder = new CatalogSeeder(server.jdbcUrl(), product, price);
        String backend = server.jdbcUrl().startsWith("jdbc:sqlite") ? "SQLite" : "PostgreSQL";

        report.append("## ").append(backend).append("\n\n");
        report.append("| products | smart collections | request | requests | p50 | p99 | mean | server CPU/request |\n");
        report.append("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        List<String> timings = new ArrayList<>();
        for (int size : new int[] {small, large}) {
            long started = System.nanoTime();
            seeder.growTo(size);
            log("%s: %d products seeded in %.1f s", backend, size, (System.nanoTime() - started) / 1e9);
            deleteCollections();
            List<String> ids = seeder.productIds();
            if (size == small) {
                // The server's JIT needs thousands of requests on a shared core before its figures settle.
                loop(WARMUP, ids.size(), i -> updateProduct(ids.get(i), i));
                loop(WARMUP, ids.size(), i -> updatePrice(ids.get(i), i));
            }
            for (int target : new int[] {0, 10, 100}) {
                while (collections.size() < target) {
                    long t0 = System.nanoTime();
                    createCollection(collections.size());
                    if (size == large && collections.size() <= 5) {
                        timings.add("create smart collection " + collections.size() + " ("
                                + describe(collections.size() - 1) + "): " + millis(t0) + " ms");
                    }
                }
                updates(size, target, "PUT /products/{id}", ids.size(), i -> updateProduct(ids.get(i), i));
                updates(size, target, "PUT /products/{id}/price/{priceId}", ids.size(), i -> updatePrice(ids.get(i), i));
            }
            if (size == large) {
                for (int round = 0; round < 3; round++) {
                    long t0 = System.nanoTime();
                    put("/products/collections/" + collections.get(0), """
                            {"altId": "%s", "altType": "location", "rules": %s}"""
                            .formatted(location, rules(collections.size() + round)));
                    timings.add("new rules for smart collection 1 (" + describe(collections.size() + round) + "): "
                            + millis(t0) + " ms");
                }
            }
        }
        report.append("\nEach smart collection over ").append(large).append(" products, one request, from sending it to")
                .append(" reading the whole answer (the members are committed by then):\n\n");
        timings.forEach(line -> report.append("- ").append(line).append('\n'));
        report.append('\n');
    }

    /** Rule sets that differ from one collection to the next: a material word, a price band, a suffix, or stock. */
    static String[] conditionsOf(int n) {
        String material = Seeder.MATERIALS[n % Seeder.MATERIALS.length];
        return switch (n % 4) {
            case 0 -> new String[] {"AND", "title contains \"" + material + "\"", "price greater_than " + (n % 90)};
            case 1 -> new String[] {"OR", "title ends_with \" " + n + "\"", "price equals " + (n % 100) + ".99"};
            case 2 -> new String[] {"AND", "inventory less_than " + (n % 20), "variantTitle equals \"standard\""};
            default -> new String[] {"AND", "title starts_with \""
                    + Seeder.ADJECTIVES[n % Seeder.ADJECTIVES.length].toLowerCase(Locale.ROOT) + " " + material + "\""};
        };
    }

    /** Collection n's rules as a body's {@code rules}: {@code field operator value} becomes a condition object. */
    static String rules(int n) {
        String[] logicAndConditions = conditionsOf(n);
        List<String> json = new ArrayList<>();
        for (String condition : Arrays.copyOfRange(logicAndConditions, 1, logicAndConditions.length)) {
            String[] parts = condition.split(" ", 3);
            json.add("{\"field\": \"%s\", \"operator\": \"%s\", \"value\": %s}".formatted(parts[0], parts[1], parts[2]));
        }
        return "{\"logic\": \"" + logicAndConditions[0] + "\", \"conditions\": [" + String.join(", ", json) + "]}";
    }

    /** Collection n's rules for the report: {@code AND: title contains "oak", price greater_than 0}. */
    private static String describe(int n) {
        String[] logicAndConditions = conditionsOf(n);
        return logicAndConditions[0] + ": "
                + String.join(", ", Arrays.copyOfRange(logicAndConditions, 1, logicAndConditions.length));
    }

    private void createCollection(int n) throws IOException, InterruptedException {
        collections.add(created(post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Smart %d", "type": "smart", "rules": %s}"""
                .formatted(location, n, rules(n))), "data", "_id"));
    }

    private void deleteCollections() throws IOException, InterruptedException {
        for (String id : collections) {
            send("DELETE", "/products/collections/" + id + "?altId=" + location + "&altType=location", null, 200);
        }
        collections.clear();
    }

    /** Product i + 1 (the seeded ones start at 1) keeps its name; the description changes. */
    private void updateProduct(String productId, int i) throws IOException, InterruptedException {
        put("/products/" + productId, """
                {"name": "%s", "locationId": "%s", "productType": "PHYSICAL", "description": "Edit %d"}"""
                .formatted(Seeder.name(i + 1), location, i));
    }

    private void updatePrice(String productId, int i) throws IOException, InterruptedException {
        String priceId = productId.substring(0, 8) + "bea7bea7be" + productId.substring(18);
        put("/products/" + productId + "/price/" + priceId, """
                {"name": "Standard", "type": "one_time", "currency": "USD", "amount": %s, "locationId": "%s"}"""
                .formatted(CatalogSeeder.amount(i + 7), location));
    }

    interface Request {
        void send(int i) throws IOException, InterruptedException;
    }

    /** A closed loop: {@code clients} connections, each sending its next request when its answer is in. */
    private void updates(int size, int smart, String label, int products, Request request) throws Exception {
        loop(Math.min(requests, 500), products, request); // warm-up
        long cpuBefore = server.cpuMillis();
        long[] nanos = loop(requests, products, request);
        long cpu = server.cpuMillis() - cpuBefore;
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        report.append(String.format(Locale.ROOT, "| %d | %d | %s | %d | %.2f ms | %.2f ms | %.2f ms | %d µs |%n", size, smart,
                label, nanos.length, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, mean,
                cpu * 1000 / nanos.length));
        log("%d products, %d smart collections, %s: p50 %.2f ms", size, smart, label, nanos[nanos.length / 2] / 1e6);
    }

    private long[] loop(int count, int products, Request request) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        int offset = (int) (System.nanoTime() % products);
        for (int w = 0; w < clients; w++) {
            workers.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    request.send(Math.floorMod(offset + n * 7919, products));
                    nanos[n] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) worker.get();
        pool.shutdown();
        return nanos;
    }

    private static String created(String body, String... path) throws IOException {
        JsonNode node = JSON.readTree(body);
        for (String step : path) node = node.path(step);
        return node.asText();
    }

    private String post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body, 201);
    }

    private void put(String path, String body) throws IOException, InterruptedException {
        send("PUT", path, body, 200);
    }

    private String send(String method, String path, String body, int expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Version", "2021-07-28")
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    static void log(String format, Object... args) {
        System.err.printf("[smart-bench] " + format + "%n", args);
    }

}
