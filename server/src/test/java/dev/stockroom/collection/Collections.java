package dev.stockroom.collection;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.Tenant;
import java.util.ArrayList;
import java.util.List;

/** Fixtures: collection bodies and shortcuts that create and read collections over HTTP. */
public final class Collections {
    private Collections() {}

    public static String body(String locationId, String name) {
        return """
                {"altId": "%s", "altType": "location", "name": "%s"}
                """.formatted(locationId, name);
    }

    /** Creates a collection and returns its id; fails the test unless the answer is 201. */
    public static String create(Tenant tenant, String name) {
        ApiResponse response = tenant.api().post("/products/collections", body(tenant.locationId(), name));
        if (response.status() != 201) throw new AssertionError("create collection: " + response);
        return response.json().path("data").path("_id").asText();
    }

    /** The collection as GET answers it (the {@code data} object); fails the test unless the answer is 200. */
    public static JsonNode get(Tenant tenant, String collectionId) {
        ApiResponse response =
                tenant.api().get("/products/collections/" + collectionId + "?altId=" + tenant.locationId());
        if (response.status() != 200) throw new AssertionError("get collection: " + response);
        return response.json().path("data");
    }

    /** The ids of the location's products in the collection, as {@code GET /products/?collectionIds=} lists them. */
    public static List<String> members(Tenant tenant, String collectionId) {
        ApiResponse response = tenant.api().get(
                "/products/?locationId=" + tenant.locationId() + "&collectionIds=" + collectionId + "&limit=1000");
        if (response.status() != 200) throw new AssertionError("list products: " + response);
        List<String> ids = new ArrayList<>();
        response.json().path("products").forEach(product -> ids.add(product.path("_id").asText()));
        long total = response.json().path("total").path(0).path("total").asLong();
        if (total != ids.size()) throw new AssertionError("total " + total + " but " + ids.size() + " products listed");
        return ids;
    }
}
