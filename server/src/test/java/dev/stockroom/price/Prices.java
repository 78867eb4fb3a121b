package dev.stockroom.price;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.Tenant;

/** Fixtures: prices created and read over HTTP, and a snapshot of a tenant's whole catalog. */
public final class Prices {
    private Prices() {}

    /** Creates a one-time price; {@code more} adds fields (for example {@code "compareAtPrice": 5,}). */
    public static String create(Tenant tenant, String productId, String amount, String currency, String more) {
        ApiResponse created = tenant.api().post("/products/" + productId + "/price", """
                {"name": "Price", "type": "one_time", "currency": "%s", "amount": %s, %s "locationId": "%s"}
                """.formatted(currency, amount, more, tenant.locationId()));
        if (created.status() != 201) throw new AssertionError("create price: " + created);
        return created.json().path("_id").asText();
    }

    public static String create(Tenant tenant, String productId, String amount) {
        return create(tenant, productId, amount, "USD", "");
    }

    /** The price as GET answers it; fails the test unless the answer is 200. */
    public static JsonNode get(Tenant tenant, String productId, String priceId) {
        ApiResponse response = tenant.api()
                .get("/products/" + productId + "/price/" + priceId + "?locationId=" + tenant.locationId());
        if (response.status() != 200) throw new AssertionError("get price: " + response);
        return response.json();
    }

    /** The price's amount exactly as the body spells it (0.3, never 0.30000000000000004). */
    public static String amount(Tenant tenant, String productId, String priceId) {
        return get(tenant, productId, priceId).path("amount").toString();
    }

    /** Everything the tenant has: the product list, and the prices of each product. A refused write leaves it as it was. */
    public static String snapshot(Tenant tenant) {
        ApiResponse products = tenant.api().get("/products/?limit=1000&locationId=" + tenant.locationId());
        if (products.status() != 200) throw new AssertionError("list products: " + products);
        StringBuilder snapshot = new StringBuilder(products.body());
        for (JsonNode product : products.json().path("products")) {
            snapshot.append('\n').append(tenant.api()
                    .get("/products/" + product.path("_id").asText() + "/price?limit=1000&locationId="
                            + tenant.locationId())
                    .body());
        }
        return snapshot.toString();
    }
}
