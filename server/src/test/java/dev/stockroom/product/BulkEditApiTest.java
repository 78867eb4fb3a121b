package dev.stockroom.product;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.auth.Scope;
import dev.stockroom.collection.Collections;
import dev.stockroom.price.Prices;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /products/bulk-update/edit}: partial updates of products and their prices, at most 30, all or nothing. */
@StockroomTest
class BulkEditApiTest {

    @Test
    void editsProductsAndTheirPricesInOneCall(TestServer server) {
        Tenant tenant = server.newTenant();
        String kitchen = Collections.create(tenant, "Kitchen");
        String mug = Products.create(tenant, "Mug");
        String plate = Products.create(tenant, "Plate");
        String mugPrice = Prices.create(tenant, mug, "10", "USD", "\"sku\": \"MUG-1\",");
        String platePrice = Prices.create(tenant, plate, "20");

        ApiResponse response = edit(tenant, """
                [{"_id": "%s", "name": "Big mug", "description": "Holds more", "availableInStore": false,
                  "collectionIds": ["%s"], "seo": {"title": "Big mug"}, "slug": "big-mug",
                  "prices": [{"_id": "%s", "amount": 0.1, "compareAtPrice": 0.3, "sku": "MUG-2", "trackInventory": true,
                              "availableQuantity": 7}]},
                 {"_id": "%s", "prices": [{"_id": "%s", "name": "Plate price", "currency": "EUR", "setupFee": 2.5}]}]
                """.formatted(mug, kitchen, mugPrice, plate, platePrice));

        assertThat(response.status()).isEqualTo(201);
        assertThatJson(response.body()).isEqualTo("""
                {"message": "Products updated successfully", "status": true, "updatedCount": 3}
                """);
        assertThatJson(product(tenant, mug)).isObject()
                .containsEntry("name", "Big mug")
                .containsEntry("description", "Holds more")
                .containsEntry("availableInStore", false)
                .containsEntry("collectionIds", List.of(kitchen))
                .containsEntry("slug", "big-mug");
        assertThatJson(Prices.get(tenant, mug, mugPrice).toString()).isObject()
                .containsEntry("amount", 0.1)
                .containsEntry("compareAtPrice", 0.3)
                .containsEntry("sku", "MUG-2")
                .containsEntry("trackInventory", true)
                .containsEntry("availableQuantity", 7)
                .containsEntry("name", "Price");
        assertThatJson(Prices.get(tenant, plate, platePrice).toString()).isObject()
                .containsEntry("name", "Plate price")
                .containsEntry("currency", "EUR")
                .containsEntry("setupFee", 2.5)
                .containsEntry("amount", 20);
        assertThat(product(tenant, plate).path("name").asText()).isEqualTo("Plate");
    }

    @Test
    void updatedCountCountsTheProductsAndPricesThatChangeAndOnlyThoseAreWritten(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String plate = Products.create(tenant, "Plate");
        String mugPrice = Prices.create(tenant, mug, "10");
        String platePrice = Prices.create(tenant, plate, "20");
        String mugBefore = product(tenant, mug).toString();
        String mugPriceBefore = Prices.get(tenant, mug, mugPrice).toString();

        ApiResponse same = edit(tenant, """
                [{"_id": "%s", "name": "Mug", "prices": [{"_id": "%s", "amount": 10.00}]}, {"_id": "%s"}]
                """.formatted(mug, mugPrice, plate));
        ApiResponse onePrice = edit(tenant, """
                [{"_id": "%s", "name": "Mug", "prices": [{"_id": "%s", "amount": 10}]},
                 {"_id": "%s", "prices": [{"_id": "%s", "amount": 21}]}]
                """.formatted(mug, mugPrice, plate, platePrice));

        assertThat(same.json().path("updatedCount").asInt()).isZero();
        assertThat(onePrice.json().path("updatedCount").asInt()).isEqualTo(1);
        assertThat(product(tenant, mug).toString()).isEqualTo(mugBefore); // updatedAt included
        assertThat(Prices.get(tenant, mug, mugPrice).toString()).isEqualTo(mugPriceBefore);
        assertThat(Prices.amount(tenant, plate, platePrice)).isEqualTo("21");
    }

