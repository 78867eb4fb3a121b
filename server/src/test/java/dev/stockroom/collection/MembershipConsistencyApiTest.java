package dev.stockroom.collection;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.product.Products;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A product's {@code collectionIds}, a collection's members (products listed with {@code collectionIds=<id>}) and
 * the collection's {@code stats.productCount} are three views of one membership: whichever side is written, they
 * agree after every write.
 */
@StockroomTest
class MembershipConsistencyApiTest {

    @Test
    void productAndCollectionViewsAgreeAfterEveryInterleavedWrite(TestServer server) {
        Tenant tenant = server.newTenant();
        List<String> products = List.of(
                Products.create(tenant, "Shirt"), Products.create(tenant, "Socks"), Products.create(tenant, "Hat"),
                Products.create(tenant, "Scarf"));
        List<String> collections = List.of(
                Collections.create(tenant, "Clothes"), Collections.create(tenant, "Sale"),
                Collections.create(tenant, "Winter"));
        Map<String, Set<String>> expected = new HashMap<>(); // product -> its collections
        products.forEach(p -> expected.put(p, new TreeSet<>()));
        Random random = new Random(20240611);

        for (int step = 0; step < 40; step++) {
            if (random.nextBoolean()) {
                String product = products.get(random.nextInt(products.size()));
                List<String> chosen = subset(random, collections);
                assertThat(updateProduct(tenant, product, chosen).status()).as("step %d", step).isEqualTo(200);
                expected.put(product, new TreeSet<>(chosen));
            } else {
                String collection = collections.get(random.nextInt(collections.size()));
                List<String> chosen = subset(random, products);
                assertThat(updateCollection(tenant, collection, chosen).status()).as("step %d", step).isEqualTo(200);
                expected.values().forEach(set -> set.remove(collection));
                chosen.forEach(p -> expected.get(p).add(collection));
            }
            Map<String, Set<String>> seen = assertConsistent(tenant, products, collections);
            assertThat(seen).as("step %d", step).isEqualTo(new TreeMap<>(expected));
        }
    }

    @Test
    void aProductCreatedWithCollectionIdsIsAMemberAtOnce(TestServer server) {
        Tenant tenant = server.newTenant();
        String a = Collections.create(tenant, "A");
        String b = Collections.create(tenant, "B");

        ApiResponse created = tenant.api().post("/products/", """
                {"name": "Shirt", "locationId": "%s", "productType": "PHYSICAL", "collectionIds": ["%s", "%s"]}
                """.formatted(tenant.locationId(), b, a));

        assertThat(created.status()).isEqualTo(201);
        String shirt = created.json().path("_id").asText();
        assertThatJson(created.body()).node("collectionIds").isEqualTo("[\"" + b + "\", \"" + a + "\"]");
        assertThat(Products.collectionIds(tenant, shirt)).containsExactly(b, a);
        assertThat(assertConsistent(tenant, List.of(shirt), List.of(a, b))).containsEntry(shirt, Set.of(a, b));
    }

    @Test
    void aProductKeepsTheOrderOfItsCollectionIdsWhenACollectionUpdateKeepsIt(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String socks = Products.create(tenant, "Socks");
        String a = Collections.create(tenant, "A");
        String b = Collections.create(tenant, "B");
        String c = Collections.create(tenant, "C");
        updateProduct(tenant, shirt, List.of(c, a, b));

        updateCollection(tenant, a, List.of(socks, shirt));

        assertThat(Products.collectionIds(tenant, shirt)).containsExactly(c, a, b);
        assertThat(Products.collectionIds(tenant, socks)).containsExactly(a);
        assertConsistent(tenant, List.of(shirt, socks), List.of(a, b, c));
    }

    @Test
    void productUpdateWithoutCollectionIdsKeepsItsMemberships(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String a = Collections.create(tenant, "A");
        updateCollection(tenant, a, List.of(shirt));

        ApiResponse renamed = tenant.api().put("/products/" + shirt, """
                {"name": "Blue shirt", "locationId": "%s", "productType": "PHYSICAL"}
                """.formatted(tenant.locationId()));

        assertThat(renamed.status()).isEqualTo(200);
        assertThatJson(renamed.body()).node("collectionIds").isEqualTo("[\"" + a + "\"]");
        assertConsistent(tenant, List.of(shirt), List.of(a));
        assertThat(Collections.members(tenant, a)).containsExactly(shirt);
    }

