package dev.stockroom.collection;

import static dev.stockroom.collection.SmartCollections.rules;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.auth.Scope;
import dev.stockroom.price.Prices;
import dev.stockroom.product.Products;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Smart collections: members follow the rules after every write, rule hashes and versions, type switches. */
@StockroomTest
class SmartCollectionApiTest {

    // ---- create and read

    @Test
    void createdSmartCollectionHoldsExactlyTheMatchingProducts(TestServer server) {
        Tenant tenant = server.newTenant();
        String red = Products.create(tenant, "Red Shirt");
        String blue = Products.create(tenant, "blue SHIRT");
        Products.create(tenant, "Mug");

        ApiResponse created = SmartCollections.post(tenant, "Shirts", rules("and", "title CONTAINS \"Shirt\""));

        assertThat(created.status()).isEqualTo(201);
        assertThatJson(created.body()).isEqualTo("""
                {"data": {"_id": "${json-unit.regex}[0-9a-f]{24}", "altId": "%s", "name": "Shirts", "slug": "shirts",
                          "image": "", "seo": {}, "type": "smart",
                          "rules": {"logic": "AND",
                                    "conditions": [{"field": "title", "operator": "contains", "value": "Shirt"}]},
                          "ruleHash": "${json-unit.regex}[0-9a-f]{64}", "ruleVersion": 1,
                          "stats": {"productCount": 2, "lastEvaluatedAt": "${json-unit.any-string}"},
                          "createdAt": "${json-unit.any-string}", "updatedAt": "${json-unit.any-string}"}}
                """.formatted(tenant.locationId()));
        String id = created.json().path("data").path("_id").asText();
        assertThat(Collections.members(tenant, id)).containsExactlyInAnyOrder(red, blue);
        assertThat(Products.collectionIds(tenant, red)).containsExactly(id);
        assertThatJson(Collections.get(tenant, id).toString()).isEqualTo(created.json().path("data").toString());
    }

