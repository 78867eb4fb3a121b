package dev.stockroom.store;

import static dev.stockroom.store.Stores.counts;
import static dev.stockroom.store.Stores.exclude;
import static dev.stockroom.store.Stores.include;
import static dev.stockroom.store.Stores.listed;
import static dev.stockroom.store.Stores.prioritize;
import static dev.stockroom.store.Stores.priorityBody;
import static dev.stockroom.store.Stores.statusBody;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.auth.Scope;
import dev.stockroom.collection.Collections;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.product.Products;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * HighLevel's storefront: including and excluding products per store, display priorities, store stats, and the
 * {@code storeId}/{@code includedInStore} filters and order of {@code GET /products/}.
 */
@StockroomTest
class StoreApiTest {
    private static final String STORE = "3SwdhCu3svxI8AKsPJt6"; // HighLevel's example store id
    private static final String OTHER_STORE = "spring-sale_2";
    private static final String AGENCY_NOT_ALLOWED = "This authClass type is not allowed to access this scope."
            + " Please reach out to the Platform team to get it added.";

    // ---- include / exclude

    @Test
    void includingProductsAnswers201AndTheStoreListsThem(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String cup = Products.create(tenant, "Cup");
        String bowl = Products.create(tenant, "Bowl");

        ApiResponse response = tenant.api().post("/products/store/" + STORE, """
                {"altId": "%s", "altType": "location", "action": "include", "productIds": ["%s", "%s"],
                 "unknownField": "ignored"}
                """.formatted(tenant.locationId(), mug, bowl.toUpperCase()));

        assertThat(response.status()).isEqualTo(201);
        assertThatJson(response.body()).isEqualTo("""
                {"status": true, "message": "Successfully updated"}
                """);
        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=true")).containsExactly(bowl, mug);
        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=false")).containsExactly(cup);
        assertThat(counts(tenant, STORE, "")).isEqualTo("3/2/1");
    }

    @Test
    void excludingTakesProductsOutAgainAndIncludingTwiceChangesNothing(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String cup = Products.create(tenant, "Cup");
        include(tenant, STORE, mug, cup);
        include(tenant, STORE, mug);

        exclude(tenant, STORE, mug);

        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=true")).containsExactly(cup);
        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=false")).containsExactly(mug);
        exclude(tenant, STORE, mug); // excluding what is not included is no error
        assertThat(counts(tenant, STORE, "")).isEqualTo("2/1/1");
    }

    @Test
    void aProductNeverNamedForAStoreIsNotInItWhateverItsAvailableInStoreFlag(TestServer server) {
        Tenant tenant = server.newTenant();
        String available = Products.create(tenant, "Available");
        String hidden = tenant.api().post("/products/", """
                {"name": "Hidden", "locationId": "%s", "productType": "DIGITAL", "availableInStore": false}
                """.formatted(tenant.locationId())).json().path("_id").asText();

        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=true")).isEmpty();
        assertThat(counts(tenant, STORE, "")).isEqualTo("2/0/2");

        include(tenant, STORE, hidden);

        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=true")).containsExactly(hidden);
        assertThatJson(tenant.api().get("/products/" + hidden + "?locationId=" + tenant.locationId()).body())
                .node("availableInStore")
                .isEqualTo(false);
        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=true&availableInStore=true")).isEmpty();
        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=false&availableInStore=true"))
                .containsExactly(available);
    }

    @Test
    void storesAreSeparateAndAStoreIdIsOnlyAStoreIdInItsOwnLocation(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant neighbour = server.newLocation(tenant.companyId());
        String mug = Products.create(tenant, "Mug");
        String theirs = Products.create(neighbour, "Their mug");
        include(neighbour, STORE, theirs);

        include(tenant, STORE, mug);

        assertThat(listed(tenant, "&storeId=" + OTHER_STORE + "&includedInStore=true")).isEmpty();
        assertThat(counts(tenant, OTHER_STORE, "")).isEqualTo("1/0/1");
        assertThat(counts(tenant, STORE, "")).isEqualTo("1/1/0");
        assertThat(counts(neighbour, STORE, "")).isEqualTo("1/1/0");
        assertThat(listed(neighbour, "&storeId=" + STORE + "&includedInStore=true")).containsExactly(theirs);
    }

