package dev.stockroom.product;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.auth.Scope;
import dev.stockroom.collection.Collections;
import dev.stockroom.price.Prices;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /products/bulk-update}: every type, selection by ids or by filters, exact decimals, all or nothing. */
@StockroomTest
class BulkUpdateApiTest {
    private static final String UPDATED = """
            {"status": true, "message": "Successfully updated"}
            """;

    @Test
    void priceUpdateAddsExactlyToEveryPriceOfTheNamedProductsOnly(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String mug = Products.create(tenant, "Mug");
        String other = Products.create(tenant, "Other");
        String small = Prices.create(tenant, shirt, "0.1");
        String large = Prices.create(tenant, shirt, "99.99");
        String mugPrice = Prices.create(tenant, mug, "1.1");
        String otherPrice = Prices.create(tenant, other, "0.1");

        ApiResponse response = bulk(tenant, "bulk-update-price", List.of(shirt, mug), """
                "price": {"type": "INCREASE_BY_AMOUNT", "value": 0.2}""");

        assertThat(response.status()).isEqualTo(201);
        assertThatJson(response.body()).isEqualTo(UPDATED);
        assertThat(Prices.amount(tenant, shirt, small)).isEqualTo("0.3");
        assertThat(Prices.amount(tenant, shirt, large)).isEqualTo("100.19");
        assertThat(Prices.amount(tenant, mug, mugPrice)).isEqualTo("1.3");
        assertThat(Prices.amount(tenant, other, otherPrice)).isEqualTo("0.1");
    }

    @Test
    void percentagesRoundHalfUpToTheCurrencysMinorUnitsOrTheAmountsOwnDecimals(TestServer server) {
        Tenant tenant = server.newTenant();
        String product = Products.create(tenant, "Priced everywhere");
        String dollars = Prices.create(tenant, product, "19.99", "USD", "");
        String fineDollars = Prices.create(tenant, product, "0.125", "USD", "");
        String yen = Prices.create(tenant, product, "1000", "JPY", "");
        String dinars = Prices.create(tenant, product, "2.345", "KWD", "");

        ApiResponse response = bulk(tenant, "bulk-update-price", List.of(product), """
                "price": {"type": "INCREASE_BY_PERCENTAGE", "value": 15.05}""");

        assertThat(response.status()).isEqualTo(201);
        assertThat(Prices.amount(tenant, product, dollars)).isEqualTo("23"); // 22.998495: 23.00, kept as 23
        assertThat(Prices.amount(tenant, product, fineDollars)).isEqualTo("0.144"); // 0.1438125
        assertThat(Prices.amount(tenant, product, yen)).isEqualTo("1151"); // 1150.5
        assertThat(Prices.amount(tenant, product, dinars)).isEqualTo("2.698"); // 2.6979225
    }

    @Test
    void reductionsStopAtZeroAndRoundToWholeRoundsHalfUp(TestServer server) {
        Tenant tenant = server.newTenant();
        String cheap = Products.create(tenant, "Cheap");
        String dear = Products.create(tenant, "Dear");
        String cheapPrice = Prices.create(tenant, cheap, "19.99");
        String dearPrice = Prices.create(tenant, dear, "20.45");

        ApiResponse reduced = bulk(tenant, "bulk-update-price", List.of(cheap), """
                "price": {"type": "REDUCE_BY_AMOUNT", "value": 50}""");
        ApiResponse rounded = bulk(tenant, "bulk-update-price", List.of(dear), """
                "price": {"type": "INCREASE_BY_PERCENTAGE", "value": 10, "roundToWhole": true}""");

        assertThat(reduced.status()).isEqualTo(201);
        assertThat(rounded.status()).isEqualTo(201);
        assertThat(Prices.amount(tenant, cheap, cheapPrice)).isEqualTo("0");
        assertThat(Prices.amount(tenant, dear, dearPrice)).isEqualTo("22"); // 22.495, rounded once
        bulk(tenant, "bulk-update-price", List.of(dear), """
                "price": {"type": "REDUCE_BY_PERCENTAGE", "value": 150}""");
        assertThat(Prices.amount(tenant, dear, dearPrice)).isEqualTo("0");
    }

