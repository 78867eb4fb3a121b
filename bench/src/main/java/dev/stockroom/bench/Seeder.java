package dev.stockroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Seeds a location through the public API: {@code POST /products/} for each product, so every row went through the
 * same validation, slug choice and storage as a client's would. Names are built from small word lists, so that a
 * search for one word (a material, say) matches a known share of the products; see {@link #MATERIALS}.
 *
 * <p>Usage: {@code Seeder BASE_URL CREDENTIALS_JSON COUNT CONCURRENCY IDS_OUT}. Writes one "id TAB name" line per
 * created product, for the wrk scripts.
 */
public final class Seeder {
    static final String[] ADJECTIVES = {
        "Blue", "Red", "Green", "Black", "White", "Small", "Large", "Classic", "Modern", "Rustic", "Vintage", "Compact"
    };
    /** Nine materials: a search for one matches about one product in nine (about 1,111 of 10,000). */
    static final String[] MATERIALS = {"oak", "steel", "linen", "cotton", "walnut", "copper", "wool", "glass", "bamboo"};

    static final String[] NOUNS = {"chair", "lamp", "table", "shelf", "mug", "blanket", "vase", "stool", "basket", "clock"};

    private Seeder() {}

    static String name(int i) {
        return ADJECTIVES[i % ADJECTIVES.length] + " " + MATERIALS[i % MATERIALS.length] + " "
                + NOUNS[(i / MATERIALS.length) % NOUNS.length] + " " + i;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: Seeder BASE_URL CREDENTIALS_JSON COUNT CONCURRENCY IDS_OUT");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        ObjectMapper json = new ObjectMapper();
        JsonNode credentials = json.readTree(Path.of(args[1]).toFile());
        String token = credentials.get("token").asText();
        String locationId = credentials.get("locationId").asText();
        int count = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        Path idsOut = Path.of(args[4]);

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String[] ids = new String[count];
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    ids[i] = create(client, json, base, token, locationId, i);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) worker.get();
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;

        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) lines.add(ids[i] + "\t" + name(i));
        Files.write(idsOut, lines);
        System.out.printf("seeded %d products in %.1f s (%.0f/s, %d connections)%n", count, seconds, count / seconds,
                concurrency);
    }

    private static String create(HttpClient client, ObjectMapper json, String base, String token, String locationId,
            int i) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode()
                .put("name", name(i))
                .put("locationId", locationId)
                .put("productType", "PHYSICAL")
                .put("description", "Seeded product number " + i + " for the Stockroom benchmark.");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/products/"))
                .header("Authorization", "Bearer " + token)
                .header("Version", "2021-07-28")
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /products/ answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body()).get("_id").asText();
    }
}
