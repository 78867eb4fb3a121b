package dev.stockroom.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Fixtures: store bodies and shortcuts that call the store endpoints over HTTP. */
final class Stores {
    private Stores() {}

    static String statusBody(String locationId, String action, List<String> productIds) {
        return """
                {"altId": "%s", "altType": "location", "action": "%s", "productIds": [%s]}
                """.formatted(locationId, action, quoted(productIds));
    }

    /** {@code priorities} alternates product ids and priorities: {@code "id1", 1, "id2", 2}. */
    static String priorityBody(String locationId, Object... priorities) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < priorities.length; i += 2) {
            items.add("{\"productId\": \"%s\", \"priority\": %s}".formatted(priorities[i], priorities[i + 1]));
        }
        return """
                {"altId": "%s", "altType": "location", "products": [%s]}
                """.formatted(locationId, String.join(", ", items));
    }

    static ApiResponse setStatus(Tenant tenant, String storeId, String action, List<String> productIds) {
        return tenant.api().post("/products/store/" + storeId, statusBody(tenant.locationId(), action, productIds));
    }

    /** Includes the products; fails the test unless the answer is 201. */
    static void include(Tenant tenant, String storeId, String... productIds) {
        ApiResponse response = setStatus(tenant, storeId, "include", List.of(productIds));
        if (response.status() != 201) throw new AssertionError("include: " + response);
    }

    /** Excludes the products; fails the test unless the answer is 201. */
    static void exclude(Tenant tenant, String storeId, String... productIds) {
        ApiResponse response = setStatus(tenant, storeId, "exclude", List.of(productIds));
        if (response.status() != 201) throw new AssertionError("exclude: " + response);
    }

    /** Sets priorities ({@code "id1", 1, "id2", 2}); fails the test unless the answer is 200. */
    static void prioritize(Tenant tenant, String storeId, Object... priorities) {
        ApiResponse response = tenant.api()
                .post("/products/store/" + storeId + "/priority", priorityBody(tenant.locationId(), priorities));
        if (response.status() != 200) throw new AssertionError("priority: " + response);
    }

    static ApiResponse stats(Tenant tenant, String storeId, String query) {
        return tenant.api()
                .get("/products/store/" + storeId + "/stats?altType=location&altId=" + tenant.locationId() + query);
    }

    /** The stats as {@code "total/included/excluded"}; fails the test unless the answer is 200. */
    static String counts(Tenant tenant, String storeId, String query) {
        ApiResponse response = stats(tenant, storeId, query);
        if (response.status() != 200) throw new AssertionError("stats: " + response);
        JsonNode json = response.json();
        return json.path("totalProducts").asLong() + "/" + json.path("includedInStore").asLong() + "/"
                + json.path("excludedFromStore").asLong();
    }

    /** The ids {@code GET /products/} lists, in its order; fails the test unless the answer is 200. */
    static List<String> listed(Tenant tenant, String query) {
        ApiResponse response = tenant.api().get("/products/?limit=1000&locationId=" + tenant.locationId() + query);
        if (response.status() != 200) throw new AssertionError("list products: " + response);
        List<String> ids = new ArrayList<>();
        response.json().path("products").forEach(product -> ids.add(product.path("_id").asText()));
        long total = response.json().path("total").path(0).path("total").asLong();
        if (total != ids.size()) throw new AssertionError("total " + total + " but " + ids.size() + " products listed");
        return ids;
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
    }
}