    @Test
    void compareAtPriceIsAdjustedWhereSetAndSetWhereAsked(TestServer server) {
        Tenant tenant = server.newTenant();
        String product = Products.create(tenant, "On sale");
        String withCompare = Prices.create(tenant, product, "10", "USD", "\"compareAtPrice\": 12.5,");
        String without = Prices.create(tenant, product, "20");

        bulk(tenant, "bulk-update-price", List.of(product), """
                "price": {"type": "SET_NEW_PRICE", "value": 9.99},
                "compareAtPrice": {"type": "REDUCE_BY_PERCENTAGE", "value": 10}""");

        assertThatJson(Prices.get(tenant, product, withCompare))
                .isObject().containsEntry("amount", 9.99).containsEntry("compareAtPrice", 11.25);
        assertThatJson(Prices.get(tenant, product, without))
                .isObject().containsEntry("amount", 9.99).doesNotContainKey("compareAtPrice");

        bulk(tenant, "bulk-update-price", List.of(product), """
                "compareAtPrice": {"type": "SET_NEW_PRICE", "value": 15}""");

        assertThatJson(Prices.get(tenant, product, withCompare))
                .isObject().containsEntry("amount", 9.99).containsEntry("compareAtPrice", 15);
        assertThatJson(Prices.get(tenant, product, without)).isObject().containsEntry("compareAtPrice", 15);
    }

    @Test
    void filtersSelectEveryMatchingProductOfTheLocationAndNothingElse(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant stranger = server.newTenant();
        String kitchen = Collections.create(tenant, "Kitchen");
        String match = product(tenant, "Blue mug", "DIGITAL", "\"collectionIds\": [\"" + kitchen + "\"]");
        String physical = product(tenant, "Blue mug", "PHYSICAL", "\"collectionIds\": [\"" + kitchen + "\"]");
        String elsewhere = product(tenant, "Blue MUG", "DIGITAL", "");
        String unavailable = product(tenant, "Blue mug", "DIGITAL",
                "\"availableInStore\": false, \"collectionIds\": [\"" + kitchen + "\"]");
        String otherName = product(tenant, "Red plate", "DIGITAL", "\"collectionIds\": [\"" + kitchen + "\"]");
        String theirs = product(stranger, "Blue mug", "DIGITAL", "");

        ApiResponse response = tenant.api().post("/products/bulk-update", """
                {"altId": "%s", "altType": "location", "type": "bulk-update-availability", "availability": false,
                 "productIds": [], "selectAll": true,
                 "filters": {"collectionIds": ["%s"], "productType": "DIGITAL", "availableInStore": true,
                             "search": "UE MU"}}
                """.formatted(tenant.locationId(), kitchen));

        assertThat(response.status()).isEqualTo(201);
        assertThat(available(tenant, match)).isFalse();
        assertThat(List.of(physical, elsewhere, otherName)).allSatisfy(id -> assertThat(available(tenant, id)).isTrue());
        assertThat(available(tenant, unavailable)).isFalse();
        assertThat(available(stranger, theirs)).isTrue();
    }

    @Test
    void anEmptyProductIdsWithFiltersOrSelectAllAloneSelectsTheWholeLocation(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant stranger = server.newTenant();
        String digital = product(tenant, "Ebook", "DIGITAL", "");
        String physical = product(tenant, "Book", "PHYSICAL", "");
        String service = product(tenant, "Reading", "SERVICE", "");
        String theirs = product(stranger, "Ebook", "DIGITAL", "");

        ApiResponse byFilters = tenant.api().post("/products/bulk-update", """
                {"altId": "%s", "altType": "location", "type": "bulk-update-availability", "availability": false,
                 "productIds": [], "filters": {"productType": "DIGITAL"}}
                """.formatted(tenant.locationId()));

        assertThat(byFilters.status()).isEqualTo(201);
        assertThat(available(tenant, digital)).isFalse();
        assertThat(available(tenant, physical)).isTrue();

        ApiResponse everything = tenant.api().post("/products/bulk-update", """
                {"altId": "%s", "altType": "location", "type": "bulk-update-availability", "availability": false,
                 "productIds": [], "selectAll": true}
                """.formatted(tenant.locationId()));

        assertThat(everything.status()).isEqualTo(201);
        assertThat(List.of(digital, physical, service)).allSatisfy(id -> assertThat(available(tenant, id)).isFalse());
        assertThat(available(stranger, theirs)).isTrue();
    }

