package dev.stockroom.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.Tenant;
import java.util.ArrayList;
import java.util.List;

/** Fixtures: review bodies, and shortcuts that seed and read reviews over HTTP. */
public final class Reviews {
    public static final String STORE = "store-1";

    private Reviews() {}

    /** A seeding body; {@code extra} is more JSON members, written as {@code "name": value, ...} (may be empty). */
    public static String body(String locationId, String productId, String rating, String extra) {
        return body(locationId, productId, STORE, rating, extra);
    }

    public static String body(String locationId, String productId, String storeId, String rating, String extra) {
        return """
                {"altId": "%s", "altType": "location", "productId": "%s", "storeId": "%s", "rating": %s%s}
                """.formatted(locationId, productId, storeId, rating, extra.isEmpty() ? "" : ", " + extra);
    }

    /** Seeds a review through {@code POST /stockroom/reviews}; returns its id. Fails unless the answer is 201. */
    public static String seed(Tenant tenant, String productId, String rating, String extra) {
        ApiResponse response = tenant.api().post("/stockroom/reviews", body(tenant.locationId(), productId, rating, extra));
        if (response.status() != 201) throw new AssertionError("seed review: " + response);
        return response.json().path("_id").asText();
    }

    /** {@code GET /products/reviews} for the tenant's location with more query parameters; fails unless 200. */
    public static JsonNode list(Tenant tenant, String query) {
        ApiResponse response = tenant.api()
                .get("/products/reviews?altType=location&altId=" + tenant.locationId() + (query.isEmpty() ? "" : "&" + query));
        if (response.status() != 200) throw new AssertionError("list reviews: " + response);
        return response.json();
    }

    /** The ids a list answers, in its order. */
    public static List<String> ids(Tenant tenant, String query) {
        List<String> ids = new ArrayList<>();
        list(tenant, query).path("data").forEach(review -> ids.add(review.path("_id").asText()));
        return ids;
    }

    /** Every review of the location, as one JSON text: a refused write must leave it as it was. */
    public static String snapshot(Tenant tenant) {
        return list(tenant, "limit=1000").toString();
    }
}
