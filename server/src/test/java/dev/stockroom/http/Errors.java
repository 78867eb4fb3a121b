package dev.stockroom.http;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.Tenant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Assertions on HighLevel's error bodies, and fixtures shared by the error, scope and tenancy tests. */
public final class Errors {
    public static final String INVALID_TOKEN = "Invalid token: access token is invalid";
    public static final String MISSING_SCOPE = "The token is not authorized for this scope.";
    public static final String AGENCY_NOT_ALLOWED = "This authClass type is not allowed to access this scope. Please reach"
            + " out to the Platform team to get it added.";
    public static final String NO_LOCATION_ACCESS = "The token does not have access to this location.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Integer, String> REASONS = Map.of(
            400, "Bad Request",
            401, "Unauthorized",
            403, "Forbidden",
            404, "Not Found",
            409, "Conflict",
            413, "Payload Too Large",
            414, "URI Too Long",
            422, "Unprocessable Entity",
            431, "Request Header Fields Too Large");

    private Errors() {}

    /** The response is exactly {@code {"statusCode": status, "message": message, "error": reason}}. */
    public static void assertError(ApiResponse response, int status, String message) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThatJson(response.body())
                .isEqualTo(Map.of("statusCode", status, "message", message, "error", REASONS.get(status)));
    }

    /** A 400 in the error shape whose message starts with {@code prefix}. */
    public static void assertErrorStartingWith(ApiResponse response, int status, String prefix) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThatJson(response.body()).isObject().containsOnlyKeys("statusCode", "message", "error");
        assertThatJson(response.body()).node("statusCode").isEqualTo(status);
        assertThatJson(response.body()).node("error").isEqualTo(REASONS.get(status));
        assertThatJson(response.body()).node("message").asString().startsWith(prefix);
    }

    /** A 422 listing exactly these violations, in any order. */
    public static void assertInvalid(ApiResponse response, String... messages) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(422);
        assertThatJson(response.body()).isObject().containsOnlyKeys("statusCode", "message", "error");
        assertThatJson(response.body()).node("statusCode").isEqualTo(422);
        assertThatJson(response.body()).node("error").isEqualTo("Unprocessable Entity");
        assertThat(messagesOf(response)).containsExactlyInAnyOrder(messages);
    }

    /** Any error other than a 5xx, in HighLevel's shape: message is a list for 422, a string otherwise. */
    public static void assertClientErrorShape(ApiResponse response) {
        assertThat(response.status()).as("status of %s", response).isBetween(400, 499);
        assertThatJson(response.body()).isObject().containsOnlyKeys("statusCode", "message", "error");
        assertThatJson(response.body()).node("statusCode").isEqualTo(response.status());
        if (response.status() == 422) {
            assertThatJson(response.body()).node("message").isArray().isNotEmpty();
        } else {
            assertThatJson(response.body()).node("message").isString().isNotEmpty();
        }
    }

    public static List<String> messagesOf(ApiResponse response) {
        return Arrays.asList(JSON.convertValue(response.json().path("message"), String[].class));
    }

    // ---- fixtures

    static String productBody(String locationId, String name) {
        return """
                {"name": "%s", "locationId": "%s", "productType": "PHYSICAL"}
                """.formatted(name, locationId);
    }

    /** Creates a product with the tenant's own token; returns its id. */
    static String createProduct(Tenant tenant, String name) {
        return created(tenant.api().post("/products/", productBody(tenant.locationId(), name))).path("_id").asText();
    }

    static String collectionBody(String locationId, String name) {
        return """
                {"altId": "%s", "altType": "location", "name": "%s"}
                """.formatted(locationId, name);
    }

    /** Creates a collection with the tenant's own token; returns its id. */
    static String createCollection(Tenant tenant, String name) {
        return created(tenant.api().post("/products/collections", collectionBody(tenant.locationId(), name)))
                .path("data")
                .path("_id")
                .asText();
    }

    private static com.fasterxml.jackson.databind.JsonNode created(ApiResponse response) {
        if (response.status() != 201) throw new AssertionError("expected 201, got " + response);
        return response.json();
    }

    static String getProduct(Tenant tenant, String id) {
        ApiResponse response = tenant.api().get("/products/" + id + "?locationId=" + tenant.locationId());
        assertThat(response.status()).as("read back %s", response).isEqualTo(200);
        return response.body();
    }

    static String getCollection(Tenant tenant, String id) {
        ApiResponse response = tenant.api().get("/products/collections/" + id + "?altId=" + tenant.locationId());
        assertThat(response.status()).as("read back %s", response).isEqualTo(200);
        return response.body();
    }

    static String listProducts(Tenant tenant) {
        ApiResponse response = tenant.api().get("/products/?limit=1000&locationId=" + tenant.locationId());
        assertThat(response.status()).as("list %s", response).isEqualTo(200);
        return response.body();
    }

    static String listCollections(Tenant tenant) {
        ApiResponse response = tenant.api()
                .get("/products/collections?limit=1000&altType=location&altId=" + tenant.locationId());
        assertThat(response.status()).as("list %s", response).isEqualTo(200);
        return response.body();
    }

    /** Everything a tenant can see: both lists. A refused write must leave it as it was. */
    static String snapshot(Tenant tenant) {
        return listProducts(tenant) + "\n" + listCollections(tenant);
    }
}
