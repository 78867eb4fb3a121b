package dev.stockroom.collection;

import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.Tenant;

/** Fixtures: smart collections created over HTTP, and rule bodies. */
public final class SmartCollections {
    private SmartCollections() {}

    /** {@code {"logic": LOGIC, "conditions": [...]}} from conditions written as {@code field operator value-json}. */
    public static String rules(String logic, String... conditions) {
        StringBuilder json = new StringBuilder("{\"logic\": \"" + logic + "\", \"conditions\": [");
        for (int i = 0; i < conditions.length; i++) {
            String[] parts = conditions[i].split(" ", 3);
            if (i > 0) json.append(", ");
            json.append("{\"field\": \"%s\", \"operator\": \"%s\", \"value\": %s}".formatted(parts[0], parts[1], parts[2]));
        }
        return json.append("]}").toString();
    }

    public static ApiResponse post(Tenant tenant, String name, String rules) {
        return tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "%s", "type": "smart", "rules": %s}
                """.formatted(tenant.locationId(), name, rules));
    }

    /** Creates a smart collection and returns its id; fails the test unless the answer is 201. */
    public static String create(Tenant tenant, String name, String rules) {
        ApiResponse response = post(tenant, name, rules);
        if (response.status() != 201) throw new AssertionError("create smart collection: " + response);
        return response.json().path("data").path("_id").asText();
    }

    public static ApiResponse update(Tenant tenant, String collectionId, String fields) {
        return tenant.api().put("/products/collections/" + collectionId, """
                {"altId": "%s", "altType": "location", %s}
                """.formatted(tenant.locationId(), fields));
    }
}
