package dev.stockroom.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.config.Application;
import dev.stockroom.config.ServerConfig;
import dev.stockroom.oauth.OAuthApps;
import dev.stockroom.oauth.PageClient;
import dev.stockroom.price.Prices;
import dev.stockroom.product.Products;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestDatabases;
import dev.stockroom.testing.ServerProcess;
import dev.stockroom.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two Stockroom nodes on one PostgreSQL database behave as one service. */
class MultiNodeTest {
    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void startTwoNodes() {
        TestDatabases.assumePostgresConfigured();
        first = TestServer.startOnPostgres();
        second = first.anotherNode();
    }

    @AfterAll
    static void stopNodes() {
        if (second != null) second.close();
        if (first != null) first.close();
    }

    @Test
    void aWriteThroughOneNodeIsReadThroughTheOther() {
        Tenant tenant = first.newTenant();
        String id = Products.create(tenant, "Seen everywhere");

        ApiResponse read = onSecond(tenant).get("/products/" + id + "?locationId=" + tenant.locationId());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("name").asText()).isEqualTo("Seen everywhere");
    }

    @Test
    void concurrentCreatesOfOneSlugThroughBothNodesMakeExactlyOneProduct() throws Exception {
        Tenant tenant = first.newTenant();
        String body = """
                {"name": "Racer", "locationId": "%s", "productType": "PHYSICAL", "slug": "the-slug"}
                """.formatted(tenant.locationId());
        List<Integer> statuses = race(10, i -> (i % 2 == 0 ? tenant.api() : onSecond(tenant)).post("/products/", body).status());

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        ApiResponse list = tenant.api().get("/products/?locationId=" + tenant.locationId());
        assertThat(list.json().path("total").get(0).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void concurrentCreatesWithoutSlugThroughBothNodesAllSucceedWithDistinctSlugs() throws Exception {
        Tenant tenant = first.newTenant();
        String body = Products.body(tenant.locationId(), "Same name");
        List<Integer> statuses = race(10, i -> (i % 2 == 0 ? tenant.api() : onSecond(tenant)).post("/products/", body).status());

        assertThat(statuses).containsOnly(201);
        JsonNode products = tenant.api().get("/products/?locationId=" + tenant.locationId()).json().path("products");
        Set<String> slugs = new HashSet<>();
        products.forEach(p -> slugs.add(p.path("slug").asText()));
        assertThat(slugs).hasSize(10);
    }

    @Test
    void concurrentUpdatesOfOneProductThroughBothNodesLeaveOneWritersWholeDocument() throws Exception {
        Tenant tenant = first.newTenant();
        String id = Products.create(tenant, "Contested");
        List<Integer> statuses = race(12, i -> {
            String body = """
                    {"name": "Writer %d", "locationId": "%s", "productType": "PHYSICAL",
                     "description": "description of writer %d", "statementDescriptor": "W%d",
                     "variants": [{"id": "v%d", "name": "Variant of writer %d", "options": [{"id": "o", "name": "%d"}]}]}
                    """.formatted(i, tenant.locationId(), i, i, i, i, i);
            return (i % 2 == 0 ? tenant.api() : onSecond(tenant)).put("/products/" + id, body).status();
        });

        assertThat(statuses).containsOnly(200);
        JsonNode product = onSecond(tenant).get("/products/" + id + "?locationId=" + tenant.locationId()).json();
        String writer = product.path("name").asText().substring("Writer ".length());
        assertThat(product.path("description").asText()).isEqualTo("description of writer " + writer);
        assertThat(product.path("statementDescriptor").asText()).isEqualTo("W" + writer);
        assertThat(product.path("variants").get(0).path("id").asText()).isEqualTo("v" + writer);
    }

    @Test
    void interleavedMembershipWritesThroughBothNodesStayConsistent() throws Exception {
        Tenant tenant = first.newTenant();
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 6; i++) products.add(Products.create(tenant, "Member " + i));
        List<String> collections = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            collections.add(tenant.api().post("/products/collections", """
                    {"altId": "%s", "altType": "location", "name": "Collection %d"}
                    """.formatted(tenant.locationId(), i)).json().path("data").path("_id").asText());
        }
        List<Integer> statuses = race(40, i -> {
            Api api = i % 2 == 0 ? tenant.api() : onSecond(tenant);
            if (i % 3 == 0) {
                String product = products.get(i % products.size());
                String member = collections.get(i % collections.size());
                return api.put("/products/" + product, """
                        {"name": "Member", "locationId": "%s", "productType": "PHYSICAL", "collectionIds": ["%s"]}
                        """.formatted(tenant.locationId(), member)).status();
            }
            String collection = collections.get(i % collections.size());
            List<String> members = List.of(products.get(i % products.size()), products.get((i + 1) % products.size()));
            return api.put("/products/collections/" + collection, """
                    {"altId": "%s", "altType": "location", "productIds": ["%s", "%s"]}
                    """.formatted(tenant.locationId(), members.get(0), members.get(1))).status();
        });

        assertThat(statuses).containsOnly(200);
        for (String collection : collections) {
            Set<String> fromProducts = new HashSet<>();
            for (String product : products) {
                JsonNode read = tenant.api().get("/products/" + product + "?locationId=" + tenant.locationId()).json();
                read.path("collectionIds").forEach(c -> {
                    if (c.asText().equals(collection)) fromProducts.add(product);
                });
            }
            Set<String> fromCollection = new HashSet<>();
            onSecond(tenant).get("/products/?locationId=" + tenant.locationId() + "&collectionIds=" + collection)
                    .json().path("products").forEach(p -> fromCollection.add(p.path("_id").asText()));
            long count = onSecond(tenant).get("/products/collections/" + collection + "?altId=" + tenant.locationId())
                    .json().path("data").path("stats").path("productCount").asLong();
            assertThat(fromCollection).isEqualTo(fromProducts);
            assertThat(count).isEqualTo(fromProducts.size());
        }
    }

    /**
     * Price writes, new rules and new smart collections through both nodes at once: the location's catalog lock
     * orders each write against each evaluation, so every smart collection ends with exactly the products its
     * final rules select.
     */
    @Test
    void smartCollectionsStayExactUnderConcurrentWritesAndRuleChangesThroughBothNodes() throws Exception {
        Tenant tenant = first.newTenant();
        List<String> products = new ArrayList<>();
        List<String> prices = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String product = Products.create(tenant, "Priced " + i);
            products.add(product);
            prices.add(tenant.api().post("/products/" + product + "/price", """
                    {"name": "Price", "type": "one_time", "currency": "USD", "amount": %d, "locationId": "%s"}
                    """.formatted(i * 10, tenant.locationId())).json().path("_id").asText());
        }
        String cheap = smart(tenant, "less_than", 40);
        List<Integer> statuses = race(48, i -> {
            Api api = i % 2 == 0 ? tenant.api() : onSecond(tenant);
            int slot = i % products.size();
            return switch (i % 6) {
                case 0 -> api.put("/products/collections/" + cheap, """
                        {"altId": "%s", "altType": "location", "rules": {"logic": "AND",
                         "conditions": [{"field": "price", "operator": "less_than", "value": %d}]}}
                        """.formatted(tenant.locationId(), 20 + i)).status();
                case 1 -> api.post("/products/collections", """
                        {"altId": "%s", "altType": "location", "name": "Dear %d", "type": "smart", "rules": {"logic":
                         "AND", "conditions": [{"field": "price", "operator": "greater_than", "value": %d}]}}
                        """.formatted(tenant.locationId(), i, i)).status();
                default -> api.put("/products/" + products.get(slot) + "/price/" + prices.get(slot), """
                        {"name": "Price", "type": "one_time", "currency": "USD", "amount": %d, "locationId": "%s"}
                        """.formatted((i * 37) % 90, tenant.locationId())).status();
            };
        });

        assertThat(statuses).containsOnly(200, 201);
        Map<String, Integer> amounts = new java.util.HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            amounts.put(products.get(i), Prices.get(tenant, products.get(i), prices.get(i)).path("amount").asInt());
        }
        JsonNode collections = onSecond(tenant)
                .get("/products/collections?limit=100&altType=location&altId=" + tenant.locationId()).json();
        assertThat(collections.path("total").asInt()).isEqualTo(9);
        for (JsonNode collection : collections.path("data")) {
            JsonNode condition = collection.path("rules").path("conditions").path(0);
            int bound = condition.path("value").asInt();
            boolean below = condition.path("operator").asText().equals("less_than");
            Set<String> expected = new HashSet<>();
            amounts.forEach((product, amount) -> {
                if (below ? amount < bound : amount > bound) expected.add(product);
            });
            Set<String> members = new HashSet<>();
            tenant.api().get("/products/?limit=100&locationId=" + tenant.locationId() + "&collectionIds="
                            + collection.path("_id").asText())
                    .json().path("products").forEach(p -> members.add(p.path("_id").asText()));
            assertThat(members).as("members of %s", collection.path("rules")).isEqualTo(expected);
        }
    }

    /**
     * Two writes to two prices of one product at once, one through each node (an inventory update and a price
     * update): each re-evaluates the product on the other's committed result, never on the stale one.
     */
    @Test
    void writesToTwoPricesOfOneProductThroughBothNodesLeaveItsSmartMembershipRight() throws Exception {
        Tenant tenant = first.newTenant();
        String product = Products.create(tenant, "Lamp");
        String a = Prices.create(tenant, product, "10", "USD", "\"trackInventory\": true, \"availableQuantity\": 0,");
        String b = Prices.create(tenant, product, "10", "USD", "\"trackInventory\": true, \"availableQuantity\": 0,");
        String stocked = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Stocked", "type": "smart", "rules": {"logic": "AND",
                 "conditions": [{"field": "inventory", "operator": "greater_than", "value": 5}]}}
                """.formatted(tenant.locationId())).json().path("data").path("_id").asText();
        for (int round = 0; round < 20; round++) {
            assertThat(stock(tenant.api(), tenant, a, 10)).isEqualTo(201);
            assertThat(stock(tenant.api(), tenant, b, 0)).isEqualTo(201);
            boolean byPriceEndpoint = round % 2 == 1;
            List<Integer> statuses = race(2, i -> i == 0
                    ? stock(tenant.api(), tenant, a, 0)
                    : byPriceEndpoint
                            ? onSecond(tenant).put("/products/" + product + "/price/" + b, """
                                    {"name": "Price", "type": "one_time", "currency": "USD", "amount": 10,
                                     "trackInventory": true, "availableQuantity": 10, "locationId": "%s"}
                                    """.formatted(tenant.locationId())).status()
                            : stock(onSecond(tenant), tenant, b, 10));
            assertThat(statuses).allMatch(status -> status == 200 || status == 201);
            // a has 0 and b 10 in stock: b's 10 is more than 5
            assertThat(Products.collectionIds(tenant, product)).as("round %d", round).containsExactly(stocked);
        }
    }

    private static int stock(Api api, Tenant tenant, String priceId, int quantity) {
        return api.post("/products/inventory", """
                {"altId": "%s", "altType": "location", "items": [{"priceId": "%s", "availableQuantity": %d}]}
                """.formatted(tenant.locationId(), priceId, quantity)).status();
    }

    private static String smart(Tenant tenant, String operator, int value) {
        return tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Smart", "type": "smart", "rules": {"logic": "AND",
                 "conditions": [{"field": "price", "operator": "%s", "value": %d}]}}
                """.formatted(tenant.locationId(), operator, value)).json().path("data").path("_id").asText();
    }

    @Test
    void aNodeKilledMidStreamLosesNoAcknowledgedWriteAndTheOtherKeepsServing() throws Exception {
        Tenant tenant = first.newTenant();
        Path dataDir = Files.createTempDirectory("stockroom-node");
        ServerProcess doomed = ServerProcess.start(dataDir, ServerProcess.java(
                "serve", "--port", "0", "--data", dataDir.toString(), "--db", first.database()));
        Api throughDoomed = new Api(doomed.baseUrl(), tenant.token());
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        List<Integer> survivorStatuses = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int writer = 0; writer < 3; writer++) {
                int w = writer;
                pool.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String name = "Writer " + w + " product " + i;
                        try {
                            ApiResponse created = throughDoomed.post("/products/", Products.body(tenant.locationId(), name));
                            if (created.status() == 201) acknowledged.put(created.json().path("_id").asText(), name);
                        } catch (RuntimeException connectionLost) {
                            return; // the node died under this request: no answer, no promise
                        }
                    }
                });
            }
            pool.submit(() -> {
                while (!stop.get()) {
                    survivorStatuses.add(tenant.api().get("/products/?locationId=" + tenant.locationId()).status());
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acknowledged.size() < 40 && System.nanoTime() < deadline) Thread.sleep(10);
            doomed.kill();
            int before = survivorStatuses.size();
            while (survivorStatuses.size() < before + 20 && System.nanoTime() < deadline) Thread.sleep(10);
        } finally {
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            doomed.close();
        }

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);
        assertThat(survivorStatuses).hasSizeGreaterThan(20).containsOnly(200);
        acknowledged.forEach((id, name) -> {
            ApiResponse read = tenant.api().get("/products/" + id + "?locationId=" + tenant.locationId());
            assertThat(read.status()).as(id).isEqualTo(200);
            assertThat(read.json().path("name").asText()).isEqualTo(name);
        });
    }

    @Test
    void nodesStartingAtOnceOnAnEmptyDatabaseMigrateItOnceAndBootstrapOneCompany() throws Exception {
        String database = TestDatabases.newSchema();
        ServerConfig config = ServerConfig.defaults().withPort(0).withDatabase(database);
        List<Application> nodes = new ArrayList<>();
        try {
            List<Integer> bootstrapped = race(3, i -> {
                Application node = Application.open(config, Clock.systemUTC());
                synchronized (nodes) {
                    nodes.add(node);
                }
                return node.bootstrapIfEmpty(credentials -> {}).isPresent() ? 1 : 0;
            });
            assertThat(bootstrapped).containsExactlyInAnyOrder(1, 0, 0);
        } finally {
            nodes.forEach(Application::close);
            TestDatabases.dropSchema(database);
        }
    }

    @Test
    void anInstallSpansNodesAndAnUninstallRevokesItsTokenOnBothAtOnce() {
        Tenant tenant = first.newTenant();
        OAuthApps.RegisteredApp app = OAuthApps.register(first, tenant.companyId(), "Location",
                "https://app.example.com/cb", "products.readonly");
        // The page from one node, its form posted to the other: the form needs no state on the node that served it.
        PageClient browser = new PageClient();
        PageClient.Page page =
                browser.open(OAuthApps.installLink(first.baseUrl(), app, "products.readonly", null));
        PageClient.Page redirect = browser.submit(second.baseUrl() + OAuthApps.PAGE, page,
                List.of(tenant.locationId()), "allow");
        assertThat(redirect.status()).as(redirect.toString()).isEqualTo(303);
        String code = OAuthApps.query(java.net.URI.create(redirect.location())).get("code");
        JsonNode tokens = OAuthApps.exchange(first.baseUrl(), app, code).json();
        String list = "/products/?locationId=" + tenant.locationId();
        List<Api> nodes = List.of(new Api(first.baseUrl(), tokens.path("access_token").asText()),
                new Api(second.baseUrl(), tokens.path("access_token").asText()));
        for (Api node : nodes) assertThat(node.get(list).status()).isEqualTo(200);

        // What 'app uninstall' does, from a process of its own.
        ServerConfig config = ServerConfig.defaults().withDataDir(first.dataDir()).withDatabase(first.database());
        try (Application command = Application.open(config, Clock.systemUTC())) {
            command.apps().uninstallFromLocation(app.clientId(), tenant.locationId());
        }

        for (Api node : nodes) assertThat(node.get(list).status()).isEqualTo(401);
    }

    private static Api onSecond(Tenant tenant) {
        return new Api(second.baseUrl(), tenant.token());
    }

    /** Runs {@code count} calls at once (released together) and returns their results. */
    private static List<Integer> race(int count, java.util.function.IntFunction<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Future<Integer>> futures = new ConcurrentLinkedQueue<>();
        try {
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) results.add(future.get(60, TimeUnit.SECONDS));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