    @Test
    void thirtyEntitiesCountingEveryPriceAreAcceptedAndThirtyOneRefused(TestServer server) {
        Tenant tenant = server.newTenant();
        List<String> products = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String product = Products.create(tenant, "Product " + i);
            products.add(product);
            String first = Prices.create(tenant, product, "1");
            String second = Prices.create(tenant, product, "2");
            items.add("""
                    {"_id": "%s", "description": "edited", "prices": [{"_id": "%s", "amount": 3},
                     {"_id": "%s", "amount": 4}]}""".formatted(product, first, second));
        }
        String extra = Products.create(tenant, "Product 10");
        String before = Prices.snapshot(tenant);

        ApiResponse tooMany = edit(tenant, "[" + String.join(",", items) + ", {\"_id\": \"" + extra
                + "\", \"description\": \"edited\"}]");

        assertThatJson(tooMany.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity", "message": [
                  "products must contain no more than 30 entities, counting every product and every price (31 given)"]}
                """);
        assertThat(Prices.snapshot(tenant)).isEqualTo(before);

        ApiResponse thirty = edit(tenant, "[" + String.join(",", items) + "]");

        assertThat(thirty.status()).as("%s", thirty).isEqualTo(201);
        assertThat(thirty.json().path("updatedCount").asInt()).isEqualTo(30);
        assertThat(product(tenant, products.get(9)).path("description").asText()).isEqualTo("edited");
        assertThat(product(tenant, extra).has("description")).isFalse();
    }

    @Test
    void unknownForeignOrMisplacedIdsAreNamedAndNothingChanges(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant stranger = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String plate = Products.create(tenant, "Plate");
        String mugPrice = Prices.create(tenant, mug, "10");
        String foreign = Products.create(stranger, "Foreign");
        String foreignPrice = Prices.create(stranger, foreign, "10");
        String nowhere = "655b33aa2209e60b6adb87a7";
        String before = Prices.snapshot(tenant);
        String strangerBefore = Prices.snapshot(stranger);

        ApiResponse response = edit(tenant, """
                [{"_id": "%s", "name": "Edited", "prices": [{"_id": "%s", "amount": 1}]},
                 {"_id": "%s", "prices": [{"_id": "%s", "amount": 1}, {"_id": "%s", "amount": 1}]},
                 {"_id": "%s", "name": "Edited"}, {"_id": "%s", "name": "Edited"}]
                """.formatted(mug, mugPrice, plate, foreignPrice, nowhere, foreign, nowhere.replace('7', '8')));

        assertThatJson(response.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity", "message": [
                  "products.1.prices.0._id refers to an unknown price of this product: %s",
                  "products.1.prices.1._id refers to an unknown price of this product: %s",
                  "products.2._id refers to an unknown product: %s",
                  "products.3._id refers to an unknown product: %s"]}
                """.formatted(foreignPrice, nowhere, foreign, nowhere.replace('7', '8')));
        assertThat(Prices.snapshot(tenant)).isEqualTo(before);
        assertThat(Prices.snapshot(stranger)).isEqualTo(strangerBefore);

        ApiResponse misplaced = edit(tenant, """
                [{"_id": "%s", "name": "Edited"}, {"_id": "%s", "prices": [{"_id": "%s", "amount": 1}]}]
                """.formatted(mug, plate, mugPrice));

        assertThatJson(misplaced.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity",
                 "message": ["products.1.prices.0._id refers to an unknown price of this product: %s"]}
                """.formatted(mugPrice));
        assertThat(Prices.snapshot(tenant)).isEqualTo(before);
    }

    @Test
    void aRuleBrokenByTheLastItemUndoesTheItemsAlreadyWritten(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant stranger = server.newTenant();
        String foreignCollection = Collections.create(stranger, "Foreign");
        String mug = Products.create(tenant, "Mug");
        String plate = Products.create(tenant, "Plate");
        String bowl = Products.create(tenant, "Bowl");
        String mugPrice = Prices.create(tenant, mug, "10");
        String platePrice = Prices.create(tenant, plate, "10");
        String before = Prices.snapshot(tenant);

        ApiResponse response = edit(tenant, """
                [{"_id": "%s", "name": "Edited", "prices": [{"_id": "%s", "amount": 1}]},
                 {"_id": "%s", "name": "Edited", "prices": [{"_id": "%s", "amount": 2, "currency": "usd",
                   "recurring": {"interval": "month", "intervalCount": 1}}]},
                 {"_id": "%s", "isTaxesEnabled": true, "collectionIds": ["%s"]}]
                """.formatted(mug, mugPrice, plate, platePrice, bowl, foreignCollection));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("message").toString()).contains(
                "products.1.prices.0.currency must be a valid ISO 4217 currency code",
                "products.1.prices.0.recurring must be empty when type is one_time",
                "products.2.taxes should not be empty when isTaxesEnabled is true");
        assertThat(Prices.snapshot(tenant)).isEqualTo(before);

        ApiResponse collection = edit(tenant, """
                [{"_id": "%s", "name": "Edited"}, {"_id": "%s", "collectionIds": ["%s"]}]
                """.formatted(mug, bowl, foreignCollection));

        assertThatJson(collection.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity",
                 "message": ["products.1.collectionIds contains an unknown collection: %s"]}
                """.formatted(foreignCollection));
        assertThat(Prices.snapshot(tenant)).isEqualTo(before);
    }

    @Test
    void fieldsAreCheckedAsTheSingleItemEndpointsCheckThem(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String mugPrice = Prices.create(tenant, mug, "10");
        String before = Prices.snapshot(tenant);

        ApiResponse response = edit(tenant, """
                [{"_id": "%s", "name": "", "image": 5, "slug": "Not a slug", "collectionIds": ["nope"],
                  "prices": [{"_id": "%s", "name": null, "amount": -1, "availableQuantity": 1.5,
                              "compareAtPrice": "9"}]},
                 {"name": null}, {"_id": "nope"}]
                """.formatted(mug, mugPrice));

        assertThat(response.status()).isEqualTo(422);
        assertThat(messages(response)).containsExactlyInAnyOrder(
                "products.0.name should not be empty",
                "products.0.image must be a string",
                "products.0.slug must contain only lowercase letters, digits and single hyphens,"
                        + " and must not be shaped like an id",
                "each value in products.0.collectionIds must be a mongodb id",
                "products.0.prices.0.amount must not be less than 0",
                "products.0.prices.0.availableQuantity must be an integer number",
                "products.0.prices.0.compareAtPrice must be a number conforming to the specified constraints",
                "products.1._id should not be empty",
                "products.1._id must be a string",
                "products.1.name should not be empty",
                "products.2._id must be a mongodb id");
        assertThat(Prices.snapshot(tenant)).isEqualTo(before);

        ApiResponse priceRules = edit(tenant, """
                [{"_id": "%s", "prices": [{"_id": "%s", "name": null, "amount": null}]}]
                """.formatted(mug, mugPrice));

        assertThat(messages(priceRules)).containsExactlyInAnyOrder(
                "products.0.prices.0.name should not be empty", "products.0.prices.0.amount must be a number");
    }

    @Test
    void fieldsOutsideTheBulkEditSchemaAreIgnored(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String mugPrice = Prices.create(tenant, mug, "10");

        ApiResponse response = edit(tenant, """
                [{"_id": "%s", "name": "Edited", "productType": "DIGITAL", "statementDescriptor": "MUG",
                  "variants": [{"id": "size", "name": "Size", "options": []}],
                  "prices": [{"_id": "%s", "type": "recurring", "description": "ignored", "amount": 11}]}]
                """.formatted(mug, mugPrice));

        assertThat(response.json().path("updatedCount").asInt()).isEqualTo(2);
        JsonNode product = product(tenant, mug);
        assertThat(product.path("productType").asText()).isEqualTo("PHYSICAL");
        assertThat(product.has("statementDescriptor")).isFalse();
        assertThat(product.path("variants")).isEmpty();
        JsonNode price = Prices.get(tenant, mug, mugPrice);
        assertThat(price.path("type").asText()).isEqualTo("one_time");
        assertThat(price.has("description")).isFalse();
    }

    @Test
    void aTakenSlugIsA409AndNothingChanges(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String plate = Products.create(tenant, "Plate");
        String before = Prices.snapshot(tenant);

        ApiResponse taken = edit(tenant, """
                [{"_id": "%s", "name": "Edited"}, {"_id": "%s", "slug": "mug"}]
                """.formatted(mug, plate));
        ApiResponse swapped = edit(tenant, """
                [{"_id": "%s", "slug": "plate-2"}, {"_id": "%s", "slug": "plate-2"}]
                """.formatted(mug, plate));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(swapped.status()).isEqualTo(409);
        assertThat(Prices.snapshot(tenant)).isEqualTo(before);
    }

    @Test
    void theRequestNeedsProductsAndRepeatsAreRefused(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String mugPrice = Prices.create(tenant, mug, "10");

        ApiResponse none = tenant.api().post("/products/bulk-update/edit", """
                {"altId": "%s", "altType": "location"}""".formatted(tenant.locationId()));
        ApiResponse empty = edit(tenant, "[]");
        ApiResponse repeated = edit(tenant, """
                [{"_id": "%s", "prices": [{"_id": "%s"}]}, {"_id": "%s", "prices": [{"_id": "%s"}]}]
                """.formatted(mug, mugPrice, mug, mugPrice));

        assertThat(messages(none)).containsExactly("products must be an array");
        assertThat(messages(empty)).containsExactly("products should not be empty");
        assertThat(messages(repeated)).containsExactly(
                "products.1._id repeats " + mug, "products.1.prices.0._id repeats " + mugPrice);
    }

    @Test
    void onlySubAccountTokensWithProductsWriteMayBulkEdit(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant stranger = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String body = """
                {"altId": "%s", "altType": "location", "products": [{"_id": "%s", "name": "Edited"}]}
                """.formatted(tenant.locationId(), mug);
        String agency = server.agencyToken(tenant.companyId(), EnumSet.allOf(Scope.class));
        String pricesOnly = server.locationToken(tenant.locationId(), EnumSet.of(Scope.PRICES_WRITE));

        assertThat(tenant.api(agency).post("/products/bulk-update/edit", body).status()).isEqualTo(401);
        assertThat(tenant.api(pricesOnly).post("/products/bulk-update/edit", body).status()).isEqualTo(401);
        assertThat(stranger.api().post("/products/bulk-update/edit", body).status()).isEqualTo(403);
        assertThat(product(tenant, mug).path("name").asText()).isEqualTo("Mug");
    }

    // ---- helpers

    private static ApiResponse edit(Tenant tenant, String products) {
        return tenant.api().post("/products/bulk-update/edit", """
                {"altId": "%s", "altType": "location", "products": %s}
                """.formatted(tenant.locationId(), products));
    }

    private static JsonNode product(Tenant tenant, String productId) {
        ApiResponse response = tenant.api().get("/products/" + productId + "?locationId=" + tenant.locationId());
        if (response.status() != 200) throw new AssertionError("get product: " + response);
        return response.json();
    }

    private static List<String> messages(ApiResponse response) {
        assertThat(response.status()).as("%s", response).isEqualTo(422);
        List<String> messages = new ArrayList<>();
        response.json().path("message").forEach(message -> messages.add(message.asText()));
        return messages;
    }
}
