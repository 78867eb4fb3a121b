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
}
