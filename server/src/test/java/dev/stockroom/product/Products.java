package dev.stockroom.product;

import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.Tenant;
import java.util.ArrayList;
import java.util.List;

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

    /** The product's {@code collectionIds} as GET answers them; fails the test unless the answer is 200. */
    public static List<String> collectionIds(Tenant tenant, String productId) {
        ApiResponse response = tenant.api().get("/products/" + productId + "?locationId=" + tenant.locationId());
        if (response.status() != 200) throw new AssertionError("get product: " + response);
        List<String> ids = new ArrayList<>();
        response.json().path("collectionIds").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