    @Test
    void unknownAndForeignProductIdsAre422NamingThemAndNothingChanges(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String cup = Products.create(tenant, "Cup");
        String foreign = Products.create(server.newTenant(), "Foreign");
        String nowhere = ObjectIds.generate(Instant.now());
        include(tenant, STORE, cup);

        for (String action : List.of("include", "exclude")) {
            ApiResponse response = Stores.setStatus(tenant, STORE, action, List.of(mug, cup, foreign, nowhere));

            assertInvalid(response,
                    "productIds contains an unknown product: " + foreign,
                    "productIds contains an unknown product: " + nowhere);
            assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=true")).containsExactly(cup);
        }
    }

    @Test
    void everyBodyViolationIsListedAtOnce(TestServer server) {
        Tenant tenant = server.newTenant();
        String path = "/products/store/" + STORE;

        assertInvalid(tenant.api().post(path, "{}"),
                "altId should not be empty", "altId must be a string",
                "altType must be one of the following values: location", "altType should not be empty",
                "action must be one of the following values: include, exclude", "action should not be empty",
                "productIds must be an array", "productIds should not be empty");
        assertInvalid(tenant.api().post(path, """
                {"altId": 7, "altType": "agency", "action": "INCLUDE", "productIds": "abc"}
                """),
                "altId must be a string", "altType must be one of the following values: location",
                "action must be one of the following values: include, exclude", "productIds must be an array");
        assertInvalid(tenant.api().post(path, statusBody(tenant.locationId(), "include", List.of())),
                "productIds should not be empty");
        assertInvalid(tenant.api().post(path, statusBody(tenant.locationId(), "include", List.of("abc", "x"))),
                "each value in productIds must be a mongodb id");
        String mug = Products.create(tenant, "Mug");
        assertInvalid(tenant.api().post(path, statusBody(tenant.locationId(), "include", List.of(mug, mug))),
                "productIds must have unique product ids, " + mug + " is repeated");
        assertThat(counts(tenant, STORE, "")).isEqualTo("1/0/1");
    }

    @Test
    void altTypeIsAcceptedInAnyLetterCase(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");

        for (String altType : List.of("LOCATION", "Location", "location")) {
            ApiResponse status = tenant.api().post("/products/store/" + STORE, """
                    {"altId": "%s", "altType": "%s", "action": "include", "productIds": ["%s"]}
                    """.formatted(tenant.locationId(), altType, mug));
            ApiResponse priority = tenant.api().post("/products/store/" + STORE + "/priority", """
                    {"altId": "%s", "altType": "%s", "products": [{"productId": "%s", "priority": 1}]}
                    """.formatted(tenant.locationId(), altType, mug));
            ApiResponse stats = tenant.api().get("/products/store/" + STORE + "/stats?altId=" + tenant.locationId()
                    + "&altType=" + altType);

            assertThat(List.of(status.status(), priority.status(), stats.status())).as(altType)
                    .containsExactly(201, 200, 200);
        }
    }

    @Test
    void aStoreIdThatCannotBeOneIsA400OnEveryStoreOperationAndInTheListFilter(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String message = "storeId must be 1 to 64 letters, digits, hyphens or underscores";

        for (String storeId : List.of("a".repeat(65), "store.1", "st%C3%B6re", "store%20one", "store~1")) {
            assertError(tenant.api().post("/products/store/" + storeId,
                    statusBody(tenant.locationId(), "include", List.of(mug))), 400, message);
            assertError(tenant.api().post("/products/store/" + storeId + "/priority",
                    priorityBody(tenant.locationId(), mug, 1)), 400, message);
            assertError(Stores.stats(tenant, storeId, ""), 400, message);
            assertError(tenant.api().get("/products/?locationId=" + tenant.locationId() + "&storeId=" + storeId), 400,
                    message);
        }
        assertThat(counts(tenant, "a".repeat(64), "")).isEqualTo("1/0/1");
    }

    @Test
    void deletingAProductRemovesItFromEveryStore(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String cup = Products.create(tenant, "Cup");
        include(tenant, STORE, mug, cup);
        include(tenant, OTHER_STORE, mug);
        prioritize(tenant, STORE, mug, 1);

        assertThat(tenant.api().delete("/products/" + mug + "?locationId=" + tenant.locationId()).status())
                .isEqualTo(200);

        assertThat(counts(tenant, STORE, "")).isEqualTo("1/1/0");
        assertThat(counts(tenant, OTHER_STORE, "")).isEqualTo("1/0/1");
        assertThat(listed(tenant, "&storeId=" + STORE)).containsExactly(cup);
        assertInvalid(Stores.setStatus(tenant, STORE, "include", List.of(mug)),
                "productIds contains an unknown product: " + mug);
    }