    @Test
    void availabilityIsWhatTheProductAndTheListFilterShow(TestServer server) {
        Tenant tenant = server.newTenant();
        String first = Products.create(tenant, "First");
        String second = Products.create(tenant, "Second");
        String untouched = Products.create(tenant, "Untouched");
        String before = tenant.api().get("/products/" + untouched + "?locationId=" + tenant.locationId()).body();

        ApiResponse response = bulk(tenant, "bulk-update-availability", List.of(first, second), "\"availability\": false");

        assertThat(response.status()).isEqualTo(201);
        ApiResponse hidden = tenant.api().get("/products/?availableInStore=false&locationId=" + tenant.locationId());
        assertThatJson(hidden.body()).inPath("$.products[*]._id").isArray().containsExactlyInAnyOrder(first, second);
        assertThat(tenant.api().get("/products/" + untouched + "?locationId=" + tenant.locationId()).body())
                .isEqualTo(before);
    }

    @Test
    void collectionUpdateAddsTheProductsAfterTheCollectionsTheyAlreadyHave(TestServer server) {
        Tenant tenant = server.newTenant();
        String kitchen = Collections.create(tenant, "Kitchen");
        String sale = Collections.create(tenant, "Sale");
        String gifts = Collections.create(tenant, "Gifts");
        String inKitchen = product(tenant, "Mug", "PHYSICAL", "\"collectionIds\": [\"" + kitchen + "\"]");
        String onSale = product(tenant, "Plate", "PHYSICAL", "\"collectionIds\": [\"" + sale + "\"]");

        ApiResponse response = bulk(tenant, "bulk-update-product-collection", List.of(inKitchen, onSale),
                "\"collectionIds\": [\"" + sale + "\", \"" + gifts + "\"]");
        String updatedAt = updatedAt(tenant, onSale);
        ApiResponse again = bulk(tenant, "bulk-update-product-collection", List.of(onSale),
                "\"collectionIds\": [\"" + sale + "\"]");

        assertThat(response.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(updatedAt(tenant, onSale)).isEqualTo(updatedAt); // already in it: not written again
        assertThat(Products.collectionIds(tenant, inKitchen)).containsExactly(kitchen, sale, gifts);
        assertThat(Products.collectionIds(tenant, onSale)).containsExactly(sale, gifts);
        assertThat(Collections.members(tenant, gifts)).containsExactlyInAnyOrder(inKitchen, onSale);
        assertThat(Collections.get(tenant, sale).path("stats").path("productCount").asLong()).isEqualTo(2);
    }

    @Test
    void collectionsMustBeTheLocationsOwnAndNothingChangesOtherwise(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant stranger = server.newTenant();
        String own = Collections.create(tenant, "Own");
        String foreign = Collections.create(stranger, "Foreign");
        String product = Products.create(tenant, "Mug");
        String before = Prices.snapshot(tenant);

        ApiResponse response = bulk(tenant, "bulk-update-product-collection", List.of(product),
                "\"collectionIds\": [\"" + own + "\", \"" + foreign + "\"]");

        assertThatJson(response.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity",
                 "message": ["collectionIds contains an unknown collection: %s"]}
                """.formatted(foreign));
        assertThat(Prices.snapshot(tenant)).isEqualTo(before);
        assertThat(Collections.members(tenant, own)).isEmpty();
    }

    @Test
    void deleteRemovesTheProductsWithTheirPricesAndMemberships(TestServer server) {
        Tenant tenant = server.newTenant();
        String kitchen = Collections.create(tenant, "Kitchen");
        String gone = product(tenant, "Gone", "PHYSICAL", "\"collectionIds\": [\"" + kitchen + "\"]");
        String alsoGone = Products.create(tenant, "Also gone");
        String kept = product(tenant, "Kept", "PHYSICAL", "\"collectionIds\": [\"" + kitchen + "\"]");
        String gonePrice = Prices.create(tenant, gone, "5");
        String keptPrice = Prices.create(tenant, kept, "5");

        ApiResponse response = bulk(tenant, "bulk-delete-products", List.of(gone, alsoGone), "");

        assertThat(response.status()).isEqualTo(201);
        assertThatJson(response.body()).isEqualTo("""
                {"status": true, "message": "Successfully deleted"}
                """);
        for (String id : List.of(gone, alsoGone)) {
            assertThat(tenant.api().get("/products/" + id + "?locationId=" + tenant.locationId()).status())
                    .isEqualTo(400);
        }
        assertThat(tenant.api().get("/products/" + gone + "/price/" + gonePrice + "?locationId="
                        + tenant.locationId()).status())
                .isEqualTo(400);
        assertThat(Prices.amount(tenant, kept, keptPrice)).isEqualTo("5");
        assertThat(Collections.members(tenant, kitchen)).containsExactly(kept);
    }

    @Test
    void currencyUpdateRelabelsEveryPriceAndKeepsTheAmounts(TestServer server) {
        Tenant tenant = server.newTenant();
        String product = Products.create(tenant, "Imported");
        String first = Prices.create(tenant, product, "19.99");
        String second = Prices.create(tenant, product, "5", "GBP", "\"compareAtPrice\": 6,");

        ApiResponse response = bulk(tenant, "bulk-update-currency", List.of(product), "\"currency\": \"EUR\"");
        ApiResponse lowercase = bulk(tenant, "bulk-update-currency", List.of(product), "\"currency\": \"usd\"");
        ApiResponse unknown = bulk(tenant, "bulk-update-currency", List.of(product), "\"currency\": \"ABC\"");

        assertThat(response.status()).isEqualTo(201);
        assertThatJson(Prices.get(tenant, product, first))
                .isObject().containsEntry("currency", "EUR").containsEntry("amount", 19.99);
        assertThatJson(Prices.get(tenant, product, second))
                .isObject().containsEntry("currency", "EUR").containsEntry("amount", 5).containsEntry("compareAtPrice", 6);
        for (ApiResponse refused : List.of(lowercase, unknown)) {
            assertThatJson(refused.body()).isEqualTo("""
                    {"statusCode": 422, "error": "Unprocessable Entity",
                     "message": ["currency must be a valid ISO 4217 currency code"]}
                    """);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"type\": \"bulk-update-price\", \"price\": {\"type\": \"SET_NEW_PRICE\", \"value\": 1}",
        "\"type\": \"bulk-update-availability\", \"availability\": false",
        "\"type\": \"bulk-update-product-collection\", \"collectionIds\": [\"%3$s\"]",
        "\"type\": \"bulk-delete-products\"",
        "\"type\": \"bulk-update-currency\", \"currency\": \"EUR\""
    })
    void unknownOrForeignProductIdsAreNamedAndNothingChanges(String action, TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant stranger = server.newTenant();
        String collection = Collections.create(tenant, "Kitchen");
        String own = Products.create(tenant, "Own");
        Prices.create(tenant, own, "10");
        String foreign = Products.create(stranger, "Foreign");
        Prices.create(stranger, foreign, "10");
        String nowhere = "655b33aa2209e60b6adb87a7";
        String ownBefore = Prices.snapshot(tenant);
        String strangerBefore = Prices.snapshot(stranger);

        ApiResponse response = tenant.api().post("/products/bulk-update", """
                {"altId": "%s", "altType": "location", "productIds": ["%s", "%s", "%s"], %s}
                """.formatted(tenant.locationId(), own, foreign, nowhere,
                action.replace("%3$s", collection)));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("message").toString()).contains(
                "productIds contains an unknown product: " + foreign,
                "productIds contains an unknown product: " + nowhere);
        assertThat(response.json().path("message")).hasSize(2);
        assertThat(Prices.snapshot(tenant)).isEqualTo(ownBefore);
        assertThat(Prices.snapshot(stranger)).isEqualTo(strangerBefore);
    }

    @Test
    void aPriceThatWouldOutgrowTheAmountBoundsRefusesTheWholeUpdate(TestServer server) {
        Tenant tenant = server.newTenant();
        String small = Products.create(tenant, "Small");
        String huge = Products.create(tenant, "Huge");
        Prices.create(tenant, small, "10");
        String hugePrice = Prices.create(tenant, huge, "999999999999999999"); // the last price the update meets
        String before = Prices.snapshot(tenant);

        ApiResponse response = bulk(tenant, "bulk-update-price", List.of(small, huge), """
                "price": {"type": "INCREASE_BY_PERCENTAGE", "value": 100}""");

        assertThatJson(response.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity",
                 "message": ["price %s would get an amount of more than 18 digits"]}
                """.formatted(hugePrice));
        assertThat(Prices.snapshot(tenant)).isEqualTo(before);
    }