    @Test
    void clientSentHashVersionAndStatsAreIgnored(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Cheap", "type": "smart",
                 "rules": %s, "ruleHash": "abc123def456", "ruleVersion": 7, "stats": {"productCount": 99}}
                """.formatted(tenant.locationId(), rules("OR", "price less_than 10")));

        assertThat(created.status()).isEqualTo(201);
        JsonNode data = created.json().path("data");
        assertThat(data.path("ruleHash").asText()).hasSize(64).isNotEqualTo("abc123def456");
        assertThat(data.path("ruleVersion").asInt()).isEqualTo(1);
        assertThat(data.path("stats").path("productCount").asLong()).isZero();
    }

    // ---- membership follows every write

    @Test
    void productWritesMoveProductsInAndOut(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = SmartCollections.create(tenant, "Lamps", rules("AND", "title starts_with \"lamp\""));

        ApiResponse created = tenant.api().post("/products/", Products.body(tenant.locationId(), "Lamp, brass"));
        String lamp = created.json().path("_id").asText();
        assertThatJson(created.body()).node("collectionIds").isEqualTo("[\"" + id + "\"]");

        ApiResponse renamed = tenant.api().put("/products/" + lamp, """
                {"name": "Brass lamp", "locationId": "%s", "productType": "PHYSICAL"}
                """.formatted(tenant.locationId()));
        assertThatJson(renamed.body()).node("collectionIds").isEqualTo("[]");
        assertThat(Collections.members(tenant, id)).isEmpty();

        tenant.api().put("/products/" + lamp, """
                {"name": "LAMPSHADE", "locationId": "%s", "productType": "PHYSICAL"}
                """.formatted(tenant.locationId()));
        assertThat(Collections.members(tenant, id)).containsExactly(lamp);
        assertThat(Collections.get(tenant, id).path("stats").path("productCount").asLong()).isEqualTo(1);

        assertThat(tenant.api().delete("/products/" + lamp + "?locationId=" + tenant.locationId()).status())
                .isEqualTo(200);
        assertThat(Collections.members(tenant, id)).isEmpty();
        assertThat(Collections.get(tenant, id).path("stats").path("productCount").asLong()).isZero();
    }

    @Test
    void priceWritesMoveProductsInAndOut(TestServer server) {
        Tenant tenant = server.newTenant();
        String product = Products.create(tenant, "Kettle");
        String id = SmartCollections.create(tenant, "Over 10", rules("AND", "price greater_than 10"));
        assertThat(Collections.members(tenant, id)).isEmpty();

        String price = Prices.create(tenant, product, "10.01");
        assertThat(Collections.members(tenant, id)).containsExactly(product);

        ApiResponse lowered = tenant.api().put("/products/" + product + "/price/" + price, """
                {"name": "Price", "type": "one_time", "currency": "USD", "amount": 10.00, "locationId": "%s"}
                """.formatted(tenant.locationId()));
        assertThat(lowered.status()).isEqualTo(200);
        assertThat(Collections.members(tenant, id)).isEmpty();

        String dear = Prices.create(tenant, product, "99.5");
        assertThat(Collections.members(tenant, id)).containsExactly(product);
        tenant.api().delete("/products/" + product + "/price/" + dear + "?locationId=" + tenant.locationId());
        assertThat(Collections.members(tenant, id)).isEmpty();
    }

    @Test
    void inventoryUpdatesMoveProductsInAndOut(TestServer server) {
        Tenant tenant = server.newTenant();
        String product = Products.create(tenant, "Candle");
        String price = Prices.create(tenant, product, "5", "USD", "\"trackInventory\": true, \"availableQuantity\": 3,");
        String untracked = Products.create(tenant, "Matches");
        Prices.create(tenant, untracked, "1", "USD", "\"availableQuantity\": 1,");
        String id = SmartCollections.create(tenant, "Low stock", rules("AND", "inventory less_than_or_equal 2"));
        assertThat(Collections.members(tenant, id)).isEmpty(); // 3 in stock; an untracked price has no inventory

        ApiResponse sold = tenant.api().post("/products/inventory", """
                {"altId": "%s", "altType": "location", "items": [{"priceId": "%s", "availableQuantity": 2}]}
                """.formatted(tenant.locationId(), price));
        assertThat(sold.status()).isEqualTo(201);
        assertThat(Collections.members(tenant, id)).containsExactly(product);
    }

    @Test
    void bulkUpdatesAndBulkEditsMoveProductsInAndOut(TestServer server) {
        Tenant tenant = server.newTenant();
        String cheap = Products.create(tenant, "Cheap");
        String dear = Products.create(tenant, "Dear");
        Prices.create(tenant, cheap, "5");
        String dearPrice = Prices.create(tenant, dear, "50");
        String id = SmartCollections.create(tenant, "Under 20", rules("AND", "price less_than 20"));
        String hidden = SmartCollections.create(tenant, "Hidden", rules("AND", "availableInStore equals false"));
        assertThat(Collections.members(tenant, id)).containsExactly(cheap);

        ApiResponse halved = tenant.api().post("/products/bulk-update", """
                {"altId": "%s", "altType": "location", "type": "bulk-update-price", "productIds": ["%s", "%s"],
                 "price": {"type": "REDUCE_BY_PERCENTAGE", "value": 70}}
                """.formatted(tenant.locationId(), cheap, dear));
        assertThat(halved.status()).isEqualTo(201);
        assertThat(Collections.members(tenant, id)).containsExactlyInAnyOrder(cheap, dear); // 1.5 and 15

        ApiResponse unavailable = tenant.api().post("/products/bulk-update", """
                {"altId": "%s", "altType": "location", "type": "bulk-update-availability", "productIds": ["%s"],
                 "availability": false}
                """.formatted(tenant.locationId(), dear));
        assertThat(unavailable.status()).isEqualTo(201);
        assertThat(Collections.members(tenant, hidden)).containsExactly(dear);

        ApiResponse edited = tenant.api().post("/products/bulk-update/edit", """
                {"altId": "%s", "altType": "location",
                 "products": [{"_id": "%s", "availableInStore": true, "prices": [{"_id": "%s", "amount": 20}]}]}
                """.formatted(tenant.locationId(), dear, dearPrice));
        assertThat(edited.status()).isEqualTo(201);
        assertThat(Collections.members(tenant, id)).containsExactly(cheap);
        assertThat(Collections.members(tenant, hidden)).isEmpty();

        tenant.api().post("/products/bulk-update", """
                {"altId": "%s", "altType": "location", "type": "bulk-delete-products", "productIds": ["%s"]}
                """.formatted(tenant.locationId(), cheap));
        assertThat(Collections.members(tenant, id)).isEmpty();
    }

    // ---- the rule language

    @Test
    void negativeOperatorsOnPriceRowsMeanNoRowMatches(TestServer server) {
        Tenant tenant = server.newTenant();
        String noPrices = Products.create(tenant, "No prices");
        String oneSku = Products.create(tenant, "One sku");
        Prices.create(tenant, oneSku, "5", "USD", "\"sku\": \"ABC-1\",");
        String twoSkus = Products.create(tenant, "Two skus");
        Prices.create(tenant, twoSkus, "5", "USD", "\"sku\": \"ABC-2\",");
        Prices.create(tenant, twoSkus, "10", "USD", "\"sku\": \"XYZ-3\",");

        String noXyz = SmartCollections.create(tenant, "No XYZ", rules("AND", "sku not_contains \"xyz\""));
        String notFive = SmartCollections.create(tenant, "Not 5", rules("AND", "price not_equals 5.00"));
        String someXyz = SmartCollections.create(tenant, "Some XYZ", rules("AND", "sku contains \"xyz\""));

        assertThat(Collections.members(tenant, noXyz)).containsExactlyInAnyOrder(noPrices, oneSku);
        assertThat(Collections.members(tenant, notFive)).containsExactly(noPrices);
        assertThat(Collections.members(tenant, someXyz)).containsExactly(twoSkus);
    }

    @Test
    void variantTitleMatchesAPriceNameOrAVariantOptionName(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse withOptions = tenant.api().post("/products/", """
                {"name": "Tee", "locationId": "%s", "productType": "PHYSICAL",
                 "variants": [{"id": "size", "name": "Size", "options": [{"id": "xl", "name": "Extra Large"}]}]}
                """.formatted(tenant.locationId()));
        String byOption = withOptions.json().path("_id").asText();
        String byPrice = Products.create(tenant, "Hoodie");
        tenant.api().post("/products/" + byPrice + "/price", """
                {"name": "Large / Blue", "type": "one_time", "currency": "USD", "amount": 30, "locationId": "%s"}
                """.formatted(tenant.locationId()));
        Products.create(tenant, "Large poster"); // "large" in the title only

        String id = SmartCollections.create(tenant, "Large", rules("AND", "variantTitle contains \"LARGE\""));
        String exact = SmartCollections.create(tenant, "Exact", rules("AND", "variantTitle equals \"extra large\""));
        String ends = SmartCollections.create(tenant, "Blue", rules("AND", "variantTitle ends_with \"/ blue\""));

        assertThat(Collections.members(tenant, id)).containsExactlyInAnyOrder(byOption, byPrice);
        assertThat(Collections.members(tenant, exact)).containsExactly(byOption);
        assertThat(Collections.members(tenant, ends)).containsExactly(byPrice);
    }

    @Test
    void productFieldsCombineWithAndOrOr(TestServer server) {
        Tenant tenant = server.newTenant();
        String digital = tenant.api().post("/products/", """
                {"name": "E-book", "locationId": "%s", "productType": "DIGITAL", "availableInStore": false}
                """.formatted(tenant.locationId())).json().path("_id").asText();
        String physical = Products.create(tenant, "Book");
        String both = tenant.api().post("/products/", """
                {"name": "Book and e-book", "locationId": "%s", "productType": "PHYSICAL/DIGITAL"}
                """.formatted(tenant.locationId())).json().path("_id").asText();
        Prices.create(tenant, physical, "20", "USD", "\"compareAtPrice\": 25,");

        String all = SmartCollections.create(tenant, "All", rules("AND",
                "productType not_equals \"DIGITAL\"", "availableInStore equals true", "title contains \"book\""));
        String any = SmartCollections.create(tenant, "Any", rules("OR",
                "productType equals \"DIGITAL\"", "compareAtPrice greater_than_or_equal 25"));

        assertThat(Collections.members(tenant, all)).containsExactlyInAnyOrder(physical, both);
        assertThat(Collections.members(tenant, any)).containsExactlyInAnyOrder(digital, physical);
    }

    // ---- ruleHash and ruleVersion

    @Test
    void ruleHashIgnoresKeyOrderAndLetterCaseOfNamesAndVersionGrowsOnlyWhenItChanges(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = SmartCollections.create(tenant, "Cheap", rules("AND", "price less_than 10.50"));
        JsonNode first = Collections.get(tenant, id);

        SmartCollections.update(tenant, id, """
                "rules": {"conditions": [{"value": 10.5, "operator": "LESS_THAN", "field": "PRICE"}], "logic": "and"}
                """);
        JsonNode same = Collections.get(tenant, id);
        assertThat(same.path("ruleHash")).isEqualTo(first.path("ruleHash"));
        assertThat(same.path("ruleVersion").asInt()).isEqualTo(1);
        assertThat(same.path("stats").path("lastEvaluatedAt")).isEqualTo(first.path("stats").path("lastEvaluatedAt"));

        SmartCollections.update(tenant, id, "\"rules\": " + rules("AND", "price less_than 11"));
        JsonNode changed = Collections.get(tenant, id);
        assertThat(changed.path("ruleHash")).isNotEqualTo(first.path("ruleHash"));
        assertThat(changed.path("ruleVersion").asInt()).isEqualTo(2);

        SmartCollections.update(tenant, id, "\"name\": \"Renamed\", \"ruleVersion\": 9, \"ruleHash\": \"x\"");
        JsonNode renamed = Collections.get(tenant, id);
        assertThat(renamed.path("ruleVersion").asInt()).isEqualTo(2);
        assertThat(renamed.path("ruleHash")).isEqualTo(changed.path("ruleHash"));

        SmartCollections.update(tenant, id, "\"rules\": " + rules("AND", "price less_than 10.5"));
        assertThat(Collections.get(tenant, id).path("ruleVersion").asInt()).isEqualTo(3);
        assertThat(Collections.get(tenant, id).path("ruleHash")).isEqualTo(first.path("ruleHash"));
    }

    @Test
    void newRulesReplaceTheMembers(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String sock = Products.create(tenant, "Sock");
        String id = SmartCollections.create(tenant, "Clothes", rules("AND", "title equals \"shirt\""));

        ApiResponse updated = SmartCollections.update(tenant, id, "\"rules\": " + rules("AND", "title equals \"SOCK\""));

        assertThat(updated.status()).isEqualTo(200);
        assertThatJson(updated.body()).isEqualTo("{\"status\": true, \"message\": \"Successfully updated\"}");
        assertThat(Collections.members(tenant, id)).containsExactly(sock);
        assertThat(Products.collectionIds(tenant, shirt)).isEmpty();
    }

    // ---- manual and smart

    @Test
    void manualToSmartReplacesTheMembersWithTheRulesResult(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String sock = Products.create(tenant, "Sock");
        String id = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Picked", "productIds": ["%s"]}
                """.formatted(tenant.locationId(), shirt)).json().path("data").path("_id").asText();

        ApiResponse switched = SmartCollections.update(tenant, id,
                "\"type\": \"smart\", \"rules\": " + rules("AND", "title equals \"sock\""));

        assertThat(switched.status()).isEqualTo(200);
        assertThat(Collections.members(tenant, id)).containsExactly(sock);
        assertThat(Collections.get(tenant, id).path("ruleVersion").asInt()).isEqualTo(1);
    }

    @Test
    void smartToManualKeepsTheMembersAsManualOnesAndKeepsTheRulesForLater(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String id = SmartCollections.create(tenant, "Shirts", rules("AND", "title contains \"shirt\""));
        JsonNode smart = Collections.get(tenant, id);

        ApiResponse switched = SmartCollections.update(tenant, id, "\"type\": \"manual\"");
        assertThat(switched.status()).isEqualTo(200);
        String tshirt = Products.create(tenant, "T-shirt"); // would match, but the collection is manual now
        tenant.api().put("/products/" + shirt, """
                {"name": "Jumper", "locationId": "%s", "productType": "PHYSICAL"}
                """.formatted(tenant.locationId()));
        assertThat(Collections.members(tenant, id)).containsExactly(shirt);
        JsonNode manual = Collections.get(tenant, id);
        assertThat(manual.path("type").asText()).isEqualTo("manual");
        assertThat(manual.path("ruleHash")).isEqualTo(smart.path("ruleHash"));

        ApiResponse picked = SmartCollections.update(tenant, id, "\"productIds\": [\"" + tshirt + "\"]");
        assertThat(picked.status()).isEqualTo(200);
        assertThat(Collections.members(tenant, id)).containsExactly(tshirt);

        ApiResponse back = SmartCollections.update(tenant, id, "\"type\": \"smart\"");
        assertThat(back.status()).isEqualTo(200);
        assertThat(Collections.members(tenant, id)).containsExactly(tshirt); // the kept rules, evaluated again
        assertThat(Collections.get(tenant, id).path("ruleVersion").asInt()).isEqualTo(1);
    }

    @Test
    void rulesSentToAManualCollectionAreIgnored(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Manual", "type": "manual",
                 "rules": {"logic": "AND", "conditions": ["<array>"]}}
                """.formatted(tenant.locationId()));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("data").has("rules")).isFalse();
        assertThat(created.json().path("data").has("ruleHash")).isFalse();
    }

    @Test
    void productIdsOnASmartCollectionAreRefusedAndChangeNothing(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Smart", "type": "smart", "productIds": ["%s"],
                 "rules": %s}
                """.formatted(tenant.locationId(), shirt, rules("AND", "title equals \"sock\"")));
        assertThat(created.status()).isEqualTo(422);
        assertThatJson(created.body()).node("message").isEqualTo("""
                ["productIds cannot be set on a smart collection: its products are the ones its rules match"]""");

        String id = SmartCollections.create(tenant, "Socks", rules("AND", "title equals \"sock\""));
        ApiResponse updated = SmartCollections.update(tenant, id, "\"name\": \"Changed\", \"productIds\": [\"" + shirt + "\"]");
        assertThat(updated.status()).isEqualTo(422);
        assertThat(Collections.get(tenant, id).path("name").asText()).isEqualTo("Socks");
        assertThat(Collections.members(tenant, id)).isEmpty();
        assertThatJson(tenant.api().get("/products/collections?altId=" + tenant.locationId() + "&altType=location")
                        .body())
                .node("total")
                .isEqualTo(1);
    }

    @Test
    void aProductsCollectionIdsCannotAddItToOrTakeItFromASmartCollection(TestServer server) {
        Tenant tenant = server.newTenant();
        String manual = Collections.create(tenant, "Manual");
        String socks = SmartCollections.create(tenant, "Socks", rules("AND", "title contains \"sock\""));
        String shirt = Products.create(tenant, "Shirt");
        String sock = Products.create(tenant, "Sock");

        ApiResponse added = tenant.api().put("/products/" + shirt, """
                {"name": "Shirt", "locationId": "%s", "productType": "PHYSICAL", "collectionIds": ["%s", "%s"]}
                """.formatted(tenant.locationId(), socks, manual));
        assertThat(added.status()).isEqualTo(200);
        assertThatJson(added.body()).node("collectionIds").isEqualTo("[\"" + manual + "\"]");

        ApiResponse removed = tenant.api().put("/products/" + sock, """
                {"name": "Sock", "locationId": "%s", "productType": "PHYSICAL", "collectionIds": []}
                """.formatted(tenant.locationId()));
        assertThat(removed.status()).isEqualTo(200);
        assertThatJson(removed.body()).node("collectionIds").isEqualTo("[\"" + socks + "\"]");
        assertThat(Collections.members(tenant, socks)).containsExactly(sock);
    }

    @Test
    void bulkAddingProductsToASmartCollectionIsRefused(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String socks = SmartCollections.create(tenant, "Socks", rules("AND", "title contains \"sock\""));

        ApiResponse response = tenant.api().post("/products/bulk-update", """
                {"altId": "%s", "altType": "location", "type": "bulk-update-product-collection",
                 "productIds": ["%s"], "collectionIds": ["%s"]}
                """.formatted(tenant.locationId(), shirt, socks));

        assertThat(response.status()).isEqualTo(422);
        assertThatJson(response.body()).node("message")
                .isEqualTo("[\"collectionIds contains a collection that is not manual: " + socks + "\"]");
        assertThat(Collections.members(tenant, socks)).isEmpty();
    }

    @Test
    void deletingASmartCollectionRemovesItFromItsProducts(TestServer server) {
        Tenant tenant = server.newTenant();
        String sock = Products.create(tenant, "Sock");
        String socks = SmartCollections.create(tenant, "Socks", rules("AND", "title contains \"sock\""));

        ApiResponse deleted =
                tenant.api().delete("/products/collections/" + socks + "?altId=" + tenant.locationId() + "&altType=location");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(Products.collectionIds(tenant, sock)).isEmpty();
        String another = Products.create(tenant, "Another sock"); // no rules left to follow
        assertThat(Products.collectionIds(tenant, another)).isEmpty();
    }

    // ---- refusals

    @Test
    void everyInvalidRuleIsRefusedNamingItsCondition(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse response = SmartCollections.post(tenant, "Broken", """
                {"logic": "XOR", "conditions": [
                  {"field": "colour", "operator": "equals", "value": "red"},
                  {"field": "price", "operator": "contains", "value": 5},
                  {"field": "price", "operator": "less_than", "value": "5"},
                  {"field": "title", "operator": "contains", "value": ""},
                  {"field": "inventory", "operator": "equals", "value": 1.5},
                  {"field": "availableInStore", "operator": "equals", "value": "yes"},
                  {"field": "productType", "operator": "equals", "value": "BOOK"},
                  {"field": "sku", "operator": "greater_than", "value": "A"},
                  "not an object",
                  {"field": "title", "value": "x"}]}
                """);

        assertThat(response.status()).isEqualTo(422);
        assertThatJson(response.body()).node("message").isEqualTo("""
                ["rules.logic must be one of the following values: AND, OR",
                 "rules.conditions.0.field must be one of the following values: title, variantTitle, price, compareAtPrice, inventory, sku, productType, availableInStore",
                 "rules.conditions.1.operator must be one of the following values: equals, not_equals, greater_than, less_than, greater_than_or_equal, less_than_or_equal",
                 "rules.conditions.2.value must be a number conforming to the specified constraints",
                 "rules.conditions.3.value should not be empty",
                 "rules.conditions.4.value must be an integer number",
                 "rules.conditions.5.value must be a boolean value",
                 "rules.conditions.6.value must be one of the following values: DIGITAL, PHYSICAL, SERVICE, PHYSICAL/DIGITAL",
                 "rules.conditions.7.operator must be one of the following values: equals, not_equals, contains, not_contains, starts_with, ends_with",
                 "nested property rules.conditions.8 must be either object or array",
                 "rules.conditions.9.operator must be one of the following values: equals, not_equals, contains, not_contains, starts_with, ends_with",
                 "rules.conditions.9.operator should not be empty"]
                """);
        assertThatJson(tenant.api().get("/products/collections?altId=" + tenant.locationId() + "&altType=location")
                        .body())
                .node("total")
                .isEqualTo(0);
    }

    @Test
    void conditionsMustNumberOneToSixty(TestServer server) {
        Tenant tenant = server.newTenant();
        String[] sixtyOne = new String[61];
        Arrays.fill(sixtyOne, "price greater_than 1");

        assertThatJson(SmartCollections.post(tenant, "None", "{\"logic\": \"AND\", \"conditions\": []}").body())
                .node("message").isEqualTo("[\"rules.conditions must contain at least 1 elements\"]");
        assertThatJson(SmartCollections.post(tenant, "Many", rules("AND", sixtyOne)).body())
                .node("message").isEqualTo("[\"rules.conditions must contain no more than 60 elements\"]");
        assertThat(SmartCollections.post(tenant, "Sixty", rules("AND", Arrays.copyOf(sixtyOne, 60))).status())
                .isEqualTo(201);
    }

    @Test
    void aSmartCollectionNeedsRules(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse withoutRules = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Smart", "type": "smart"}
                """.formatted(tenant.locationId()));
        assertThat(withoutRules.status()).isEqualTo(422);
        assertThatJson(withoutRules.body()).node("message")
                .isEqualTo("[\"rules should not be empty: a smart collection selects its products by rules\"]");

        String manual = Collections.create(tenant, "Manual");
        assertThat(SmartCollections.update(tenant, manual, "\"type\": \"smart\"").status()).isEqualTo(422);
        String smart = SmartCollections.create(tenant, "Smart", rules("AND", "price equals 1"));
        assertThat(SmartCollections.update(tenant, smart, "\"rules\": null").status()).isEqualTo(422);
        assertThat(SmartCollections.update(tenant, smart, "\"rules\": [1]").status()).isEqualTo(422);
        assertThat(Collections.get(tenant, manual).path("type").asText()).isEqualTo("manual");
    }

    // ---- tenancy

    @Test
    void aSmartCollectionNeverHoldsAnotherLocationsProducts(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant sibling = server.newLocation(tenant.companyId());
        String mine = Products.create(tenant, "Shirt");
        Products.create(sibling, "Shirt");
        String id = SmartCollections.create(tenant, "Shirts", rules("AND", "title equals \"shirt\""));
        Products.create(sibling, "Shirt");

        assertThat(Collections.members(tenant, id)).containsExactly(mine);
        assertThat(Collections.get(tenant, id).path("stats").path("productCount").asLong()).isEqualTo(1);
        assertThat(sibling.api().get("/products/collections/" + id + "?altId=" + sibling.locationId()).status())
                .isEqualTo(400);
    }

    // ---- preview

    @Test
    void previewCountsAndPagesTheMatchesWithoutSavingAnything(TestServer server) {
        Tenant tenant = server.newTenant();
        String first = Products.create(tenant, "Lamp 1");
        String second = Products.create(tenant, "Lamp 2");
        String third = Products.create(tenant, "Lamp 3");
        Products.create(tenant, "Chair");

        ApiResponse page = tenant.api().post("/stockroom/collections/preview?limit=2", """
                {"altId": "%s", "altType": "location", "rules": %s}
                """.formatted(tenant.locationId(), rules("AND", "title starts_with \"lamp\"")));
        ApiResponse next = tenant.api().post("/stockroom/collections/preview?limit=2&offset=2", """
                {"altId": "%s", "altType": "location", "rules": %s}
                """.formatted(tenant.locationId(), rules("AND", "title starts_with \"lamp\"")));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("total").asLong()).isEqualTo(3);
        assertThat(page.json().path("products").findValuesAsText("_id")).containsExactly(third, second);
        assertThat(page.json().path("products").path(0).path("name").asText()).isEqualTo("Lamp 3");
        assertThat(next.json().path("products").findValuesAsText("_id")).containsExactly(first);
        assertThatJson(tenant.api().get("/products/collections?altId=" + tenant.locationId() + "&altType=location")
                        .body())
                .node("total")
                .isEqualTo(0);
        assertThat(Products.collectionIds(tenant, first)).isEmpty();
    }

    @Test
    void previewRefusesInvalidRulesAndOtherLocations(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant stranger = server.newTenant();

        ApiResponse invalid = tenant.api().post("/stockroom/collections/preview", """
                {"altId": "%s", "altType": "location", "rules": %s}
                """.formatted(tenant.locationId(), rules("AND", "title greater_than \"a\"")));
        ApiResponse missing = tenant.api().post("/stockroom/collections/preview", """
                {"altId": "%s", "altType": "location"}
                """.formatted(tenant.locationId()));
        ApiResponse foreign = tenant.api().post("/stockroom/collections/preview", """
                {"altId": "%s", "altType": "location", "rules": %s}
                """.formatted(stranger.locationId(), rules("AND", "title contains \"a\"")));

        assertThat(invalid.status()).isEqualTo(422);
        assertThatJson(invalid.body()).node("message").isArray().hasSize(1);
        assertThatJson(missing.body()).node("message").isEqualTo("[\"rules should not be empty\"]");
        assertThat(foreign.status()).isEqualTo(403);
    }

    @Test
    void previewNeedsALocationTokenWithTheCollectionReadScope(TestServer server) {
        Tenant tenant = server.newTenant();
        String body = """
                {"altId": "%s", "altType": "location", "rules": %s}
                """.formatted(tenant.locationId(), rules("AND", "title contains \"a\""));
        String agency = server.agencyToken(tenant.companyId(), EnumSet.allOf(Scope.class));
        String productsOnly = server.locationToken(
                tenant.locationId(), EnumSet.of(Scope.PRODUCTS_READONLY));

        assertThat(tenant.api(agency).post("/stockroom/collections/preview", body).status()).isEqualTo(401);
        assertThat(tenant.api(productsOnly).post("/stockroom/collections/preview", body).status()).isEqualTo(401);
        assertThat(tenant.api().withHeader("Version", null).post("/stockroom/collections/preview", body).status())
                .isEqualTo(200);
    }
}
