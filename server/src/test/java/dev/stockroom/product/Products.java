package dev.stockroom.product;

import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.Tenant;

/** Fixtures: product bodies and shortcuts that create products over HTTP. */
public final class Products {
    private Products() {}

    public static String body(String locationId, String name) {
        return """
                {"name": "%s", "locationId": "%s", "productType": "PHYSICAL"}
                """.formatted(name, locationId);
    }

    /** Creates a product and returns its id; fails the test unless the answer is 201. */
    public static String create(Tenant tenant, String name) {
        ApiResponse response = tenant.api().post("/products/", body(tenant.locationId(), name));
        if (response.status() != 201) throw new AssertionError("create product: " + response);
        return response.json().path("_id").asText();
    }
}