    @Test
    void theSelectionMustSayEitherWhichProductsOrAll(TestServer server) {
        Tenant tenant = server.newTenant();
        String product = Products.create(tenant, "Mug");
        String location = tenant.locationId();
        String type = "\"altId\": \"" + location + "\", \"altType\": \"location\", \"type\": \"bulk-delete-products\"";

        assertInvalid(tenant, "{" + type + "}", "productIds must be an array");
        assertInvalid(tenant, "{" + type + ", \"productIds\": []}",
                "productIds should not be empty unless selectAll is true");
        assertInvalid(tenant, "{" + type + ", \"productIds\": [\"" + product + "\"], \"selectAll\": true}",
                "productIds must be empty when all products are selected");
        assertInvalid(tenant, "{" + type + ", \"productIds\": [\"" + product + "\"], \"filters\": {}}",
                "filters must be empty unless selectAll is true");
        assertInvalid(tenant, "{" + type + ", \"productIds\": [], \"selectAll\": false, \"filters\": {}}",
                "productIds should not be empty unless selectAll is true",
                "filters must be empty unless selectAll is true");
        assertInvalid(tenant, "{" + type + ", \"productIds\": [\"" + product + "\", \"" + product + "\"]}",
                "All productIds's elements must be unique");
        assertInvalid(tenant, "{" + type + ", \"productIds\": [\"nope\"]}", "each value in productIds must be a mongodb id");
        assertInvalid(tenant, "{" + type + ", \"productIds\": [], \"selectAll\": true,"
                        + " \"filters\": {\"productType\": \"one-time\", \"availableInStore\": \"yes\"}}",
                "filters.productType must be one of the following values: DIGITAL, PHYSICAL, SERVICE, PHYSICAL/DIGITAL",
                "filters.availableInStore must be a boolean value");
        assertThat(tenant.api().get("/products/" + product + "?locationId=" + location).status()).isEqualTo(200);
    }