    @Test
    void productUpdateWithNullOrEmptyCollectionIdsLeavesEveryCollection(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String socks = Products.create(tenant, "Socks");
        String a = Collections.create(tenant, "A");
        String b = Collections.create(tenant, "B");
        updateCollection(tenant, a, List.of(shirt, socks));
        updateCollection(tenant, b, List.of(shirt, socks));

        for (var entry : Map.of(shirt, "null", socks, "[]").entrySet()) {
            ApiResponse updated = tenant.api().put("/products/" + entry.getKey(), """
                    {"name": "Renamed", "locationId": "%s", "productType": "PHYSICAL", "collectionIds": %s}
                    """.formatted(tenant.locationId(), entry.getValue()));
            assertThat(updated.status()).as(entry.getValue()).isEqualTo(200);
            assertThatJson(updated.body()).as(entry.getValue()).node("collectionIds").isEqualTo("[]");
        }

        assertThat(assertConsistent(tenant, List.of(shirt, socks), List.of(a, b)))
                .containsEntry(shirt, Set.of())
                .containsEntry(socks, Set.of());
    }

    @Test
    void aRefusedWriteChangesNoMembership(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String a = Collections.create(tenant, "A");
        String b = Collections.create(tenant, "B");
        updateProduct(tenant, shirt, List.of(a));

        ApiResponse unknownCollection = updateProduct(tenant, shirt, List.of(b, "655b33a82209e60b6adb87a5"));
        ApiResponse unknownProduct = updateCollection(tenant, b, List.of(shirt, "655b33a82209e60b6adb87a6"));
        ApiResponse repeated = updateProduct(tenant, shirt, List.of(b, b));

        assertThat(unknownCollection.status()).isEqualTo(422);
        assertThatJson(unknownCollection.body()).node("message")
                .isEqualTo("[\"collectionIds contains an unknown collection: 655b33a82209e60b6adb87a5\"]");
        assertThat(unknownProduct.status()).isEqualTo(422);
        assertThat(repeated.status()).isEqualTo(422);
        assertThatJson(repeated.body()).node("message").isEqualTo("[\"All collectionIds's elements must be unique\"]");
        assertThat(assertConsistent(tenant, List.of(shirt), List.of(a, b))).containsEntry(shirt, Set.of(a));
    }

    @Test
    void aProductCannotJoinAnotherLocationsCollection(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String theirs = Collections.create(other, "Theirs");

        ApiResponse updated = updateProduct(tenant, shirt, List.of(theirs));

        assertThat(updated.status()).isEqualTo(422);
        assertThatJson(updated.body()).node("message")
                .isEqualTo("[\"collectionIds contains an unknown collection: " + theirs + "\"]");
        assertThatJson(Collections.get(other, theirs).toString()).node("stats.productCount").isEqualTo(0);
    }

    @Test
    void deletingAProductRemovesItFromItsCollections(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String socks = Products.create(tenant, "Socks");
        String a = Collections.create(tenant, "A");
        String b = Collections.create(tenant, "B");
        updateCollection(tenant, a, List.of(shirt, socks));
        updateProduct(tenant, shirt, List.of(a, b));

        ApiResponse deleted = tenant.api().delete("/products/" + shirt + "?locationId=" + tenant.locationId());

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(Collections.members(tenant, a)).containsExactly(socks);
        assertThat(Collections.members(tenant, b)).isEmpty();
        assertThatJson(Collections.get(tenant, a).toString()).node("stats.productCount").isEqualTo(1);
        assertThatJson(Collections.get(tenant, b).toString()).node("stats.productCount").isEqualTo(0);
        assertConsistent(tenant, List.of(socks), List.of(a, b));
        // The deleted product can no longer be put back by a collection update.
        assertThat(updateCollection(tenant, b, List.of(shirt)).status()).isEqualTo(422);
    }

    @Test
    void deletingACollectionRemovesItFromItsProducts(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String socks = Products.create(tenant, "Socks");
        String a = Collections.create(tenant, "A");
        String b = Collections.create(tenant, "B");
        String c = Collections.create(tenant, "C");
        updateProduct(tenant, shirt, List.of(a, b, c));
        updateProduct(tenant, socks, List.of(b));

        ApiResponse deleted =
                tenant.api().delete("/products/collections/" + b + "?altId=" + tenant.locationId() + "&altType=location");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(Products.collectionIds(tenant, shirt)).containsExactly(a, c);
        assertThat(Products.collectionIds(tenant, socks)).isEmpty();
        assertConsistent(tenant, List.of(shirt, socks), List.of(a, c));
        ApiResponse listed = tenant.api().get("/products/?locationId=" + tenant.locationId() + "&collectionIds=" + b);
        assertThatJson(listed.body()).isEqualTo("{\"products\": [], \"total\": [{\"total\": 0}]}");
        // A product update naming the deleted collection is refused, and a new collection does not inherit members.
        assertThat(updateProduct(tenant, socks, List.of(b)).status()).isEqualTo(422);
    }

