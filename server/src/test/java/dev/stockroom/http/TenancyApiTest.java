package dev.stockroom.http;

import static dev.stockroom.http.Errors.NO_LOCATION_ACCESS;
import static dev.stockroom.http.Errors.assertError;
import static dev.stockroom.http.Errors.assertInvalid;
import static dev.stockroom.http.Errors.createCollection;
import static dev.stockroom.http.Errors.createProduct;
import static dev.stockroom.http.Errors.getCollection;
import static dev.stockroom.http.Errors.getProduct;
import static dev.stockroom.http.Errors.snapshot;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.auth.Scope;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Locations and companies do not see each other: a foreign id reads exactly like an id that exists nowhere, another
 * location is a 403 that reads the same whether it exists or not, agency tokens reach their own company only, and
 * references between products and collections stay inside one location.
 */
@StockroomTest
class TenancyApiTest {

    /** Company A with locations a1 (the caller) and a2; company B with location b1. */
    private record World(TestServer server, Tenant a1, Tenant a2, Tenant b1) {
        static World of(TestServer server) {
            Tenant a1 = server.newTenant();
            return new World(server, a1, server.newLocation(a1.companyId()), server.newTenant());
        }

        List<Tenant> others() {
            return List.of(a2, b1);
        }

        String othersSnapshot() {
            return snapshot(a2) + "\n" + snapshot(b1);
        }
    }

    private static String nowhereId() {
        return ObjectIds.generate(Instant.now());
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = {"GET_.*", "UPDATE_.*", "DELETE_.*"}, mode = EnumSource.Mode.MATCH_ANY)
    void aForeignIdAnswersExactlyLikeAnIdThatExistsNowhere(Endpoint endpoint, TestServer server) {
        World world = World.of(server);
        endpoint.newItem(world.a1());
        List<String> foreignIds = world.others().stream().map(endpoint::newItem).toList();
        String othersBefore = world.othersSnapshot();
        String ownBefore = snapshot(world.a1());

        ApiResponse nowhere = endpoint.call(world.a1().locationId(), nowhereId()).send(world.a1().api());
        assertThat(nowhere.status()).isEqualTo(400);
        assertError(nowhere, 400, endpoint.item == Endpoint.Item.PRODUCT ? "Product not found" : "Collection not found");
        for (String foreignId : foreignIds) {
            ApiResponse foreign = endpoint.call(world.a1().locationId(), foreignId).send(world.a1().api());
            assertThat(foreign.status()).as("%s", foreign).isEqualTo(nowhere.status());
            assertThat(foreign.body()).isEqualTo(nowhere.body());
        }

        assertThat(world.othersSnapshot()).isEqualTo(othersBefore);
        assertThat(snapshot(world.a1())).isEqualTo(ownBefore);
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = {"GET_PRODUCT", "UPDATE_PRODUCT", "DELETE_PRODUCT"})
    void anAgencyTokenAskingForOneLocationDoesNotFindItsSiblingLocationsProducts(Endpoint endpoint, TestServer server) {
        World world = World.of(server);
        Api agency = world.a1().api(server.agencyToken(world.a1().companyId(), EnumSet.allOf(Scope.class)));
        String siblingProduct = createProduct(world.a2(), "Mug");
        String before = world.othersSnapshot();

        ApiResponse nowhere = endpoint.call(world.a1().locationId(), nowhereId()).send(agency);
        ApiResponse sibling = endpoint.call(world.a1().locationId(), siblingProduct).send(agency);

        assertError(nowhere, 400, "Product not found");
        assertThat(sibling.status()).isEqualTo(nowhere.status());
        assertThat(sibling.body()).isEqualTo(nowhere.body());
        assertThat(world.othersSnapshot()).isEqualTo(before);
    }

    @Test
    void aForeignSlugAnswersExactlyLikeASlugThatExistsNowhere(TestServer server) {
        World world = World.of(server);
        createProduct(world.b1(), "Foreign Mug");
        String before = world.othersSnapshot();
        String location = world.a1().locationId();
        Api api = world.a1().api();

        for (String method : List.of("GET", "DELETE")) {
            ApiResponse foreign = api.send(method, "/products/foreign-mug?locationId=" + location, null);
            ApiResponse nowhere = api.send(method, "/products/nowhere-mug?locationId=" + location, null);
            assertError(nowhere, 400, "Product not found");
            assertThat(foreign.body()).isEqualTo(nowhere.body());
        }
        ApiResponse foreign = api.put("/products/foreign-mug", Errors.productBody(location, "Mine now"));
        ApiResponse nowhere = api.put("/products/nowhere-mug", Errors.productBody(location, "Mine now"));
        assertError(nowhere, 400, "Product not found");
        assertThat(foreign.body()).isEqualTo(nowhere.body());

        assertThat(world.othersSnapshot()).isEqualTo(before);
    }