    @Test
    void eachTypeListsWhatItNeeds(TestServer server) {
        Tenant tenant = server.newTenant();
        String product = Products.create(tenant, "Mug");
        String head = "\"altId\": \"" + tenant.locationId() + "\", \"altType\": \"location\", \"productIds\": [\""
                + product + "\"]";

        assertInvalid(tenant, "{" + head + "}",
                "type must be one of the following values: bulk-update-price, bulk-update-availability,"
                        + " bulk-update-product-collection, bulk-delete-products, bulk-update-currency",
                "type should not be empty");
        assertInvalid(tenant, "{" + head + ", \"type\": \"bulk-update-price\"}", "price or compareAtPrice should not be empty");
        assertInvalid(tenant, "{" + head + ", \"type\": \"bulk-update-price\", \"price\": {\"type\": \"DOUBLE\","
                        + " \"value\": -1, \"roundToWhole\": 1}}",
                "price.type must be one of the following values: INCREASE_BY_AMOUNT, REDUCE_BY_AMOUNT,"
                        + " SET_NEW_PRICE, INCREASE_BY_PERCENTAGE, REDUCE_BY_PERCENTAGE",
                "price.value must not be less than 0",
                "price.roundToWhole must be a boolean value");
        assertInvalid(tenant, "{" + head + ", \"type\": \"bulk-update-price\", \"compareAtPrice\": {\"type\":"
                        + " \"SET_NEW_PRICE\", \"value\": 0.1234567}}",
                "compareAtPrice.value must have at most 6 decimal places and 18 digits");
        assertInvalid(tenant, "{" + head + ", \"type\": \"bulk-update-availability\"}", "availability must be a boolean value");
        assertInvalid(tenant, "{" + head + ", \"type\": \"bulk-update-product-collection\", \"collectionIds\": []}",
                "collectionIds should not be empty");
        assertInvalid(tenant, "{" + head + ", \"type\": \"bulk-update-currency\"}",
                "currency should not be empty", "currency must be a string");
    }

    @Test
    void onlySubAccountTokensWithProductsWriteMayBulkUpdate(TestServer server) {
        Tenant tenant = server.newTenant();
        String product = Products.create(tenant, "Mug");
        String body = """
                {"altId": "%s", "altType": "location", "type": "bulk-delete-products", "productIds": ["%s"]}
                """.formatted(tenant.locationId(), product);
        String agency = server.agencyToken(tenant.companyId(), EnumSet.allOf(Scope.class));
        String readOnly = server.locationToken(tenant.locationId(), EnumSet.of(Scope.PRODUCTS_READONLY));
        Tenant stranger = server.newTenant();

        assertThat(tenant.api(agency).post("/products/bulk-update", body).status()).isEqualTo(401);
        assertThat(tenant.api(readOnly).post("/products/bulk-update", body).status()).isEqualTo(401);
        assertThat(stranger.api().post("/products/bulk-update", body).status()).isEqualTo(403);
        assertThat(tenant.api().get("/products/" + product + "?locationId=" + tenant.locationId()).status())
                .isEqualTo(200);
    }

