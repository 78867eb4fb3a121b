package dev.stockroom.price;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.auth.Scope;
import dev.stockroom.product.Products;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

@StockroomTest
class PriceApiTest {

    @Test
    void everyFieldOfARecurringPriceRoundTripsWithExactDecimals(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = productWithVariants(tenant);

        ApiResponse created = tenant.api().post("/products/" + productId + "/price", """
                {"name": "Red / S", "type": "recurring", "currency": "EUR", "amount": 0.30,
                 "recurring": {"interval": "month", "intervalCount": 3}, "description": "Quarterly",
                 "membershipOffers": [{"label": "top_50", "value": "50", "_id": "655b33aa2209e60b6adb87a7"}],
                 "trialPeriod": 7, "totalCycles": 12, "setupFee": 10.99, "variantOptionIds": ["red", "s"],
                 "compareAtPrice": 19.990, "locationId": "%s", "userId": "6YAtzfzpmHAdj0e8GkKp",
                 "meta": {"source": "stripe", "sourceId": "123", "stripePriceId": "price_123",
                          "internalSource": "agency_plan"},
                 "trackInventory": true, "availableQuantity": 5, "allowOutOfStockPurchases": false, "sku": "SKU-1",
                 "shippingOptions": {"weight": {"value": 1.25, "unit": "kg"},
                                     "dimensions": {"height": 10, "width": 20.5, "length": 30, "unit": "cm"}},
                 "isDigitalProduct": false, "digitalDelivery": ["email"]}
                """.formatted(tenant.locationId()));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"amount\":0.3,", "\"setupFee\":10.99", "\"compareAtPrice\":19.99");
        assertThatJson(created.body()).whenIgnoringPaths("_id", "createdAt", "updatedAt").isEqualTo("""
                {"name": "Red / S", "type": "recurring", "currency": "EUR", "amount": 0.3,
                 "recurring": {"interval": "month", "intervalCount": 3}, "description": "Quarterly",
                 "membershipOffers": [{"label": "top_50", "value": "50", "_id": "655b33aa2209e60b6adb87a7"}],
                 "trialPeriod": 7, "totalCycles": 12, "setupFee": 10.99, "variantOptionIds": ["red", "s"],
                 "compareAtPrice": 19.99, "locationId": "%s", "product": "%s", "userId": "6YAtzfzpmHAdj0e8GkKp",
                 "meta": {"source": "stripe", "sourceId": "123", "stripePriceId": "price_123",
                          "internalSource": "agency_plan"},
                 "trackInventory": true, "availableQuantity": 5, "allowOutOfStockPurchases": false, "sku": "SKU-1",
                 "shippingOptions": {"weight": {"value": 1.25, "unit": "kg"},
                                     "dimensions": {"height": 10, "width": 20.5, "length": 30, "unit": "cm"}},
                 "isDigitalProduct": false, "digitalDelivery": ["email"]}
                """.formatted(tenant.locationId(), productId));
        String priceId = created.json().path("_id").asText();
        ApiResponse read = tenant.api().get(pricePath(productId, priceId) + "?locationId=" + tenant.locationId());
        assertThat(read.body()).isEqualTo(created.body());
    }

    @Test
    void amountsKeepEveryCentAndNeverPrintBinaryFractions(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Decimal");
        for (String amount : new String[] {"0.1", "99.99", "1234567.89", "0.000001", "100", "1E+2", "99.990"}) {
            ApiResponse created = tenant.api().post("/products/" + productId + "/price", oneTime(tenant, amount));
            assertThat(created.status()).as(amount).isEqualTo(201);
            String expected = new java.math.BigDecimal(amount).stripTrailingZeros().toPlainString();
            assertThat(created.body()).as(amount).contains("\"amount\":" + expected + ",");
        }
    }

    @Test
    void recurringIsRequiredForRecurringPricesAndRefusedForOneTimeOnes(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Plan");

        ApiResponse missing = tenant.api().post("/products/" + productId + "/price", """
                {"name": "Monthly", "type": "recurring", "currency": "USD", "amount": 5, "locationId": "%s"}
                """.formatted(tenant.locationId()));
        ApiResponse extra = tenant.api().post("/products/" + productId + "/price", """
                {"name": "Once", "type": "one_time", "currency": "USD", "amount": 5, "locationId": "%s",
                 "recurring": {"interval": "day", "intervalCount": 1}}
                """.formatted(tenant.locationId()));

        assertThatJson(missing.body()).isEqualTo("""
                {"statusCode": 422, "message": ["recurring should not be empty when type is recurring"],
                 "error": "Unprocessable Entity"}
                """);
        assertThatJson(extra.body()).isEqualTo("""
                {"statusCode": 422, "message": ["recurring must be empty when type is one_time"],
                 "error": "Unprocessable Entity"}
                """);
        assertThat(list(tenant, productId).json().path("total").asLong()).isZero();
    }

    @Test
    void badFieldsAreListedTogether(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = productWithVariants(tenant);

        ApiResponse response = tenant.api().post("/products/" + productId + "/price", """
                {"name": "Bad", "type": "recurring", "currency": "usd", "amount": -1, "locationId": "%s",
                 "recurring": {"interval": "fortnight", "intervalCount": 0}, "totalCycles": 0, "setupFee": "ten",
                 "availableQuantity": 1.5, "variantOptionIds": ["red", "nope"],
                 "shippingOptions": {"weight": {"value": 1, "unit": "stone"}}}
                """.formatted(tenant.locationId()));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("message").toString()).contains(
                "amount must not be less than 0",
                "recurring.interval must be one of the following values: day, month, week, year",
                "recurring.intervalCount must not be less than 1",
                "totalCycles must not be less than 1",
                "setupFee must be a number conforming to the specified constraints",
                "availableQuantity must be an integer number",
                "shippingOptions.weight.unit must be one of the following values: kg, lb, g, oz");
    }

    @Test
    void currencyMustBeAnIsoCodeAndVariantOptionsMustBeTheProducts(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = productWithVariants(tenant);

        ApiResponse response = tenant.api().post("/products/" + productId + "/price", """
                {"name": "Bad", "type": "one_time", "currency": "XYZ", "amount": 1, "locationId": "%s",
                 "variantOptionIds": ["red", "nope"]}
                """.formatted(tenant.locationId()));

        assertThatJson(response.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity", "message": [
                  "currency must be a valid ISO 4217 currency code",
                  "variantOptionIds contains an option that is not one of the product's: nope"]}
                """);
    }

    @Test
    void updateIsPartialAndKeepsAbsentFields(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        String priceId = createPrice(tenant, productId, """
                {"name": "Mug", "type": "one_time", "currency": "USD", "amount": 12.5, "locationId": "%s",
                 "sku": "MUG-1", "compareAtPrice": 15, "trackInventory": true, "availableQuantity": 3}
                """);

        ApiResponse updated = tenant.api().put(pricePath(productId, priceId), """
                {"name": "Mug (large)", "type": "one_time", "currency": "USD", "amount": 14, "locationId": "%s",
                 "compareAtPrice": null, "availableQuantity": 10}
                """.formatted(tenant.locationId()));

        assertThat(updated.status()).isEqualTo(200);
        assertThatJson(updated.body()).whenIgnoringPaths("createdAt", "updatedAt").isEqualTo("""
                {"_id": "%s", "product": "%s", "locationId": "%s", "name": "Mug (large)", "type": "one_time",
                 "currency": "USD", "amount": 14, "sku": "MUG-1", "trackInventory": true, "availableQuantity": 10,
                 "membershipOffers": [], "variantOptionIds": [], "digitalDelivery": []}
                """.formatted(priceId, productId, tenant.locationId()));
    }

    @Test
    void listPagesThePricesOfOneProductAndFiltersByIds(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Many prices");
        String other = Products.create(tenant, "Other");
        createPrice(tenant, other, oneTime(tenant, "1"));
        String first = createPrice(tenant, productId, oneTime(tenant, "1"));
        String second = createPrice(tenant, productId, oneTime(tenant, "2"));
        String third = createPrice(tenant, productId, oneTime(tenant, "3"));

        ApiResponse page = tenant.api().get("/products/" + productId + "/price?locationId=" + tenant.locationId()
                + "&limit=2&offset=1");
        ApiResponse filtered = tenant.api().get("/products/" + productId + "/price?locationId=" + tenant.locationId()
                + "&ids=" + first + "," + third);

        assertThat(page.json().path("total").asLong()).isEqualTo(3);
        assertThat(page.json().path("prices").findValuesAsText("_id")).containsExactly(second, third);
        assertThat(filtered.json().path("prices").findValuesAsText("_id")).containsExactly(first, third);
        assertThat(filtered.json().path("total").asLong()).isEqualTo(2);
    }

    @Test
    void anotherProductsPriceIsAnsweredLikeAnUnknownPrice(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Own");
        String other = Products.create(tenant, "Other");
        String othersPrice = createPrice(tenant, other, oneTime(tenant, "1"));
        String query = "?locationId=" + tenant.locationId();

        ApiResponse viaWrongProduct = tenant.api().get(pricePath(productId, othersPrice) + query);
        ApiResponse unknown = tenant.api().get(pricePath(productId, "655b33aa2209e60b6adb87a7") + query);
        ApiResponse deleteViaWrongProduct = tenant.api().delete(pricePath(productId, othersPrice) + query);

        assertThatJson(viaWrongProduct.body()).isEqualTo("""
                {"statusCode": 400, "message": "Price not found", "error": "Bad Request"}
                """);
        assertThat(unknown.body()).isEqualTo(viaWrongProduct.body());
        assertThat(deleteViaWrongProduct.body()).isEqualTo(viaWrongProduct.body());
        assertThat(tenant.api().get(pricePath(other, othersPrice) + query).status()).isEqualTo(200);
    }

    @Test
    void deletingAPriceAnswersStatusTrueAndDeletingTheProductDeletesItsPrices(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Doomed");
        String kept = createPrice(tenant, productId, oneTime(tenant, "1"));
        String dropped = createPrice(tenant, productId, oneTime(tenant, "2"));
        String query = "?locationId=" + tenant.locationId();

        ApiResponse deleted = tenant.api().delete(pricePath(productId, dropped) + query);
        assertThatJson(deleted.body()).isEqualTo("{\"status\": true}");
        assertThat(list(tenant, productId).json().path("total").asLong()).isEqualTo(1);

        // The prices go with the product (a foreign key would refuse the delete otherwise).
        assertThat(tenant.api().delete("/products/" + productId + query).status()).isEqualTo(200);
        assertThat(tenant.api().get(pricePath(productId, kept) + query).json().path("message").asText())
                .isEqualTo("Product not found");
    }

    @Test
    void aProductUpdatesPricesFieldKeepsTheListedPricesAndDeletesTheOthers(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Kept");
        String kept = createPrice(tenant, productId, oneTime(tenant, "1"));
        String dropped = createPrice(tenant, productId, oneTime(tenant, "2"));
        String other = createPrice(tenant, Products.create(tenant, "Other"), oneTime(tenant, "3"));
        String update = """
                {"name": "Kept", "locationId": "%s", "productType": "PHYSICAL", "prices": [%s]}
                """;

        ApiResponse refused = tenant.api().put("/products/" + productId,
                update.formatted(tenant.locationId(), "\"" + kept + "\", \"" + other + "\""));
        assertThatJson(refused.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity",
                 "message": ["prices contains a price that is not one of this product's: %s"]}
                """.formatted(other));
        assertThat(list(tenant, productId).json().path("total").asLong()).isEqualTo(2);

        ApiResponse updated = tenant.api().put("/products/" + productId,
                update.formatted(tenant.locationId(), "\"" + kept + "\""));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(list(tenant, productId).json().path("prices").findValuesAsText("_id")).containsExactly(kept);
        assertThat(tenant.api().get(pricePath(productId, dropped) + "?locationId=" + tenant.locationId()).status())
                .isEqualTo(400);
    }

    @Test
    void pricesNeedThePriceScopesAndAcceptAgencyTokens(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Scoped");
        String productsOnly = server.locationToken(
                tenant.locationId(), EnumSet.of(Scope.PRODUCTS_READONLY, Scope.PRODUCTS_WRITE));
        String agency = server.agencyToken(
                tenant.companyId(), EnumSet.of(Scope.PRICES_READONLY, Scope.PRICES_WRITE));

        ApiResponse refused = tenant.api(productsOnly).post("/products/" + productId + "/price", oneTime(tenant, "1"));
        ApiResponse asAgency = tenant.api(agency).post("/products/" + productId + "/price", oneTime(tenant, "1"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(asAgency.status()).isEqualTo(201);
    }

    @Test
    void anotherLocationsProductAndItsPricesAreUnreachable(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant stranger = server.newTenant();
        String productId = Products.create(stranger, "Theirs");
        String priceId = createPrice(stranger, productId, oneTime(stranger, "1"));

        ApiResponse read = tenant.api().get(pricePath(productId, priceId) + "?locationId=" + tenant.locationId());
        ApiResponse foreignLocation = tenant.api().get(
                pricePath(productId, priceId) + "?locationId=" + stranger.locationId());

        assertThatJson(read.body()).isEqualTo("""
                {"statusCode": 400, "message": "Product not found", "error": "Bad Request"}
                """);
        assertThat(foreignLocation.status()).isEqualTo(403);
    }

    private static String productWithVariants(Tenant tenant) {
        return tenant.api().post("/products/", """
                {"name": "Shirt", "locationId": "%s", "productType": "PHYSICAL",
                 "variants": [{"id": "color", "name": "Color", "options": [{"id": "red", "name": "Red"}]},
                              {"id": "size", "name": "Size", "options": [{"id": "s", "name": "S"}]}]}
                """.formatted(tenant.locationId())).json().path("_id").asText();
    }

    private static String oneTime(Tenant tenant, String amount) {
        return """
                {"name": "Price %s", "type": "one_time", "currency": "USD", "amount": %s, "locationId": "%s"}
                """.formatted(amount, amount, tenant.locationId());
    }

    private static String createPrice(Tenant tenant, String productId, String body) {
        ApiResponse created = tenant.api().post("/products/" + productId + "/price",
                body.contains("%s") ? body.formatted(tenant.locationId()) : body);
        if (created.status() != 201) throw new AssertionError("create price: " + created);
        return created.json().path("_id").asText();
    }

    private static ApiResponse list(Tenant tenant, String productId) {
        return tenant.api().get("/products/" + productId + "/price?locationId=" + tenant.locationId());
    }

    private static String pricePath(String productId, String priceId) {
        return "/products/" + productId + "/price/" + priceId;
    }
}
