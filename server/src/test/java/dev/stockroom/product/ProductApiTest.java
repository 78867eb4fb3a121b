package dev.stockroom.product;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import org.junit.jupiter.api.Test;

@StockroomTest
class ProductApiTest {

    @Test
    void createdProductIsReturnedWithServerFieldsAndReadBackById(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/", """
                {"name": "Awesome Product", "locationId": "%s", "productType": "DIGITAL",
                 "description": "Product description goes here.", "availableInStore": false,
                 "variants": [{"id": "38s63qmxfr4", "name": "Size", "options": [{"id": "h4z7u0im2q8", "name": "XL"}]}],
                 "medias": [{"id": "fzrgusiuu0m", "url": "https://example.com/a.png", "type": "image", "isFeatured": true,
                             "priceIds": ["6578278e879ad2646715ba9c"]}],
                 "seo": {"title": "Best", "description": "Best product"}, "unknownField": "ignored"}
                """.formatted(tenant.locationId()));

        assertThat(created.status()).isEqualTo(201);
        assertThatJson(created.body()).isEqualTo("""
                {"_id": "${json-unit.regex}[0-9a-f]{24}", "locationId": "%s", "name": "Awesome Product",
                 "productType": "DIGITAL", "description": "Product description goes here.", "availableInStore": false,
                 "variants": [{"id": "38s63qmxfr4", "name": "Size", "options": [{"id": "h4z7u0im2q8", "name": "XL"}]}],
                 "medias": [{"id": "fzrgusiuu0m", "url": "https://example.com/a.png", "type": "image", "isFeatured": true,
                             "priceIds": ["6578278e879ad2646715ba9c"]}],
                 "seo": {"title": "Best", "description": "Best product"},
                 "collectionIds": [], "taxes": [], "isTaxesEnabled": false, "isLabelEnabled": false,
                 "taxInclusive": false, "slug": "awesome-product",
                 "createdAt": "${json-unit.regex}\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}\\\\.\\\\d{3}Z",
                 "updatedAt": "${json-unit.any-string}"}
                """.formatted(tenant.locationId()));

        String id = created.json().path("_id").asText();
        ApiResponse read = tenant.api().get("/products/" + id + "?locationId=" + tenant.locationId());
        assertThat(read.status()).isEqualTo(200);
        assertThatJson(read.body()).isEqualTo(created.body());
    }

    @Test
    void updateReplacesPresentFieldsKeepsAbsentOnesAndClearsNulls(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/", """
                {"name": "Mug", "locationId": "%s", "productType": "PHYSICAL", "description": "Blue mug",
                 "image": "https://example.com/mug.png", "statementDescriptor": "MUG",
                 "variants": [{"id": "v1", "name": "Size", "options": [{"id": "o1", "name": "S"}, {"id": "o2", "name": "L"}]}],
                 "isLabelEnabled": true, "label": {"title": "New"}, "seo": {"title": "Mug"}}
                """.formatted(tenant.locationId()));
        String id = created.json().path("_id").asText();

        ApiResponse updated = tenant.api().put("/products/" + id, """
                {"name": "Big mug", "locationId": "%s", "productType": "PHYSICAL", "description": null,
                 "variants": [{"id": "v1", "name": "Size", "options": [{"id": "o3", "name": "XL"}]}],
                 "isLabelEnabled": false, "label": null}
                """.formatted(tenant.locationId()));

        assertThat(updated.status()).isEqualTo(200);
        assertThatJson(updated.body()).whenIgnoringPaths("updatedAt").isEqualTo("""
                {"_id": "%s", "locationId": "%s", "name": "Big mug", "productType": "PHYSICAL",
                 "image": "https://example.com/mug.png", "statementDescriptor": "MUG", "availableInStore": true,
                 "variants": [{"id": "v1", "name": "Size", "options": [{"id": "o3", "name": "XL"}]}],
                 "medias": [], "collectionIds": [], "taxes": [], "isTaxesEnabled": false, "isLabelEnabled": false,
                 "taxInclusive": false, "seo": {"title": "Mug"}, "slug": "mug", "createdAt": "%s"}
                """.formatted(id, tenant.locationId(), created.json().path("createdAt").asText()));
        assertThat(updated.json().path("updatedAt").asText())
                .isGreaterThanOrEqualTo(created.json().path("updatedAt").asText());
        assertThatJson(tenant.api().get("/products/" + id + "?locationId=" + tenant.locationId()).body())
                .isEqualTo(updated.body());
    }

    @Test
    void updateStillRequiresTheFieldsTheSpecMarksRequired(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Products.create(tenant, "Lamp");

        ApiResponse response = tenant.api().put("/products/" + id, """
                {"locationId": "%s", "description": "only this"}
                """.formatted(tenant.locationId()));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("message").toString())
                .contains("name must be a string", "productType must be one of the following values");
        assertThat(tenant.api().get("/products/" + id + "?locationId=" + tenant.locationId()).json().has("description"))
                .isFalse();
    }

    @Test
    void productIsReachableBySlugForGetUpdateAndDelete(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Products.create(tenant, "Café Crème Deluxe");

        ApiResponse bySlug = tenant.api().get("/products/cafe-creme-deluxe?locationId=" + tenant.locationId());
        assertThat(bySlug.status()).isEqualTo(200);
        assertThat(bySlug.json().path("_id").asText()).isEqualTo(id);

        ApiResponse renamed = tenant.api().put("/products/cafe-creme-deluxe", """
                {"name": "Café", "locationId": "%s", "productType": "PHYSICAL", "slug": "cafe"}
                """.formatted(tenant.locationId()));
        assertThat(renamed.json().path("slug").asText()).isEqualTo("cafe");

        assertThat(tenant.api().delete("/products/cafe?locationId=" + tenant.locationId()).body())
                .isEqualTo("{\"status\":true}");
        assertThat(tenant.api().get("/products/" + id + "?locationId=" + tenant.locationId()).status())
                .isEqualTo(400);
    }

    @Test
    void generatedSlugsStayUniqueWhileAClientSlugThatIsTakenIsAConflict(TestServer server) {
        Tenant tenant = server.newTenant();
        String first = Products.create(tenant, "Shirt");
        String second = Products.create(tenant, "Shirt");
        ApiResponse firstRead = tenant.api().get("/products/" + first + "?locationId=" + tenant.locationId());
        ApiResponse secondRead = tenant.api().get("/products/" + second + "?locationId=" + tenant.locationId());
        assertThat(firstRead.json().path("slug").asText()).isEqualTo("shirt");
        assertThat(secondRead.json().path("slug").asText()).startsWith("shirt-").isNotEqualTo("shirt");

        ApiResponse conflict = tenant.api().post("/products/", """
                {"name": "Other", "locationId": "%s", "productType": "SERVICE", "slug": "shirt"}
                """.formatted(tenant.locationId()));
        assertThat(conflict.status()).isEqualTo(409);
        assertThatJson(conflict.body()).isEqualTo("""
                {"statusCode": 409, "message": "A product with slug 'shirt' already exists in this location",
                 "error": "Conflict"}
                """);
    }

    @Test
    void deletingAProductAnswersStatusTrueAndItIsGoneFromLists(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Products.create(tenant, "Short-lived");

        ApiResponse deleted = tenant.api().delete("/products/" + id + "?locationId=" + tenant.locationId());

        assertThat(deleted.status()).isEqualTo(200);
        assertThatJson(deleted.body()).isEqualTo("{\"status\": true}");
        assertThatJson(tenant.api().get("/products/?locationId=" + tenant.locationId()).body())
                .isEqualTo("{\"products\": [], \"total\": [{\"total\": 0}]}");
        ApiResponse again = tenant.api().delete("/products/" + id + "?locationId=" + tenant.locationId());
        assertThatJson(again.body()).isEqualTo("""
                {"statusCode": 400, "message": "Product not found", "error": "Bad Request"}
                """);
    }

    @Test
    void taxesAndLabelFlagsMustAgreeWithTheirValues(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse response = tenant.api().post("/products/", """
                {"name": "Taxed", "locationId": "%s", "productType": "DIGITAL", "isTaxesEnabled": true,
                 "isLabelEnabled": true}
                """.formatted(tenant.locationId()));

        assertThat(response.status()).isEqualTo(422);
        assertThatJson(response.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity", "message": [
                  "taxes should not be empty when isTaxesEnabled is true",
                  "label should not be empty when isLabelEnabled is true"]}
                """);
    }
}
