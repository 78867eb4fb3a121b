package dev.stockroom.http;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockroom.collection.Collections;
import dev.stockroom.product.Products;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays the curl examples of HighLevel's documentation pages (the bodies are kept under
 * {@code src/test/resources/examples/}): same method, path, headers and body, with only the base URL, the ids and
 * the token filled in, plus the {@code Version} header the pages mark as required.
 */
@StockroomTest
class SeedPagesApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The pages' example of the {@code collectionId} path parameter. */
    private static final String PAGE_COLLECTION_ID = "65d71377c326ea78e1c47df5";

    @Test
    void updateProductCollectionPageExampleUpdatesTheCollection(TestServer server) {
        Tenant tenant = server.newTenant();
        createCollection(tenant, PAGE_COLLECTION_ID, "Old name", "old-name");
        ObjectNode body = example("collections/update-product-collection.json");
        fill(body, "altId", tenant.locationId());

        ApiResponse response = curl(tenant, "PUT", "/products/collections/" + PAGE_COLLECTION_ID, body,
                "Content-Type", "application/json",
                "Accept", "application/json",
                "Authorization", "Bearer " + tenant.token());

        assertThat(response.status()).isEqualTo(200);
        assertThatJson(response.body()).isEqualTo("""
                {"status": true, "message": "${json-unit.any-string}"}
                """);
        assertThatJson(Collections.get(tenant, PAGE_COLLECTION_ID).toString())
                .whenIgnoringPaths("createdAt", "updatedAt")
                .isEqualTo("""
                        {"_id": "%s", "altId": "%s", "name": "Best Sellers", "slug": "best-sellers",
                         "image": "http://example.com/watermark.png",
                         "seo": {"title": "Best Sellers",
                                 "description": "Collections where all the best products are available"},
                         "type": "manual", "stats": {"productCount": 0}}
                        """.formatted(PAGE_COLLECTION_ID, tenant.locationId()));
    }

    @Test
    void newerUpdateProductCollectionPageExampleUpdatesTheCollectionAndReplacesItsProducts(TestServer server) {
        Tenant tenant = server.newTenant();
        String before = Products.create(tenant, "In the collection before");
        String first = Products.create(tenant, "First");
        String second = Products.create(tenant, "Second");
        createCollection(tenant, PAGE_COLLECTION_ID, "Old name", "old-name");
        ApiResponse filled = tenant.api().put("/products/collections/" + PAGE_COLLECTION_ID, """
                {"altId": "%s", "altType": "location", "productIds": ["%s"]}
                """.formatted(tenant.locationId(), before));
        assertThat(filled.status()).isEqualTo(200);
        ObjectNode body = example("collections/update-product-collection-newer-page.json");
        fill(body, "altId", tenant.locationId());
        fill(body, "productIds", JSON.createArrayNode().add(first).add(second));

        ApiResponse response = curl(tenant, "PUT", "/products/collections/" + PAGE_COLLECTION_ID, body,
                "Authorization", "Bearer " + tenant.token(),
                "Content-Type", "application/json");

        assertThat(response.status()).isEqualTo(200);
        assertThatJson(response.body()).isEqualTo("""
                {"status": true, "message": "${json-unit.any-string}"}
                """);
        // rules, ruleHash, ruleVersion and stats are server-generated: ignored on input.
        assertThatJson(Collections.get(tenant, PAGE_COLLECTION_ID).toString())
                .whenIgnoringPaths("createdAt", "updatedAt")
                .isEqualTo("""
                        {"_id": "%s", "altId": "%s", "name": "Best Sellers", "slug": "best-sellers",
                         "image": "http://example.com/watermark.png",
                         "seo": {"title": "Best Sellers",
                                 "description": "Collections where all the best products are available"},
                         "type": "manual", "stats": {"productCount": 2}}
                        """.formatted(PAGE_COLLECTION_ID, tenant.locationId()));
        assertThat(Collections.members(tenant, PAGE_COLLECTION_ID)).containsExactlyInAnyOrder(first, second);
        assertThat(Products.collectionIds(tenant, before)).isEmpty();
        assertThat(Products.collectionIds(tenant, first)).containsExactly(PAGE_COLLECTION_ID);
    }

    @Test
    void updateProductByIdPageExampleAnswersTheProductAsSent(TestServer server) {
        Tenant tenant = server.newTenant();
        // The example's collectionIds exist, with the ids the page uses.
        createCollection(tenant, "65d71377c326ea78e1c47df5", "Collection one", "collection-one");
        createCollection(tenant, "65d71377c326ea78e1c47d34", "Collection two", "collection-two");
        String productId = Products.create(tenant, "Placeholder");
        ObjectNode body = example("products/update-product-by-id.json");
        ObjectNode sent = body.deepCopy();
        fill(body, "locationId", tenant.locationId());
        // The page shows "string", its tool's placeholder for a string list without an example: the product's price
        // id goes there, and in the media's priceIds, which names the same example price.
        String priceId = tenant.api().post("/products/" + productId + "/price", """
                {"name": "Standard", "type": "one_time", "currency": "USD", "amount": 99.99, "locationId": "%s"}
                """.formatted(tenant.locationId())).json().path("_id").asText();
        fill(body, "prices", JSON.createArrayNode().add(priceId));
        ((ObjectNode) body.path("medias").path(0)).put("priceIds", priceId);

        ApiResponse response = curl(tenant, "PUT", "/products/" + productId, body,
                "Content-Type", "application/json",
                "Accept", "application/json",
                "Authorization", "Bearer " + tenant.token());

        assertThat(response.status()).isEqualTo(200);
        assertThatJson(response.body()).isEqualTo("""
                {"_id": "%s", "locationId": "%s", "name": "Awesome Product",
                 "description": "Product description goes here.", "productType": "DIGITAL",
                 "image": "https://storage.googleapis.com/ghl-test/3SwdhCsvxI8Au3KsPJt6/media/65af8d5df88bdb4b1022ee90.png",
                 "statementDescriptor": "abcde", "availableInStore": true,
                 "medias": [{"id": "fzrgusiuu0m", "title": "1dd7dcd0-e71d-4cf7-a06b-6d47723d6a29.png",
                             "url": "https://storage.googleapis.com/ghl-test/3SwdhCsvxI8Au3KsPJt6/media/sample.png",
                             "type": "image", "isFeatured": true, "priceIds": ["%s"]}],
                 "variants": [{"id": "38s63qmxfr4", "name": "Size", "options": [{"id": "h4z7u0im2q8", "name": "XL"}]}],
                 "collectionIds": ["65d71377c326ea78e1c47df5", "65d71377c326ea78e1c47d34"],
                 "isTaxesEnabled": true, "taxes": ["654492a4e6bef380114de15a"],
                 "automaticTaxCategoryId": "65d71377c326ea78e1c47df5",
                 "isLabelEnabled": true,
                 "label": {"title": "Featured", "startDate": "2024-06-26T05:43:35.000Z",
                           "endDate": "2024-06-30T05:43:39.000Z"},
                 "slug": "awesome-product",
                 "seo": {"title": "Best Product - Buy Now",
                         "description": "This is the best product you can buy online with amazing features and great value"},
                 "taxInclusive": true,
                 "createdAt": "${json-unit.any-string}", "updatedAt": "${json-unit.any-string}"}
                """.formatted(productId, tenant.locationId(), priceId));
        // Field by field, what was sent comes back (priceIds as a list, since the page sends one id).
        JsonNode answered = response.json();
        for (String field : List.of("name", "description", "productType", "image", "statementDescriptor",
                "availableInStore", "variants", "collectionIds", "isTaxesEnabled", "taxes", "automaticTaxCategoryId",
                "isLabelEnabled", "label", "slug", "seo", "taxInclusive")) {
            assertThat(answered.get(field)).as(field).isEqualTo(sent.get(field));
        }
        ObjectNode sentMedia = ((ObjectNode) sent.path("medias").path(0)).deepCopy();
        sentMedia.set("priceIds", JSON.createArrayNode().add(priceId));
        assertThat(answered.path("medias")).isEqualTo(JSON.createArrayNode().add(sentMedia));
        assertThatJson(tenant.api().get("/products/" + productId + "?locationId=" + tenant.locationId()).body())
                .isEqualTo(response.body());
        assertThat(Collections.members(tenant, "65d71377c326ea78e1c47d34")).containsExactly(productId);
        assertThat(tenant.api().get("/products/" + productId + "/price/" + priceId + "?locationId=" + tenant.locationId())
                        .status())
                .as("the price the body keeps")
                .isEqualTo(200);
    }

    @Test
    void updateProductByIdPageExampleWithItsPricesPlaceholderUnfilledIsRefused(TestServer server) {
        Tenant tenant = server.newTenant();
        createCollection(tenant, "65d71377c326ea78e1c47df5", "Collection one", "collection-one");
        createCollection(tenant, "65d71377c326ea78e1c47d34", "Collection two", "collection-two");
        String productId = Products.create(tenant, "Placeholder");
        ObjectNode body = example("products/update-product-by-id.json");
        fill(body, "locationId", tenant.locationId());

        ApiResponse response = curl(tenant, "PUT", "/products/" + productId, body,
                "Content-Type", "application/json",
                "Accept", "application/json",
                "Authorization", "Bearer " + tenant.token());

        assertThat(response.status()).isEqualTo(422);
        assertThatJson(response.body()).isEqualTo("""
                {"statusCode": 422, "message": ["each value in prices must be a mongodb id"],
                 "error": "Unprocessable Entity"}
                """);
        assertThatJson(tenant.api().get("/products/" + productId + "?locationId=" + tenant.locationId()).body())
                .node("name")
                .isEqualTo("Placeholder");
    }

    // ---- helpers

    /**
     * Sends the request with exactly the curl example's headers, in its order, plus {@code Version: 2021-07-28}
     * which the pages mark as required.
     */
    private static ApiResponse curl(Tenant tenant, String method, String path, JsonNode body, String... headers) {
        Api api = tenant.api();
        for (String name : List.of("Authorization", "Version", "Content-Type", "Accept")) api = api.withHeader(name, null);
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) wanted.put(headers[i], headers[i + 1]);
        wanted.put("Version", "2021-07-28");
        for (Map.Entry<String, String> header : wanted.entrySet()) api = api.withHeader(header.getKey(), header.getValue());
        return api.send(method, path, body.toPrettyString());
    }

    private static void createCollection(Tenant tenant, String collectionId, String name, String slug) {
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "collectionId": "%s", "name": "%s", "slug": "%s"}
                """.formatted(tenant.locationId(), collectionId, name, slug));
        assertThat(created.status()).as("create collection %s", collectionId).isEqualTo(201);
    }

    /** Replaces a field the example has (a placeholder id) with the value of this test. */
    private static void fill(ObjectNode body, String field, Object value) {
        assertThat(body.has(field)).as("the example has %s", field).isTrue();
        if (value instanceof ArrayNode array) body.set(field, array);
        else body.put(field, (String) value);
    }

    private static ObjectNode example(String name) {
        try (InputStream in = SeedPagesApiTest.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) throw new IllegalStateException("missing example " + name);
            return (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
