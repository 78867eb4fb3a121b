package dev.stockroom.storage;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockroom.testing.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Client threads that stream product writes (creates, updates, deletes) at one location of a server and keep a
 * ledger of what the server acknowledged. A write that got no answer stays "in doubt": {@link #verify} accepts it
 * present or absent, then records what the server actually kept. Each thread owns its products, so the expected
 * state of every product is known exactly. The ledger outlives the server: one load can be run against a server,
 * the server killed and restarted, and the load run again.
 */
final class WriteLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String locationId;
    private final List<Writer> writers = new ArrayList<>();
    private final AtomicLong names = new AtomicLong();

    WriteLoad(String locationId, int threads, long seed) {
        this.locationId = locationId;
        for (int i = 0; i < threads; i++) writers.add(new Writer(i, new Random(seed + i)));
    }

    /** Starts one thread per writer; each counts {@code acks} down once per acknowledged write. */
    Run start(String baseUrl, String token, CountDownLatch acks) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (Writer writer : writers) {
            writer.ending = null;
            Thread thread = new Thread(() -> writer.run(http, baseUrl, token, acks, stop), "writer-" + writer.index);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        return new Run(threads, stop);
    }

    /** Running writer threads. */
    final class Run {
        private final List<Thread> threads;
        private final AtomicBoolean stop;

        private Run(List<Thread> threads, AtomicBoolean stop) {
            this.threads = threads;
            this.stop = stop;
        }

        /** Asks the threads to stop after their current write and waits for them; returns how each one ended. */
        List<Ending> stop(Duration timeout) throws InterruptedException {
            stop.set(true);
            return await(timeout);
        }

        /** Waits for every thread to end by itself (the server went away); returns how each one ended. */
        List<Ending> await(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (Thread thread : threads) {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (thread.isAlive()) throw new AssertionError(thread.getName() + " still runs after " + timeout);
            }
            return writers.stream().map(writer -> writer.ending).toList();
        }
    }

    /** How a writer thread ended; {@code status} is the HTTP status of a {@link Kind#STATUS} ending. */
    record Ending(Kind kind, int status, String detail) {
        enum Kind {
            /** Told to stop, between writes. */
            STOPPED,
            /** The connection was refused: the last write never reached the server. */
            REFUSED,
            /** The connection broke before an answer came: the last write is in doubt. */
            BROKEN,
            /** An answer other than the expected 2xx: the last write must not have been applied. */
            STATUS
        }

        static Ending of(Kind kind, String detail) {
            return new Ending(kind, 0, detail);
        }

        @Override
        public String toString() {
            return kind + (status == 0 ? "" : " " + status) + (detail == null ? "" : ": " + detail);
        }
    }

    /**
     * Checks the server against the ledger: every product acknowledged since the last check reads back by id exactly
     * as acknowledged, every acknowledged delete is gone, and the location's list holds exactly the live products of
     * the ledger, each as last acknowledged. Writes in doubt are first resolved to whatever the server kept. Returns
     * the number of live products.
     */
    int verify(String baseUrl, String token) {
        Reader api = new Reader(baseUrl, token);
        Map<String, String> live = new LinkedHashMap<>();
        for (Writer writer : writers) {
            resolvePending(api, writer);
            assertNotApplied(api, writer);
            for (String id : writer.touched) {
                ApiResponse read = api.get(productPath(id));
                if (writer.deleted.contains(id)) {
                    assertNotFound(read, "acknowledged delete of " + id);
                } else {
                    assertThat(read.status()).as("acknowledged product %s: %s", id, read).isEqualTo(200);
                    assertThatJson(read.body()).as("acknowledged product %s", id).isEqualTo(writer.live.get(id));
                }
            }
            writer.touched.clear();
            live.putAll(writer.live);
        }
        Map<String, JsonNode> listed = listAll(api);
        assertThat(listed.keySet()).as("products in the location").containsExactlyInAnyOrderElementsOf(live.keySet());
        live.forEach((id, body) -> assertThatJson(listed.get(id)).as("listed product %s", id).isEqualTo(body));
        return live.size();
    }

    private Map<String, JsonNode> listAll(Reader api) {
        Map<String, JsonNode> products = new LinkedHashMap<>();
        for (int offset = 0; ; offset += 1000) {
            ApiResponse page = api.get("/products/?locationId=" + locationId + "&limit=1000&offset=" + offset);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            JsonNode items = page.json().path("products");
            items.forEach(product -> products.put(product.path("_id").asText(), product));
            if (items.size() < 1000) {
                assertThat(page.json().path("total").path(0).path("total").asLong()).as("total").isEqualTo(products.size());
                return products;
            }
        }
    }

    /**
     * For a server that was stopped gracefully: a write that got no answer must not have been applied either, so
     * {@link #verify} asserts that it left no trace instead of accepting it both ways.
     */
    void expectUnansweredWritesNotApplied() {
        for (Writer writer : writers) {
            if (writer.pending != null) {
                writer.rejected = writer.pending;
                writer.pending = null;
            }
        }
    }

    int acknowledged() {
        return writers.stream().mapToInt(writer -> writer.acknowledged).sum();
    }

    private void resolvePending(Reader api, Writer writer) {
        Pending pending = writer.pending;
        writer.pending = null;
        if (pending == null) return;
        switch (pending.kind) {
            case CREATE -> {
                ApiResponse found = api.get("/products/?locationId=" + locationId + "&search=" + pending.name);
                assertThat(found.status()).as(found.toString()).isEqualTo(200);
                JsonNode products = found.json().path("products");
                assertThat(products.size()).as("products named %s", pending.name).isLessThanOrEqualTo(1);
                if (products.size() == 1) {
                    String id = products.get(0).path("_id").asText();
                    ApiResponse read = api.get(productPath(id));
                    assertThat(read.status()).as(read.toString()).isEqualTo(200);
                    assertContent(read, pending);
                    writer.live.put(id, read.body());
                }
            }
            case UPDATE -> {
                ApiResponse read = api.get(productPath(pending.id));
                assertThat(read.status()).as("product %s with an update in doubt: %s", pending.id, read).isEqualTo(200);
                if (read.json().path("name").asText().equals(pending.name)) {
                    assertContent(read, pending);
                    writer.live.put(pending.id, read.body());
                }
            }
            case DELETE -> {
                ApiResponse read = api.get(productPath(pending.id));
                if (read.status() != 200) {
                    assertNotFound(read, "product " + pending.id + " with a delete in doubt");
                    writer.live.remove(pending.id);
                    writer.deleted.add(pending.id);
                }
            }
        }
    }

    private void assertNotApplied(Reader api, Writer writer) {
        Pending rejected = writer.rejected;
        writer.rejected = null;
        if (rejected == null) return;
        switch (rejected.kind) {
            case CREATE -> {
                ApiResponse found = api.get("/products/?locationId=" + locationId + "&search=" + rejected.name);
                assertThat(found.status()).as(found.toString()).isEqualTo(200);
                assertThat(found.json().path("products").size()).as("products named %s, whose create was refused", rejected.name)
                        .isZero();
            }
            // The product must read as last acknowledged, which the checks of live products assert.
            case UPDATE, DELETE -> writer.touched.add(rejected.id);
        }
    }

    /** HighLevel answers an unknown product id with 400 "Product not found". */
    private static void assertNotFound(ApiResponse read, String what) {
        assertThat(read.status()).as("%s: %s", what, read).isEqualTo(400);
        assertThat(read.json().path("message").asText()).as("%s: %s", what, read).isEqualTo("Product not found");
    }

    private static void assertContent(ApiResponse read, Pending pending) {
        assertThat(read.json().path("name").asText()).isEqualTo(pending.name);
        assertThat(read.json().path("description").asText()).isEqualTo(pending.description);
        assertThat(read.json().path("availableInStore").asBoolean()).isEqualTo(pending.availableInStore);
    }

    private String productPath(String id) {
        return "/products/" + id + "?locationId=" + locationId;
    }

    private enum Op { CREATE, UPDATE, DELETE }

    /**
     * Reads without checking responses against HighLevel's OpenAPI: the API tests do that; here only the stored
     * state matters.
     */
    private static final class Reader {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String baseUrl;
        private final String token;

        Reader(String baseUrl, String token) {
            this.baseUrl = baseUrl;
            this.token = token;
        }

        ApiResponse get(String pathAndQuery) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Version", "2021-07-28")
                    .header("Accept", "application/json")
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                return new ApiResponse(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("GET " + pathAndQuery, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The write a thread sent last and got no answer for. */
    private record Pending(Op kind, String id, String name, String description, boolean availableInStore) {}

    /** One thread's products: acknowledged bodies by id, acknowledged deletes, and at most one write in doubt. */
    private final class Writer {
        final int index;
        final Random random;
        final Map<String, String> live = new LinkedHashMap<>();
        final Set<String> deleted = new HashSet<>();
        /** Ids acknowledged since the last {@link #verify}. */
        final Set<String> touched = new HashSet<>();
        volatile Pending pending;
        /** A write the server refused (with an error status, say): it must have left no trace. */
        volatile Pending rejected;
        volatile Ending ending;
        volatile int acknowledged;

        Writer(int index, Random random) {
            this.index = index;
            this.random = random;
        }

        void run(HttpClient http, String baseUrl, String token, CountDownLatch acks, AtomicBoolean stop) {
            while (!stop.get()) {
                Pending write = next();
                HttpRequest request = request(baseUrl, token, write);
                pending = write;
                HttpResponse<String> response;
                try {
                    response = http.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (ConnectException e) {
                    pending = null;
                    ending = Ending.of(Ending.Kind.REFUSED, e.toString());
                    return;
                } catch (IOException e) {
                    ending = Ending.of(Ending.Kind.BROKEN, e.toString());
                    return;
                } catch (InterruptedException e) {
                    ending = Ending.of(Ending.Kind.BROKEN, e.toString());
                    return;
                }
                int expected = write.kind == Op.CREATE ? 201 : 200;
                if (response.statusCode() != expected) {
                    pending = null;
                    rejected = write;
                    ending = new Ending(Ending.Kind.STATUS, response.statusCode(), write.kind + " " + response.body());
                    return;
                }
                acknowledge(write, response.body());
                pending = null;
                acknowledged++;
                acks.countDown();
            }
            ending = Ending.of(Ending.Kind.STOPPED, null);
        }

        private Pending next() {
            String name = "item-%08d".formatted(names.incrementAndGet());
            String description = "written by writer " + index + " as " + name + " " + "x".repeat(random.nextInt(400));
            boolean availableInStore = random.nextBoolean();
            double dice = random.nextDouble();
            if (live.isEmpty() || dice < 0.6) return new Pending(Op.CREATE, null, name, description, availableInStore);
            List<String> ids = new ArrayList<>(live.keySet());
            String id = ids.get(random.nextInt(ids.size()));
            return dice < 0.9
                    ? new Pending(Op.UPDATE, id, name, description, availableInStore)
                    : new Pending(Op.DELETE, id, null, null, false);
        }

        private HttpRequest request(String baseUrl, String token, Pending write) {
            HttpRequest.Builder request = HttpRequest.newBuilder()
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Version", "2021-07-28")
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json");
            return switch (write.kind) {
                case CREATE -> request.uri(URI.create(baseUrl + "/products/"))
                        .POST(HttpRequest.BodyPublishers.ofString(body(write))).build();
                case UPDATE -> request.uri(URI.create(baseUrl + "/products/" + write.id))
                        .PUT(HttpRequest.BodyPublishers.ofString(body(write))).build();
                case DELETE -> request.uri(URI.create(baseUrl + productPath(write.id))).DELETE().build();
            };
        }

        private String body(Pending write) {
            ObjectNode body = JSON.createObjectNode()
                    .put("name", write.name)
                    .put("locationId", locationId)
                    .put("productType", "PHYSICAL")
                    .put("description", write.description)
                    .put("availableInStore", write.availableInStore);
            try {
                return JSON.writeValueAsString(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void acknowledge(Pending write, String responseBody) {
            String id = write.kind == Op.CREATE ? readId(responseBody) : write.id;
            touched.add(id);
            switch (write.kind) {
                case CREATE, UPDATE -> live.put(id, responseBody);
                case DELETE -> {
                    live.remove(id);
                    deleted.add(id);
                }
            }
        }

        private String readId(String responseBody) {
            try {
                return JSON.readTree(responseBody).path("_id").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
