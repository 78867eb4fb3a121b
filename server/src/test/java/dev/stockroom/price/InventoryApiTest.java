package dev.stockroom.price;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.product.Products;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import org.junit.jupiter.api.Test;

@StockroomTest
class InventoryApiTest {

    @Test
    void listShowsTrackedPricesOnlyWithTheirProductsNameAndImage(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = tenant.api().post("/products/", """
                {"name": "T-shirt", "locationId": "%s", "productType": "PHYSICAL", "image": "https://example.com/t.png"}
                """.formatted(tenant.locationId())).json().path("_id").asText();
        String tracked = price(tenant, productId, "Medium T-shirt", "TSHIRT-MED-001", true, 50);
        price(tenant, productId, "Untracked", null, false, 0);

        ApiResponse response = tenant.api().get(inventory(tenant, ""));

        assertThat(response.status()).isEqualTo(200);
        assertThatJson(response.body()).whenIgnoringPaths("inventory[0].updatedAt").isEqualTo("""
                {"inventory": [{"_id": "%s", "name": "Medium T-shirt", "availableQuantity": 50, "sku": "TSHIRT-MED-001",
                                "allowOutOfStockPurchases": false, "product": "%s",
                                "image": "https://example.com/t.png", "productName": "T-shirt"}],
                 "total": {"total": 1}}
                """.formatted(tracked, productId));
    }

    @Test
    void searchMatchesPriceNameSkuOrProductNameInAnyCase(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Cotton Shirt");
        String mug = Products.create(tenant, "Mug");
        String byProduct = price(tenant, shirt, "Small", "A-1", true, 1);
        String byName = price(tenant, mug, "Shirt-shaped mug", "B-2", true, 1);
        String bySku = price(tenant, mug, "Plain", "SHIRT-3", true, 1);
        price(tenant, mug, "Other", "C-4", true, 1);

        ApiResponse response = tenant.api().get(inventory(tenant, "&search=sHiRt"));

        assertThat(response.json().path("inventory").findValuesAsText("_id"))
                .containsExactlyInAnyOrder(byProduct, byName, bySku);
        assertThat(response.json().path("total").path("total").asLong()).isEqualTo(3);
    }

    @Test
    void updateChangesManyItemsAtOnce(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Stocked");
        String first = price(tenant, productId, "First", "F", true, 1);
        String second = price(tenant, productId, "Second", "S", true, 2);

        ApiResponse response = tenant.api().post("/products/inventory", """
                {"altId": "%s", "altType": "location", "items": [
                  {"priceId": "%s", "availableQuantity": 10},
                  {"priceId": "%s", "allowOutOfStockPurchases": true}]}
                """.formatted(tenant.locationId(), first, second));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("status").asBoolean()).isTrue();
        ApiResponse firstPrice = tenant.api().get(
                "/products/" + productId + "/price/" + first + "?locationId=" + tenant.locationId());
        ApiResponse secondPrice = tenant.api().get(
                "/products/" + productId + "/price/" + second + "?locationId=" + tenant.locationId());
        assertThat(firstPrice.json().path("availableQuantity").asLong()).isEqualTo(10);
        assertThat(secondPrice.json().path("availableQuantity").asLong()).isEqualTo(2);
        assertThat(secondPrice.json().path("allowOutOfStockPurchases").asBoolean()).isTrue();
    }

    @Test
    void oneUnknownOrForeignPriceAndNothingChanges(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant stranger = server.newTenant();
        String productId = Products.create(tenant, "Stocked");
        String own = price(tenant, productId, "Own", "O", true, 1);
        String foreign = price(stranger, Products.create(stranger, "Theirs"), "Theirs", "T", true, 1);

        ApiResponse response = tenant.api().post("/products/inventory", """
                {"altId": "%s", "altType": "location", "items": [
                  {"priceId": "%s", "availableQuantity": 99},
                  {"priceId": "%s", "availableQuantity": 99},
                  {"priceId": "655b33aa2209e60b6adb87a7", "availableQuantity": 99}]}
                """.formatted(tenant.locationId(), own, foreign));

        assertThatJson(response.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity", "message": [
                  "items.1.priceId refers to an unknown price: %s",
                  "items.2.priceId refers to an unknown price: 655b33aa2209e60b6adb87a7"]}
                """.formatted(foreign));
        assertThat(tenant.api().get(inventory(tenant, "")).json().path("inventory").get(0)
                        .path("availableQuantity").asLong())
                .isEqualTo(1);
        assertThat(stranger.api().get(inventory(stranger, "")).json().path("inventory").get(0)
                        .path("availableQuantity").asLong())
                .isEqualTo(1);
    }

    @Test
    void badItemsAreListedAndRepeatedPricesRefused(TestServer server) {
        Tenant tenant = server.newTenant();
        String own = price(tenant, Products.create(tenant, "P"), "Own", "O", true, 1);

        ApiResponse bad = tenant.api().post("/products/inventory", """
                {"altId": "%s", "altType": "location", "items": [
                  {"priceId": "nope", "availableQuantity": -1}, {"availableQuantity": 1.5}]}
                """.formatted(tenant.locationId()));
        ApiResponse repeated = tenant.api().post("/products/inventory", """
                {"altId": "%s", "altType": "location", "items": [{"priceId": "%s"}, {"priceId": "%s"}]}
                """.formatted(tenant.locationId(), own, own));
        ApiResponse noItems = tenant.api().post("/products/inventory", """
                {"altId": "%s", "altType": "location"}
                """.formatted(tenant.locationId()));

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().path("message").toString()).contains(
                "items.0.priceId must be a mongodb id",
                "items.0.availableQuantity must not be less than 0",
                "items.1.priceId should not be empty",
                "items.1.availableQuantity must be an integer number");
        assertThatJson(repeated.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity", "message": ["items.1.priceId repeats %s"]}
                """.formatted(own));
        assertThat(noItems.json().path("message").toString()).contains("items must be an array");
    }

    @Test
    void anotherLocationsInventoryIsForbidden(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant stranger = server.newTenant();

        ApiResponse response = tenant.api().get(inventory(stranger, ""));

        assertThat(response.status()).isEqualTo(403);
    }

    private static String price(Tenant tenant, String productId, String name, String sku, boolean tracked, long quantity) {
        ApiResponse created = tenant.api().post("/products/" + productId + "/price", """
                {"name": "%s", "type": "one_time", "currency": "USD", "amount": 10, "locationId": "%s",
                 %s "trackInventory": %s, "availableQuantity": %d}
                """.formatted(name, tenant.locationId(), sku == null ? "" : "\"sku\": \"" + sku + "\",", tracked,
                quantity));
        if (created.status() != 201) throw new AssertionError("create price: " + created);
        return created.json().path("_id").asText();
    }

    private static String inventory(Tenant tenant, String query) {
        return "/products/inventory?altId=" + tenant.locationId() + "&altType=location" + query;
    }
}