    @Test
    void foreignIdsAndSlugsInListFiltersMatchNothing(TestServer server) {
        World world = World.of(server);
        String own = createProduct(world.a1(), "Own mug");
        String ownCollection = createCollection(world.a1(), "Own");
        Api api = world.a1().api();
        String location = world.a1().locationId();
        String products = "/products/?locationId=" + location;
        String collections = "/products/collections?altType=location&altId=" + location;
        for (Tenant other : world.others()) {
            String collection = createCollection(other, "Summer");
            String product = created(other.api().post("/products/", """
                    {"locationId": "%s", "name": "Foreign", "productType": "PHYSICAL", "collectionIds": ["%s"]}
                    """.formatted(other.locationId(), collection))).path("_id").asText();

            for (String query : List.of("&productIds=" + product, "&collectionIds=" + collection,
                    "&collectionSlug=summer", "&search=Foreign")) {
                ApiResponse response = api.get(products + query);
                assertThat(response.status()).isEqualTo(200);
                assertThatJson(response.body()).isEqualTo("""
                        {"products": [], "total": [{"total": 0}]}""");
            }
            assertThatJson(api.get(collections + "&collectionIds=" + collection).body()).isEqualTo("""
                    {"data": [], "total": 0}""");
            assertThatJson(api.get(collections + "&name=Summer").body()).isEqualTo("""
                    {"data": [], "total": 0}""");
        }
        assertThatJson(api.get(products).body()).inPath("$.products[*]._id").isEqualTo(List.of(own));
        assertThatJson(api.get(collections).body()).inPath("$.data[*]._id").isEqualTo(List.of(ownCollection));
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aLocationTokenAskingForAnotherLocationIsA403ThatReadsTheSameWhetherItExistsOrNot(
            Endpoint endpoint, TestServer server) {
        World world = World.of(server);
        List<String> others = List.of(world.a2().locationId(), world.b1().locationId(), "zzzzzzzzzzzzzzzzzzzz", "x");

        for (String location : others) {
            Tenant owner = location.equals(world.a2().locationId()) ? world.a2()
                    : location.equals(world.b1().locationId()) ? world.b1() : null;
            // Their own item, and one of the caller's: neither is reachable through their location.
            List<String> ids = owner == null
                    ? List.of(nowhereId())
                    : List.of(nonNull(endpoint.newItem(owner)), nonNull(endpoint.newItem(world.a1())));
            String snapshotBefore = world.othersSnapshot() + snapshot(world.a1());
            for (String id : ids) {
                ApiResponse response = endpoint.call(location, id).send(world.a1().api());
                assertError(response, 403, NO_LOCATION_ACCESS);
            }
            assertThat(world.othersSnapshot() + snapshot(world.a1())).isEqualTo(snapshotBefore);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = ".*_PRODUCTS?", mode = EnumSource.Mode.MATCH_ALL)
    void anAgencyTokenReachesItsOwnCompanysLocationsAndGetsA403ForAnyOther(Endpoint endpoint, TestServer server) {
        World world = World.of(server);
        Api agency = world.a1().api(server.agencyToken(world.a1().companyId(), EnumSet.allOf(Scope.class)));

        for (Tenant own : List.of(world.a1(), world.a2())) {
            ApiResponse response = endpoint.call(own).send(agency);
            assertThat(response.status()).as("%s in %s: %s", endpoint, own.locationId(), response)
                    .isEqualTo(endpoint.success);
        }
        for (String location : List.of(world.b1().locationId(), "zzzzzzzzzzzzzzzzzzzz")) {
            String id = location.equals(world.b1().locationId()) ? endpoint.newItem(world.b1()) : nowhereId();
            if (id == null) id = nowhereId();
            String snapshotBefore = snapshot(world.b1());
            assertError(endpoint.call(location, id).send(agency), 403, NO_LOCATION_ACCESS);
            assertThat(snapshot(world.b1())).isEqualTo(snapshotBefore);
        }
    }

    @Test
    void anAgencyTokenOfAnotherCompanyCannotListOrCreateHere(TestServer server) {
        World world = World.of(server);
        Api foreignAgency = world.b1().api(server.agencyToken(world.b1().companyId(), EnumSet.allOf(Scope.class)));
        createProduct(world.a1(), "Mug");
        String before = snapshot(world.a1());

        assertError(foreignAgency.get("/products/?locationId=" + world.a1().locationId()), 403, NO_LOCATION_ACCESS);
        assertError(foreignAgency.post("/products/", Errors.productBody(world.a1().locationId(), "Cup")), 403,
                NO_LOCATION_ACCESS);

        assertThat(snapshot(world.a1())).isEqualTo(before);
    }

    @Test
    void aProductsCollectionIdsCannotReferenceAnotherLocationsCollection(TestServer server) {
        World world = World.of(server);
        Tenant a1 = world.a1();
        String product = createProduct(a1, "Mug");
        String productBefore = getProduct(a1, product);
        String nowhere = nowhereId();
        String body = """
                {"locationId": "%s", "name": "Mug", "productType": "PHYSICAL", "collectionIds": ["%s"]}""";

        assertInvalid(a1.api().post("/products/", body.formatted(a1.locationId(), nowhere)),
                "collectionIds contains an unknown collection: " + nowhere);
        for (Tenant other : world.others()) {
            String foreign = createCollection(other, "Summer");
            String before = world.othersSnapshot();
            assertInvalid(a1.api().post("/products/", body.formatted(a1.locationId(), foreign)),
                    "collectionIds contains an unknown collection: " + foreign);
            assertInvalid(a1.api().put("/products/" + product, body.formatted(a1.locationId(), foreign)),
                    "collectionIds contains an unknown collection: " + foreign);
            assertThat(world.othersSnapshot()).isEqualTo(before);
            assertThatJson(getCollection(other, foreign)).node("data.stats.productCount").isEqualTo(0);
        }

        assertThat(getProduct(a1, product)).isEqualTo(productBefore);
        assertThatJson(Errors.listProducts(a1)).node("total[0].total").isEqualTo(1);
    }

    @Test
    void aCollectionsProductIdsCannotReferenceAnotherLocationsProducts(TestServer server) {
        World world = World.of(server);
        Tenant a1 = world.a1();
        String collection = createCollection(a1, "Kitchen");
        String collectionBefore = getCollection(a1, collection);
        String nowhere = nowhereId();
        String body = """
                {"altId": "%s", "altType": "location", "name": "Summer", "productIds": ["%s"]}""";

        assertInvalid(a1.api().post("/products/collections", body.formatted(a1.locationId(), nowhere)),
                "productIds contains an unknown product: " + nowhere);
        for (Tenant other : world.others()) {
            String foreign = createProduct(other, "Mug");
            String before = world.othersSnapshot();
            assertInvalid(a1.api().post("/products/collections", body.formatted(a1.locationId(), foreign)),
                    "productIds contains an unknown product: " + foreign);
            assertInvalid(a1.api().put("/products/collections/" + collection, body.formatted(a1.locationId(), foreign)),
                    "productIds contains an unknown product: " + foreign);
            assertThat(world.othersSnapshot()).isEqualTo(before);
            assertThatJson(getProduct(other, foreign)).node("collectionIds").isEqualTo(List.of());
        }

        assertThat(getCollection(a1, collection)).isEqualTo(collectionBefore);
        assertThatJson(Errors.listCollections(a1)).node("total").isEqualTo(1);
    }

    @Test
    void aCollectionIdChosenByTheClientThatExistsElsewhereStaysSeparateFromTheOtherLocations(TestServer server) {
        World world = World.of(server);
        String foreign = createCollection(world.b1(), "Theirs");
        String foreignProduct = created(world.b1().api().post("/products/", """
                {"locationId": "%s", "name": "Theirs", "productType": "PHYSICAL", "collectionIds": ["%s"]}
                """.formatted(world.b1().locationId(), foreign))).path("_id").asText();
        String before = world.othersSnapshot();

        ApiResponse mine = world.a1().api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Mine", "collectionId": "%s"}
                """.formatted(world.a1().locationId(), foreign));
        ApiResponse fresh = world.a1().api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Fresh", "collectionId": "%s"}
                """.formatted(world.a1().locationId(), nowhereId()));

        assertThat(fresh.status()).isEqualTo(201);
        assertThat(mine.status()).as("%s", mine).isEqualTo(fresh.status());
        assertThatJson(mine.body()).node("data.name").isEqualTo("Mine");
        assertThatJson(getCollection(world.a1(), foreign)).node("data.name").isEqualTo("Mine");
        String own = createProduct(world.a1(), "Mine");
        assertThat(world.a1().api().put("/products/" + own, """
                {"locationId": "%s", "name": "Mine", "productType": "PHYSICAL", "collectionIds": ["%s"]}
                """.formatted(world.a1().locationId(), foreign)).status()).isEqualTo(200);
        assertThat(world.a1().api().delete("/products/collections/" + foreign + "?altType=location&altId="
                + world.a1().locationId()).status()).isEqualTo(200);

        assertThat(world.othersSnapshot()).isEqualTo(before);
        assertThatJson(getCollection(world.b1(), foreign)).node("data.stats.productCount").isEqualTo(1);
        assertThatJson(getProduct(world.b1(), foreignProduct)).node("collectionIds").isEqualTo(List.of(foreign));
    }

    private static String nonNull(String id) {
        return id == null ? nowhereId() : id;
    }

    private static com.fasterxml.jackson.databind.JsonNode created(ApiResponse response) {
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.json();
    }
}