    /** Deletes and store writes of one product race; each answers as if it ran alone, never with a 5xx. */
    @Test
    void storeWritesRacingADeleteOfTheirProductAnswerCleanly(TestServer server) throws Exception {
        Tenant tenant = server.newTenant();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 5; round++) {
                String mug = Products.create(tenant, "Mug " + round);
                List<Future<ApiResponse>> writes = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    writes.add(pool.submit(() -> Stores.setStatus(tenant, STORE, "include", List.of(mug))));
                    writes.add(pool.submit(() -> tenant.api()
                            .post("/products/store/" + STORE + "/priority", priorityBody(tenant.locationId(), mug, 3))));
                }
                Future<ApiResponse> delete =
                        pool.submit(() -> tenant.api().delete("/products/" + mug + "?locationId=" + tenant.locationId()));

                assertThat(delete.get(1, TimeUnit.MINUTES).status()).isEqualTo(200);
                for (Future<ApiResponse> write : writes) {
                    assertThat(write.get(1, TimeUnit.MINUTES).status()).isIn(200, 201, 422);
                }
            }
            assertThat(counts(tenant, STORE, "")).isEqualTo("0/0/0");
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- stats

    @Test
    void statsCountTheLocationsProductsByWhetherTheStoreIncludesThem(TestServer server) {
        Tenant tenant = server.newTenant();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) ids.add(Products.create(tenant, "Product " + i));
        Products.create(server.newTenant(), "Someone else's");
        include(tenant, STORE, ids.get(0), ids.get(1), ids.get(2));
        exclude(tenant, STORE, ids.get(3));

        ApiResponse stats = Stores.stats(tenant, STORE, "");

        assertThat(stats.status()).isEqualTo(200);
        assertThatJson(stats.body()).isEqualTo("""
                {"totalProducts": 5, "includedInStore": 3, "excludedFromStore": 2}
                """);
        assertThat(counts(server.newTenant(), STORE, "")).isEqualTo("0/0/0");
    }

    @Test
    void statsHonourSearchAndCollectionIds(TestServer server) {
        Tenant tenant = server.newTenant();
        String redMug = Products.create(tenant, "Red Mug");
        Products.create(tenant, "Blue MUG");
        String redCup = Products.create(tenant, "Red Cup");
        String plate = Products.create(tenant, "Plate");
        String kitchen = Collections.create(tenant, "Kitchen");
        String sale = Collections.create(tenant, "Sale");
        addToCollection(tenant, kitchen, redMug, redCup);
        addToCollection(tenant, sale, plate);
        include(tenant, STORE, redMug, redCup, plate);

        assertThat(counts(tenant, STORE, "&search=mug")).isEqualTo("2/1/1");
        assertThat(counts(tenant, STORE, "&search=RED")).isEqualTo("2/2/0");
        assertThat(counts(tenant, STORE, "&search=u")).isEqualTo("3/2/1"); // shorter than a trigram
        assertThat(counts(tenant, STORE, "&search=nothing")).isEqualTo("0/0/0");
        assertThat(counts(tenant, STORE, "&collectionIds=" + kitchen)).isEqualTo("2/2/0");
        assertThat(counts(tenant, STORE, "&collectionIds=" + kitchen + "," + sale)).isEqualTo("3/3/0");
        assertThat(counts(tenant, STORE, "&collectionIds[]=" + kitchen + "&collectionIds[]=" + sale))
                .isEqualTo("3/3/0");
        assertThat(counts(tenant, STORE, "&collectionIds=" + kitchen + "&search=cup")).isEqualTo("1/1/0");
        assertThat(counts(tenant, STORE, "&search=mug&storeId=ignored")).isEqualTo("2/1/1");
    }

    @Test
    void statsNeedAltIdAndAltTypeAndWellFormedFilters(TestServer server) {
        Tenant tenant = server.newTenant();
        String path = "/products/store/" + STORE + "/stats";

        assertError(tenant.api().get(path + "?altType=location"), 400, "altId should not be empty");
        assertError(tenant.api().get(path + "?altId=" + tenant.locationId()), 400, "altType should not be empty");
        assertError(tenant.api().get(path + "?altType=agency&altId=" + tenant.locationId()), 400,
                "altType must be one of the following values: location");
        assertError(Stores.stats(tenant, STORE, "&collectionIds=abc"), 400,
                "each value in collectionIds must be a mongodb id");
    }

    @Test
    void headOnStatsIsCheckedLikeTheGet(TestServer server) {
        Tenant tenant = server.newTenant();
        String path = "/products/store/" + STORE + "/stats?altType=location&altId=" + tenant.locationId();

        ApiResponse head = tenant.api().send("HEAD", path, null);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(tenant.api().withHeader("Authorization", null).send("HEAD", path, null).status()).isEqualTo(401);
    }

    // ---- display priority

    @Test
    void priorityAnswers200AndOrdersTheListOfThatStore(TestServer server) {
        Tenant tenant = server.newTenant();
        String first = Products.create(tenant, "First");
        String second = Products.create(tenant, "Second");
        String third = Products.create(tenant, "Third");
        String fourth = Products.create(tenant, "Fourth");

        ApiResponse response = tenant.api().post("/products/store/" + STORE + "/priority",
                priorityBody(tenant.locationId(), third, 1, first, 2));

        assertThat(response.status()).isEqualTo(200);
        assertThatJson(response.body()).isEqualTo("""
                {"status": true, "message": "Successfully updated display priorities"}
                """);
        assertThat(listed(tenant, "&storeId=" + STORE)).containsExactly(third, first, fourth, second);
        assertThat(listed(tenant, "&storeId=" + STORE + "&sortOrder=asc")).containsExactly(third, first, second, fourth);
        assertThat(listed(tenant, "&storeId=" + OTHER_STORE)).containsExactly(fourth, third, second, first);
        assertThat(listed(tenant, "")).containsExactly(fourth, third, second, first);
    }

    @Test
    void prioritiesAreKeptApartFromInclusion(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String cup = Products.create(tenant, "Cup");
        String bowl = Products.create(tenant, "Bowl");

        prioritize(tenant, STORE, mug, 0, cup, 5);
        assertThat(counts(tenant, STORE, "")).isEqualTo("3/0/3"); // a priority does not include a product

        include(tenant, STORE, bowl, cup, mug);
        exclude(tenant, STORE, cup);
        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=true")).containsExactly(mug, bowl);
        include(tenant, STORE, cup); // excluding and including again keeps the priority
        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=true")).containsExactly(mug, cup, bowl);
    }

    @Test
    void aLaterPriorityReplacesTheEarlierOneAndEqualPrioritiesFallBackToCreationOrder(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String cup = Products.create(tenant, "Cup");
        String bowl = Products.create(tenant, "Bowl");
        prioritize(tenant, STORE, mug, 1, cup, 2, bowl, 3);

        prioritize(tenant, STORE, mug, 10, bowl, 2);

        assertThat(listed(tenant, "&storeId=" + STORE)).containsExactly(bowl, cup, mug);
        assertThat(listed(tenant, "&storeId=" + STORE + "&sortOrder=asc")).containsExactly(cup, bowl, mug);
    }

    @Test
    void pagesOfAStoresListFollowItsDisplayOrder(TestServer server) {
        Tenant tenant = server.newTenant();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) ids.add(Products.create(tenant, "Product " + i));
        prioritize(tenant, STORE, ids.get(2), 3, ids.get(5), 1, ids.get(0), 2);
        List<String> all = listed(tenant, "&storeId=" + STORE);

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 7; offset += 3) {
            ApiResponse page = tenant.api().get("/products/?locationId=" + tenant.locationId() + "&storeId=" + STORE
                    + "&limit=3&offset=" + offset);
            page.json().path("products").forEach(p -> paged.add(p.path("_id").asText()));
            assertThatJson(page.body()).node("total").isEqualTo("[{\"total\": 7}]");
        }

        assertThat(all).startsWith(ids.get(5), ids.get(0), ids.get(2));
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void everyPriorityViolationIsListedAtOnce(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String path = "/products/store/" + STORE + "/priority";

        assertInvalid(tenant.api().post(path, "{}"),
                "altId should not be empty", "altId must be a string",
                "altType must be one of the following values: location", "altType should not be empty",
                "products must be an array", "products should not be empty");
        assertInvalid(tenant.api().post(path, priorityBody(tenant.locationId())), "products should not be empty");
        assertInvalid(tenant.api().post(path, """
                {"altId": "%s", "altType": "location", "products": [
                  {"productId": "%s", "priority": -1},
                  {"productId": "abc", "priority": 1.5},
                  {"priority": "1"},
                  {"productId": "%s"},
                  {"productId": "%s", "priority": 2147483648},
                  ["%s", 1]]}
                """.formatted(tenant.locationId(), mug, mug, mug, mug)),
                "products.0.priority must not be less than 0",
                "products.1.productId must be a mongodb id",
                "products.1.priority must be an integer number",
                "products.2.productId should not be empty",
                "products.2.productId must be a string",
                "products.2.priority must be an integer number",
                "products.3.priority must be an integer number",
                "products.4.priority must not be greater than 2147483647",
                "nested property products.5 must be either object or array");
        assertInvalid(tenant.api().post(path, priorityBody(tenant.locationId(), mug, 1, mug, 2)),
                "products must have unique product ids, " + mug + " is repeated");

        ApiResponse wholeNumber = tenant.api().post(path, priorityBody(tenant.locationId(), mug.toUpperCase(), "4.0"));
        assertThat(wholeNumber.status()).as("%s", wholeNumber).isEqualTo(200);
    }

    @Test
    void unknownAndForeignProductsInPrioritiesAre422AndNothingChanges(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String cup = Products.create(tenant, "Cup");
        String foreign = Products.create(server.newTenant(), "Foreign");
        String nowhere = ObjectIds.generate(Instant.now());
        prioritize(tenant, STORE, mug, 1);

        ApiResponse response = tenant.api().post("/products/store/" + STORE + "/priority",
                priorityBody(tenant.locationId(), mug, 9, cup, 0, nowhere, 2, foreign, 3));

        assertInvalid(response,
                "products contains an unknown product: " + nowhere,
                "products contains an unknown product: " + foreign);
        assertThat(listed(tenant, "&storeId=" + STORE)).containsExactly(mug, cup);
    }

    // ---- GET /products/ filters

    @Test
    void includedInStoreNeedsAStoreIdAndABoolean(TestServer server) {
        Tenant tenant = server.newTenant();

        assertError(tenant.api().get("/products/?locationId=" + tenant.locationId() + "&includedInStore=true"), 400,
                "storeId should not be empty when includedInStore is given");
        assertError(tenant.api().get("/products/?locationId=" + tenant.locationId() + "&storeId=" + STORE
                + "&includedInStore=yes"), 400, "includedInStore must be a boolean value");
    }

    @Test
    void storeFiltersCombineWithTheOtherListFilters(TestServer server) {
        Tenant tenant = server.newTenant();
        String redMug = Products.create(tenant, "Red Mug");
        String blueMug = Products.create(tenant, "Blue Mug");
        String redCup = Products.create(tenant, "Red Cup");
        String kitchen = Collections.create(tenant, "Kitchen");
        addToCollection(tenant, kitchen, redMug, blueMug);
        include(tenant, STORE, redMug, redCup);
        prioritize(tenant, STORE, redCup, 1);

        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=true&search=red"))
                .containsExactly(redCup, redMug);
        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=true&collectionIds=" + kitchen))
                .containsExactly(redMug);
        assertThat(listed(tenant, "&storeId=" + STORE + "&includedInStore=false&search=mug")).containsExactly(blueMug);
        assertThat(listed(tenant, "&storeId=" + STORE + "&productIds=" + redMug + "," + redCup))
                .containsExactly(redCup, redMug);
    }

    @Test
    void agencyTokensMayFilterTheProductListByStore(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        Products.create(tenant, "Cup");
        include(tenant, STORE, mug);
        Api agency = tenant.api(server.agencyToken(tenant.companyId(), EnumSet.of(Scope.PRODUCTS_READONLY)));

        ApiResponse list = agency.get(
                "/products/?locationId=" + tenant.locationId() + "&storeId=" + STORE + "&includedInStore=true");

        assertThat(list.status()).isEqualTo(200);
        assertThatJson(list.body()).inPath("$.products[*]._id").isEqualTo(List.of(mug));
    }

    // ---- who may call

    @Test
    void agencyTokensAreRefusedOnEveryStoreOperationEvenWithEveryScope(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        Api agency = tenant.api(server.agencyToken(tenant.companyId(), EnumSet.allOf(Scope.class)));

        for (ApiResponse response : calls(agency, tenant.locationId(), mug).values()) {
            assertError(response, 401, AGENCY_NOT_ALLOWED);
        }
        assertThat(counts(tenant, STORE, "")).isEqualTo("1/0/1");
        assertThat(listed(tenant, "&storeId=" + STORE)).containsExactly(mug);
    }

    @Test
    void eachOperationNeedsItsScope(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        Api reader = tenant.api(server.locationToken(tenant.locationId(), EnumSet.of(Scope.PRODUCTS_READONLY)));
        Api writer = tenant.api(server.locationToken(tenant.locationId(), EnumSet.of(Scope.PRODUCTS_WRITE)));
        Api others = tenant.api(server.locationToken(tenant.locationId(),
                EnumSet.complementOf(EnumSet.of(Scope.PRODUCTS_READONLY, Scope.PRODUCTS_WRITE))));
        String scopeMissing = "The token is not authorized for this scope.";

        Map<String, ApiResponse> asReader = calls(reader, tenant.locationId(), mug);
        Map<String, ApiResponse> asWriter = calls(writer, tenant.locationId(), mug);
        Map<String, ApiResponse> asOthers = calls(others, tenant.locationId(), mug);

        assertError(asReader.get("status"), 401, scopeMissing);
        assertError(asReader.get("priority"), 401, scopeMissing);
        assertThat(asReader.get("stats").status()).isEqualTo(200);
        assertThat(asWriter.get("status").status()).isEqualTo(201);
        assertThat(asWriter.get("priority").status()).isEqualTo(200);
        assertError(asWriter.get("stats"), 401, scopeMissing);
        asOthers.values().forEach(response -> assertError(response, 401, scopeMissing));
    }

    @Test
    void anotherLocationsAltIdIsA403AndChangesNothingThere(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant sibling = server.newLocation(tenant.companyId());
        Tenant stranger = server.newTenant();
        String theirs = Products.create(sibling, "Theirs");
        String strangers = Products.create(stranger, "Stranger's");
        String message = "The token does not have access to this location.";

        for (Tenant other : List.of(sibling, stranger)) {
            String id = other == sibling ? theirs : strangers;
            for (ApiResponse response : calls(tenant.api(), other.locationId(), id).values()) {
                assertError(response, 403, message);
            }
            for (ApiResponse response : calls(tenant.api(), "NoSuchLocation000000", id).values()) {
                assertError(response, 403, message);
            }
            assertThat(counts(other, STORE, "")).isEqualTo("1/0/1");
        }
    }

    /** The three store operations on {@code productId}, with {@code locationId} as altId, sent with {@code api}. */
    private static Map<String, ApiResponse> calls(Api api, String locationId, String productId) {
        return Map.of(
                "status", api.post("/products/store/" + STORE, statusBody(locationId, "include", List.of(productId))),
                "priority", api.post("/products/store/" + STORE + "/priority", priorityBody(locationId, productId, 1)),
                "stats", api.get("/products/store/" + STORE + "/stats?altType=location&altId=" + locationId));
    }

    // ---- helpers

    private static void addToCollection(Tenant tenant, String collectionId, String... productIds) {
        StringBuilder ids = new StringBuilder();
        for (String id : productIds) ids.append(ids.length() == 0 ? "" : ", ").append('"').append(id).append('"');
        ApiResponse response = tenant.api().put("/products/collections/" + collectionId, """
                {"altId": "%s", "altType": "location", "productIds": [%s]}
                """.formatted(tenant.locationId(), ids));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
    }

    private static void assertError(ApiResponse response, int status, String message) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        String reason = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            default -> throw new IllegalArgumentException("no reason for " + status);
        };
        assertThatJson(response.body()).isEqualTo(Map.of("statusCode", status, "message", message, "error", reason));
    }

    private static void assertInvalid(ApiResponse response, String... messages) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(422);
        assertThatJson(response.body()).node("statusCode").isEqualTo(422);
        assertThatJson(response.body()).node("error").isEqualTo("Unprocessable Entity");
        List<String> actual = new ArrayList<>();
        response.json().path("message").forEach(m -> actual.add(m.asText()));
        assertThat(actual).containsExactlyInAnyOrder(messages);
    }
}