    /**
     * Thousands of products (3,000 here; {@code -Dstockroom.test.bulkProducts=10000} for a measurement), each with a
     * price: a price update of all of them (selectAll), then a delete naming every id, each in one request.
     */
    @Test
    void aPriceUpdateAndADeleteOverThousandsOfProductsEachFinishInOneRequest(TestServer server) {
        Tenant tenant = server.newTenant();
        List<String> ids = Catalogs.seed(server, tenant.locationId(), Integer.getInteger("stockroom.test.bulkProducts", 3_000));
        String sample = "/products/" + ids.get(ids.size() / 2) + "/price?locationId=" + tenant.locationId();

        long started = System.nanoTime();
        ApiResponse priced = tenant.api().post("/products/bulk-update", """
                {"altId": "%s", "altType": "location", "type": "bulk-update-price", "productIds": [], "selectAll": true,
                 "price": {"type": "INCREASE_BY_PERCENTAGE", "value": 10.5}}
                """.formatted(tenant.locationId()));
        long priceMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(priced.status()).as("%s", priced).isEqualTo(201);
        assertThat(tenant.api().get(sample).body()).contains("\"amount\":11.05,"); // 10 + 10.5%
        started = System.nanoTime();
        ApiResponse deleted = tenant.api().post("/products/bulk-update", """
                {"altId": "%s", "altType": "location", "type": "bulk-delete-products", "productIds": ["%s"]}
                """.formatted(tenant.locationId(), String.join("\", \"", ids)));
        long deleteMillis = (System.nanoTime() - started) / 1_000_000;
        System.err.printf("bulk price update of %d products: %d ms; bulk delete: %d ms%n", ids.size(), priceMillis,
                deleteMillis);

        assertThat(deleted.status()).as("%s", deleted).isEqualTo(201);
        assertThat(tenant.api().get("/products/?locationId=" + tenant.locationId()).json()
                        .path("total").path(0).path("total").asLong())
                .isZero();
        assertThat(tenant.api().get(sample).status()).isEqualTo(400); // its product is gone
        assertThat(priceMillis + deleteMillis).isLessThan(30_000); // seconds in fact; generous on a busy machine
    }

    // ---- helpers

    private static ApiResponse bulk(Tenant tenant, String type, List<String> productIds, String fields) {
        String ids = String.join("\", \"", productIds);
        return tenant.api().post("/products/bulk-update", """
                {"altId": "%s", "altType": "location", "type": "%s", "productIds": ["%s"]%s}
                """.formatted(tenant.locationId(), type, ids, fields.isEmpty() ? "" : ", " + fields));
    }

    private static String product(Tenant tenant, String name, String type, String fields) {
        ApiResponse created = tenant.api().post("/products/", """
                {"name": "%s", "locationId": "%s", "productType": "%s"%s}
                """.formatted(name, tenant.locationId(), type, fields.isEmpty() ? "" : ", " + fields));
        if (created.status() != 201) throw new AssertionError("create product: " + created);
        return created.json().path("_id").asText();
    }

    private static boolean available(Tenant tenant, String productId) {
        return tenant.api().get("/products/" + productId + "?locationId=" + tenant.locationId())
                .json().path("availableInStore").asBoolean();
    }

    private static String updatedAt(Tenant tenant, String productId) {
        return tenant.api().get("/products/" + productId + "?locationId=" + tenant.locationId())
                .json().path("updatedAt").asText();
    }

    private static void assertInvalid(Tenant tenant, String body, String... messages) {
        ApiResponse response = tenant.api().post("/products/bulk-update", body);
        assertThat(response.status()).as("%s", response).isEqualTo(422);
        List<String> actual = new java.util.ArrayList<>();
        response.json().path("message").forEach(message -> actual.add(message.asText()));
        assertThat(actual).as(body).containsExactlyInAnyOrder(messages);
    }
}