    @Test
    void aCollectionRecreatedWithTheSameIdStartsEmpty(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String body = """
                {"altId": "%s", "altType": "location", "collectionId": "66057f9d28536eae584ec047", "name": "Again",
                 "productIds": %s}
                """;
        tenant.api().post("/products/collections", body.formatted(tenant.locationId(), "[\"" + shirt + "\"]"));
        tenant.api().delete("/products/collections/66057f9d28536eae584ec047?altId=" + tenant.locationId()
                + "&altType=location");

        ApiResponse recreated = tenant.api().post("/products/collections", body.formatted(tenant.locationId(), "[]"));

        assertThat(recreated.status()).isEqualTo(201);
        assertThat(Products.collectionIds(tenant, shirt)).isEmpty();
        assertThat(Collections.members(tenant, "66057f9d28536eae584ec047")).isEmpty();
    }

    @Test
    void productListFiltersByCollectionSlug(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String socks = Products.create(tenant, "Socks");
        Products.create(tenant, "Hat");
        String clothes = Collections.create(tenant, "Clothes");
        String sale = Collections.create(tenant, "Sale");
        updateCollection(tenant, clothes, List.of(shirt, socks));
        updateProduct(tenant, socks, List.of(clothes, sale));

        assertThat(bySlug(tenant, "clothes")).containsExactlyInAnyOrder(shirt, socks);
        assertThat(bySlug(tenant, "sale")).containsExactly(socks);
        assertThat(bySlug(tenant, "no-such-collection")).isEmpty();

        tenant.api().put("/products/collections/" + clothes, """
                {"altId": "%s", "altType": "location", "slug": "apparel"}
                """.formatted(tenant.locationId()));
        assertThat(bySlug(tenant, "clothes")).isEmpty();
        assertThat(bySlug(tenant, "apparel")).containsExactlyInAnyOrder(shirt, socks);

        ApiResponse both = tenant.api().get("/products/?locationId=" + tenant.locationId()
                + "&collectionSlug=apparel&collectionIds=" + sale);
        assertThat(productIds(both)).containsExactly(socks);
    }

    @Test
    void productListByCollectionSlugStaysInTheCallersLocation(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String mine = Products.create(tenant, "Mine");
        String theirs = Products.create(other, "Theirs");
        String myCollection = Collections.create(tenant, "Clothes");
        String theirCollection = Collections.create(other, "Clothes");
        updateCollection(tenant, myCollection, List.of(mine));
        updateCollection(other, theirCollection, List.of(theirs));

        assertThat(bySlug(tenant, "clothes")).containsExactly(mine);
        assertThat(bySlug(other, "clothes")).containsExactly(theirs);
    }

    @Test
    void concurrentInterleavedWritesLeaveEveryViewConsistentAndNeverFail(TestServer server) throws Exception {
        Tenant tenant = server.newTenant();
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 8; i++) products.add(Products.create(tenant, "Product " + i));
        List<String> collections = new ArrayList<>();
        for (int i = 0; i < 5; i++) collections.add(Collections.create(tenant, "Collection " + i));
        int threads = 8;
        int writesPerThread = 25;

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                long seed = 1000 + t;
                boolean churns = t == threads - 1; // one thread also creates and deletes products and collections
                results.add(pool.submit(worker(tenant, products, collections, seed, writesPerThread, churns)));
            }
            List<String> unexpected = new ArrayList<>();
            for (Future<List<String>> result : results) unexpected.addAll(result.get(2, TimeUnit.MINUTES));
            assertThat(unexpected).as("answers other than 200").isEmpty();
        } finally {
            pool.shutdownNow();
        }

        List<String> allProducts = listAll(tenant, "/products/?locationId=" + tenant.locationId(), "products");
        List<String> allCollections = listAll(
                tenant, "/products/collections?altId=" + tenant.locationId() + "&altType=location", "data");
        assertThat(allProducts).containsAll(products);
        assertThat(allCollections).containsAll(collections);
        assertConsistent(tenant, allProducts, allCollections);
        assertListedCountsMatchMembers(tenant, allCollections);
    }

    /** One thread's writes; returns every answer that should not have happened. */
    private static Callable<List<String>> worker(
            Tenant tenant, List<String> products, List<String> collections, long seed, int writes, boolean churns) {
        return () -> {
            Random random = new Random(seed);
            List<String> unexpected = new ArrayList<>();
            for (int i = 0; i < writes; i++) {
                ApiResponse response;
                String what;
                if (churns && i % 5 == 4) {
                    // A short-lived product and collection that other threads never name, joined then deleted.
                    String product = Products.create(tenant, "Transient " + seed + "-" + i);
                    String collection = Collections.create(tenant, "Transient " + seed + "-" + i);
                    ApiResponse joined = updateCollection(
                            tenant, collection, List.of(product, products.get(random.nextInt(products.size()))));
                    if (joined.status() != 200) unexpected.add("churn collection " + collection + ": " + joined);
                    joined = updateProduct(
                            tenant, product, List.of(collection, collections.get(random.nextInt(collections.size()))));
                    if (joined.status() != 200) unexpected.add("churn product " + product + ": " + joined);
                    what = "churn delete";
                    response = random.nextBoolean()
                            ? tenant.api().delete("/products/" + product + "?locationId=" + tenant.locationId())
                            : tenant.api().delete("/products/collections/" + collection + "?altId=" + tenant.locationId()
                                    + "&altType=location");
                } else if (random.nextBoolean()) {
                    String product = products.get(random.nextInt(products.size()));
                    what = "product " + product;
                    response = updateProduct(tenant, product, subset(random, collections));
                } else {
                    String collection = collections.get(random.nextInt(collections.size()));
                    what = "collection " + collection;
                    response = updateCollection(tenant, collection, subset(random, products));
                }
                if (response.status() != 200) unexpected.add(what + ": " + response);
                // Reads interleaved with the writes must never fail either.
                ApiResponse read = tenant.api().get("/products/?locationId=" + tenant.locationId()
                        + "&collectionIds=" + collections.get(random.nextInt(collections.size())));
                if (read.status() != 200) unexpected.add("list: " + read);
            }
            return unexpected;
        };
    }

    // ---- the consistency check

    /**
     * Reads every product and every collection and checks that the three views agree; returns the membership as
     * product id to its collection ids.
     */
    private static Map<String, Set<String>> assertConsistent(
            Tenant tenant, List<String> products, List<String> collections) {
        Map<String, Set<String>> byProduct = new TreeMap<>();
        for (String product : products) {
            List<String> ids = Products.collectionIds(tenant, product);
            assertThat(ids).as("collectionIds of %s", product).doesNotHaveDuplicates();
            assertThat(collections).as("collections of %s exist", product).containsAll(ids);
            byProduct.put(product, new TreeSet<>(ids));
        }
        for (String collection : collections) {
            Set<String> members = new LinkedHashSet<>(Collections.members(tenant, collection));
            Set<String> claimed = byProduct.entrySet().stream()
                    .filter(e -> e.getValue().contains(collection))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            assertThat(members).as("members of %s", collection).containsExactlyInAnyOrderElementsOf(claimed);
            JsonNode stats = Collections.get(tenant, collection).path("stats");
            assertThat(stats.path("productCount").asLong())
                    .as("stats.productCount of %s", collection)
                    .isEqualTo(members.size());
        }
        return byProduct;
    }

    /** The list of collections answers the same {@code stats.productCount} as each collection's members. */
    private static void assertListedCountsMatchMembers(Tenant tenant, List<String> collections) {
        ApiResponse list = tenant.api()
                .get("/products/collections?altId=" + tenant.locationId() + "&altType=location&limit=1000");
        for (JsonNode collection : list.json().path("data")) {
            String id = collection.path("_id").asText();
            assertThat(collection.path("stats").path("productCount").asLong())
                    .as("listed stats.productCount of %s", id)
                    .isEqualTo(Collections.members(tenant, id).size());
        }
        assertThat(list.json().path("total").asLong()).isEqualTo(collections.size());
    }

    // ---- writes and reads

    private static ApiResponse updateProduct(Tenant tenant, String productId, List<String> collectionIds) {
        return tenant.api().put("/products/" + productId, """
                {"name": "Product", "locationId": "%s", "productType": "PHYSICAL", "collectionIds": %s}
                """.formatted(tenant.locationId(), json(collectionIds)));
    }

    private static ApiResponse updateCollection(Tenant tenant, String collectionId, List<String> productIds) {
        return tenant.api().put("/products/collections/" + collectionId, """
                {"altId": "%s", "altType": "location", "productIds": %s}
                """.formatted(tenant.locationId(), json(productIds)));
    }

    private static List<String> bySlug(Tenant tenant, String slug) {
        ApiResponse response = tenant.api().get("/products/?locationId=" + tenant.locationId() + "&collectionSlug=" + slug);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("total").path(0).path("total").asInt()).isEqualTo(productIds(response).size());
        return productIds(response);
    }

    private static List<String> productIds(ApiResponse list) {
        List<String> ids = new ArrayList<>();
        list.json().path("products").forEach(p -> ids.add(p.path("_id").asText()));
        return ids;
    }

    private static List<String> listAll(Tenant tenant, String path, String field) {
        ApiResponse response = tenant.api().get(path + "&limit=1000");
        assertThat(response.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path(field).forEach(item -> ids.add(item.path("_id").asText()));
        return ids;
    }

    private static List<String> subset(Random random, List<String> ids) {
        List<String> chosen = new ArrayList<>();
        for (String id : ids) if (random.nextInt(3) == 0) chosen.add(id);
        java.util.Collections.shuffle(chosen, random);
        return chosen;
    }

    private static String json(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
