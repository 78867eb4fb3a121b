package dev.stockroom.http;

import static dev.stockroom.http.Errors.assertClientErrorShape;
import static dev.stockroom.http.Errors.assertError;
import static dev.stockroom.http.Errors.assertErrorStartingWith;
import static dev.stockroom.http.Errors.assertInvalid;
import static dev.stockroom.http.Errors.collectionBody;
import static dev.stockroom.http.Errors.createCollection;
import static dev.stockroom.http.Errors.createProduct;
import static dev.stockroom.http.Errors.getCollection;
import static dev.stockroom.http.Errors.getProduct;
import static dev.stockroom.http.Errors.productBody;
import static dev.stockroom.http.Errors.snapshot;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The error answers of the product and collection endpoints: malformed or non-object JSON (400), validation (422 with
 * every violation), bad query values (400), duplicate slugs (409), oversized bodies (413), unknown routes (404), and
 * that no input at all gets a 5xx. Every refused write leaves the tenant's catalog as it was.
 */
@StockroomTest
class ErrorBodyApiTest {
    private static final String PRODUCT_TYPES =
            "productType must be one of the following values: DIGITAL, PHYSICAL, SERVICE, PHYSICAL/DIGITAL";

    /** A tenant with one product and one collection, and the four endpoints that take a body. */
    private record Catalog(Tenant tenant, String productId, String collectionId) {
        static Catalog of(TestServer server) {
            Tenant tenant = server.newTenant();
            return new Catalog(tenant, createProduct(tenant, "Mug"), createCollection(tenant, "Kitchen"));
        }

        List<String[]> writes() {
            return List.of(
                    new String[] {"POST", "/products/"},
                    new String[] {"PUT", "/products/" + productId},
                    new String[] {"POST", "/products/collections"},
                    new String[] {"PUT", "/products/collections/" + collectionId});
        }

        ApiResponse send(String[] write, String body) {
            return tenant.api().send(write[0], write[1], body);
        }
    }

    // ---- bodies that are not a JSON object

    @Test
    void malformedJsonIsA400OnEveryEndpointThatTakesABodyAndChangesNothing(TestServer server) {
        Catalog catalog = Catalog.of(server);
        String before = snapshot(catalog.tenant());
        List<String> bodies = List.of(
                "{",
                "{\"name\":",
                "{\"name\": \"Mug\"",
                "{'name': 'Mug'}",
                "{\"name\": \"Mug\",}",
                "{name: \"Mug\"}",
                "{\"name\": NaN}",
                "{\"name\": \"\\x\"}",
                "not json",
                "{\"name\": \"Mug\"} trailing",
                "{\"name\": \"Mug\"}{\"name\": \"Cup\"}");
        for (String[] write : catalog.writes()) {
            for (String body : bodies) {
                assertErrorStartingWith(catalog.send(write, body), 400, "Request body is not valid JSON");
            }
        }
        assertThat(snapshot(catalog.tenant())).isEqualTo(before);
    }

    @Test
    void aValidObjectFollowedByMoreJsonIsRefusedRatherThanHalfRead(TestServer server) {
        Tenant tenant = server.newTenant();
        String valid = productBody(tenant.locationId(), "Mug").strip();

        ApiResponse response = tenant.api().post("/products/", valid + " " + valid);

        assertErrorStartingWith(response, 400, "Request body is not valid JSON");
        assertThatJson(Errors.listProducts(tenant)).node("total[0].total").isEqualTo(0);
    }

    @Test
    void jsonThatIsNotAnObjectIsA400OnEveryEndpointThatTakesABody(TestServer server) {
        Catalog catalog = Catalog.of(server);
        String before = snapshot(catalog.tenant());
        List<String> bodies = List.of(
                "[]",
                "[" + productBody(catalog.tenant().locationId(), "Mug") + "]",
                "[" + collectionBody(catalog.tenant().locationId(), "Kitchen") + "]",
                "\"text\"",
                "42",
                "true",
                "null");
        for (String[] write : catalog.writes()) {
            for (String body : bodies) {
                assertError(catalog.send(write, body), 400, "Request body must be a JSON object");
            }
        }
        assertThat(snapshot(catalog.tenant())).isEqualTo(before);
    }

    @Test
    void duplicateJsonKeysAreA400AtAnyDepth(TestServer server) {
        Catalog catalog = Catalog.of(server);
        String before = snapshot(catalog.tenant());
        String location = catalog.tenant().locationId();
        List<String> productBodies = List.of(
                """
                {"name": "Mug", "name": "Cup", "locationId": "%s", "productType": "PHYSICAL"}""".formatted(location),
                """
                {"name": "Mug", "locationId": "%s", "productType": "PHYSICAL",
                 "seo": {"title": "a", "title": "b"}}""".formatted(location),
                """
                {"name": "Mug", "locationId": "%s", "locationId": "%s", "productType": "PHYSICAL"}"""
                        .formatted(location, location));
        List<String> collectionBodies = List.of(
                """
                {"altId": "%s", "altType": "location", "name": "A", "name": "B"}""".formatted(location),
                """
                {"altId": "%s", "altType": "location", "name": "A", "seo": {"title": "a", "title": "a"}}"""
                        .formatted(location));
        for (String[] write : catalog.writes()) {
            for (String body : write[1].contains("collections") ? collectionBodies : productBodies) {
                ApiResponse response = catalog.send(write, body);
                assertError(response, 400, response.json().path("message").asText());
                assertThat(response.json().path("message").asText())
                        .startsWith("Request body is not valid JSON")
                        .containsIgnoringCase("duplicate");
            }
        }
        assertThat(snapshot(catalog.tenant())).isEqualTo(before);
    }

    @Test
    void jsonParseErrorsNameNoJavaInternals(TestServer server) {
        Tenant tenant = server.newTenant();
        List<String> bodies = List.of(
                "{",
                "{\"name\": \"Mug\"",
                "{\"a\": NaN}",
                "{\"a\": " + "1".repeat(2000) + "}",
                "{\"" + "k".repeat(60_000) + "\": 1}",
                "[".repeat(2000) + "]".repeat(2000),
                "{\"a\": " + "{\"a\": ".repeat(1500) + "1" + "}".repeat(1500) + "}");
        for (String body : bodies) {
            ApiResponse response = tenant.api().post("/products/", body);
            assertErrorStartingWith(response, 400, "Request body is not valid JSON");
            assertThat(response.json().path("message").asText())
                    .doesNotContain("`", "Feature", "Constraints", "Source", "REDACTED", "jackson", "java.");
        }
    }

    // ---- validation: 422 listing every violation

    @Test
    void createProductWithNoFieldsListsEveryMissingRequiredField(TestServer server) {
        Tenant tenant = server.newTenant();

        for (String body : List.of("{}", "", "{\"locationId\": null, \"name\": null, \"productType\": null}")) {
            assertInvalid(tenant.api().post("/products/", body),
                    "locationId should not be empty",
                    "locationId must be a string",
                    "name should not be empty",
                    "name must be a string",
                    PRODUCT_TYPES,
                    "productType should not be empty");
        }
        assertThatJson(Errors.listProducts(tenant)).node("total[0].total").isEqualTo(0);
    }

    @Test
    void createProductWithWrongTypesListsEveryViolation(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse response = tenant.api().post("/products/", """
                {"locationId": 5, "name": ["Mug"], "productType": "GADGET", "description": 1, "image": false,
                 "statementDescriptor": {}, "availableInStore": "yes", "variants": {}, "medias": "none",
                 "collectionIds": "abc", "isTaxesEnabled": 1, "taxes": [1], "automaticTaxCategoryId": 3,
                 "isLabelEnabled": "no", "label": 7, "slug": 9, "seo": "best", "taxInclusive": "true"}
                """);

        assertInvalid(response,
                "locationId must be a string",
                "name must be a string",
                PRODUCT_TYPES,
                "description must be a string",
                "image must be a string",
                "statementDescriptor must be a string",
                "availableInStore must be a boolean value",
                "variants must be an array",
                "medias must be an array",
                "collectionIds must be an array",
                "isTaxesEnabled must be a boolean value",
                "each value in taxes must be a string",
                "automaticTaxCategoryId must be a string",
                "isLabelEnabled must be a boolean value",
                "nested property label must be either object or array",
                "slug must be a string",
                "nested property seo must be either object or array",
                "taxInclusive must be a boolean value");
        assertThatJson(Errors.listProducts(tenant)).node("total[0].total").isEqualTo(0);
    }

    @Test
    void nestedViolationsAreNamedByTheirPath(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse response = tenant.api().post("/products/", """
                {"locationId": "%s", "name": "Mug", "productType": "PHYSICAL",
                 "variants": [
                   {"id": "v1", "name": "Size", "options": [{"id": "o1", "name": "S"}, {"id": "o2", "name": 5}]},
                   {"name": "Colour", "options": [null]},
                   {"id": "v3", "name": "Material"}],
                 "medias": [{"id": "m1", "url": "https://example.com/a.png", "type": "gif"}, {"id": "m2"}],
                 "label": {"title": "Sale", "startDate": "next tuesday"},
                 "seo": {"title": 5, "description": ["long"]},
                 "collectionIds": ["notanid", "6578278e879ad2646715ba9c"]}
                """.formatted(tenant.locationId()));

        assertInvalid(response,
                "variants.0.options.1.name must be a string",
                "variants.1.id should not be empty",
                "variants.1.id must be a string",
                "nested property variants.1.options.0 must be either object or array",
                "variants.2.options must be an array",
                "medias.0.type must be one of the following values: image, video",
                "medias.1.url should not be empty",
                "medias.1.url must be a string",
                "medias.1.type must be one of the following values: image, video",
                "medias.1.type should not be empty",
                "label.startDate must be a valid ISO 8601 date string",
                "seo.title must be a string",
                "seo.description must be a string",
                "each value in collectionIds must be a mongodb id");
        assertThatJson(Errors.listProducts(tenant)).node("total[0].total").isEqualTo(0);
    }

    @Test
    void productTypeOutsideTheEnumNamesTheAllowedValues(TestServer server) {
        Tenant tenant = server.newTenant();

        for (String type : List.of("\"digital\"", "\"PHYSICAL / DIGITAL\"", "\"\"", "1", "[\"DIGITAL\"]", "{}")) {
            ApiResponse response = tenant.api().post("/products/", """
                    {"locationId": "%s", "name": "Mug", "productType": %s}
                    """.formatted(tenant.locationId(), type));
            assertInvalid(response, PRODUCT_TYPES);
        }
    }

    @Test
    void updateProductListsEveryViolationAndKeepsTheStoredProduct(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = createProduct(tenant, "Mug");
        String before = getProduct(tenant, id);

        assertInvalid(tenant.api().put("/products/" + id, "{}"),
                "locationId should not be empty",
                "locationId must be a string",
                "name should not be empty",
                "name must be a string",
                PRODUCT_TYPES,
                "productType should not be empty");
        assertInvalid(tenant.api().put("/products/" + id, """
                        {"locationId": "%s", "name": "", "productType": "PHYSICAL", "availableInStore": null,
                         "variants": [{"id": "v1", "name": "Size", "options": [{"id": "o1", "name": 5}]}],
                         "collectionIds": ["nope"], "prices": ["also-nope"]}
                        """.formatted(tenant.locationId())),
                "name should not be empty",
                "variants.0.options.0.name must be a string",
                "each value in collectionIds must be a mongodb id",
                "each value in prices must be a mongodb id");

        assertThat(getProduct(tenant, id)).isEqualTo(before);
    }

    @Test
    void createCollectionListsEveryViolation(TestServer server) {
        Tenant tenant = server.newTenant();

        assertInvalid(tenant.api().post("/products/collections", "{}"),
                "altId should not be empty",
                "altId must be a string",
                "altType must be one of the following values: location",
                "altType should not be empty",
                "name should not be empty",
                "name must be a string");
        assertInvalid(tenant.api().post("/products/collections", """
                        {"altId": 5, "altType": "agency", "name": [], "collectionId": "xyz", "slug": "Not A Slug",
                         "image": 5, "seo": "best", "type": "dynamic", "productIds": ["nope"]}
                        """),
                "altId must be a string",
                "altType must be one of the following values: location",
                "name must be a string",
                "collectionId must be a mongodb id",
                "slug must contain only lowercase letters, digits and single hyphens, and must not be shaped like an id",
                "image must be a string",
                "nested property seo must be either object or array",
                "type must be one of the following values: manual, smart",
                "each value in productIds must be a mongodb id");

        assertThatJson(Errors.listCollections(tenant)).node("total").isEqualTo(0);
    }

    @Test
    void updateCollectionListsEveryViolationAndKeepsTheStoredCollection(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = createCollection(tenant, "Kitchen");
        String before = getCollection(tenant, id);

        assertInvalid(tenant.api().put("/products/collections/" + id, "{}"),
                "altId should not be empty",
                "altId must be a string",
                "altType must be one of the following values: location",
                "altType should not be empty");
        for (String name : List.of("\"\"", "null")) {
            assertInvalid(tenant.api().put("/products/collections/" + id, """
                            {"altId": "%s", "altType": "location", "name": %s}
                            """.formatted(tenant.locationId(), name)),
                    "name should not be empty");
        }
        assertInvalid(tenant.api().put("/products/collections/" + id, """
                        {"altId": "%s", "altType": "location", "name": 5, "seo": {"title": 5},
                         "productIds": "6578278e879ad2646715ba9c"}
                        """.formatted(tenant.locationId())),
                "name must be a string",
                "seo.title must be a string",
                "productIds must be an array");

        assertThat(getCollection(tenant, id)).isEqualTo(before);
    }

    @Test
    void stringsLongerThanTheLimitAreA422AndTheLimitItselfIsAccepted(TestServer server) {
        Catalog catalog = Catalog.of(server);
        String location = catalog.tenant().locationId();
        String before = snapshot(catalog.tenant());
        String tooLong = "n".repeat(300);
        String productBody = """
                {"locationId": "%s", "name": "%s", "productType": "PHYSICAL"}""";
        String collectionBody = """
                {"altId": "%s", "altType": "location", "name": "%s"}""";

        for (String[] write : catalog.writes()) {
            String body = write[1].contains("collections") ? collectionBody : productBody;
            assertInvalid(catalog.send(write, body.formatted(location, tooLong)),
                    "name must be shorter than or equal to 255 characters");
        }
        assertThat(snapshot(catalog.tenant())).isEqualTo(before);

        String longest = "n".repeat(255);
        ApiResponse product = catalog.tenant().api().post("/products/", productBody.formatted(location, longest));
        assertThat(product.status()).isEqualTo(201);
        assertThatJson(product.body()).node("name").isEqualTo(longest);
        ApiResponse collection =
                catalog.tenant().api().post("/products/collections", collectionBody.formatted(location, longest));
        assertThat(collection.status()).isEqualTo(201);
        assertThatJson(collection.body()).node("data.name").isEqualTo(longest);
    }

    // ---- query values

    @ParameterizedTest(name = "GET /products/?{0}")
    @CsvSource(delimiter = '|', textBlock = """
            limit=abc                      | limit must be a non-negative integer
            limit=-1                       | limit must be a non-negative integer
            limit=1.5                      | limit must be a non-negative integer
            limit=99999999999              | limit must be a non-negative integer
            limit=1001                     | limit must not be greater than 1000
            offset=x                       | offset must be a non-negative integer
            offset=-1                      | offset must be a non-negative integer
            availableInStore=maybe         | availableInStore must be a boolean value
            availableInStore=1             | availableInStore must be a boolean value
            sortOrder=sideways             | sortOrder must be one of the following values: asc, desc
            collectionIds=notanid          | each value in collectionIds must be a mongodb id
            collectionIds[]=notanid        | each value in collectionIds must be a mongodb id
            productIds=6578278e879ad2646715ba9c,notanid | each value in productIds must be a mongodb id
            """)
    void badListProductsQueryValuesAreA400(String query, String message, TestServer server) {
        Tenant tenant = server.newTenant();

        assertError(tenant.api().get("/products/?locationId=" + tenant.locationId() + "&" + query), 400, message);
    }

    @ParameterizedTest(name = "GET /products/collections?{0}")
    @CsvSource(delimiter = '|', textBlock = """
            limit=abc               | limit must be a non-negative integer
            limit=-1                | limit must be a non-negative integer
            limit=1001              | limit must not be greater than 1000
            offset=x                | offset must be a non-negative integer
            collectionIds=notanid   | each value in collectionIds must be a mongodb id
            """)
    void badListCollectionsQueryValuesAreA400(String query, String message, TestServer server) {
        Tenant tenant = server.newTenant();

        assertError(tenant.api().get("/products/collections?altType=location&altId=" + tenant.locationId() + "&"
                + query), 400, message);
    }

    @Test
    void missingLocationParametersAreA400OnEveryReadAndDelete(TestServer server) {
        Catalog catalog = Catalog.of(server);
        Api api = catalog.tenant().api();
        String location = catalog.tenant().locationId();
        String product = "/products/" + catalog.productId();
        String collection = "/products/collections/" + catalog.collectionId();
        String before = snapshot(catalog.tenant());

        assertError(api.get("/products/"), 400, "locationId should not be empty");
        assertError(api.get("/products/?locationId="), 400, "locationId should not be empty");
        assertError(api.get(product), 400, "locationId should not be empty");
        assertError(api.delete(product), 400, "locationId should not be empty");
        assertError(api.get("/products/collections?altType=location"), 400, "altId should not be empty");
        assertError(api.get("/products/collections?altId=" + location), 400, "altType should not be empty");
        assertError(api.get("/products/collections?altId=" + location + "&altType=company"), 400,
                "altType must be one of the following values: location");
        assertError(api.get(collection), 400, "altId should not be empty");
        assertError(api.delete(collection + "?altType=location"), 400, "altId should not be empty");
        assertError(api.delete(collection + "?altId=" + location), 400, "altType should not be empty");
        assertError(api.delete(collection + "?altId=" + location + "&altType=agency"), 400,
                "altType must be one of the following values: location");

        assertThat(snapshot(catalog.tenant())).isEqualTo(before);
    }

    @Test
    void malformedPercentEncodingInTheQueryIsA400NotIgnored(TestServer server) {
        Tenant tenant = server.newTenant();
        createProduct(tenant, "Mug");

        for (String query : List.of("&limit=abc%ZZ", "&limit=%ZZ", "&search=%E0%A4%A")) {
            ApiResponse response = RawHttp.get(
                    server.baseUrl(), "/products/?locationId=" + tenant.locationId() + query, tenant.token());
            assertClientErrorShape(response);
            assertThat(response.status()).as("%s: %s", query, response).isEqualTo(400);
        }
        assertError(RawHttp.get(server.baseUrl(), "/products/?limit=%ZZ&locationId=" + tenant.locationId(), "unknown"),
                401, Errors.INVALID_TOKEN);
    }

    @Test
    void requestTargetsTheHttpLayerRefusesStillAnswerInTheErrorShape(TestServer server) {
        Tenant tenant = server.newTenant();

        for (String target : List.of("/products/%ZZ", "/products/a%00b", "/products/..%2f..",
                "/products/" + "a".repeat(70_000))) {
            ApiResponse response = RawHttp.get(server.baseUrl(), target + "?locationId=" + tenant.locationId(),
                    tenant.token());
            assertThat(response.status()).as(target).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Type")).get(InstanceOfAssertFactories.STRING)
                    .startsWith("application/json");
            assertClientErrorShape(response);
        }
        ApiResponse hugeHeader = RawHttp.get(server.baseUrl(), "/products/?locationId=" + tenant.locationId(),
                "x".repeat(70_000));
        assertError(hugeHeader, 431, "Request Header Fields Too Large");
    }

    // ---- slugs

    @Test
    void duplicateProductSlugIsA409InTheSameLocationOnly(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant sibling = server.newLocation(tenant.companyId());
        String body = """
                {"locationId": "%s", "name": "%s", "productType": "PHYSICAL", "slug": "blue-mug"}""";
        ApiResponse first = tenant.api().post("/products/", body.formatted(tenant.locationId(), "Blue mug"));
        assertThat(first.status()).isEqualTo(201);
        String other = createProduct(tenant, "Red mug");
        String before = snapshot(tenant);

        assertError(tenant.api().post("/products/", body.formatted(tenant.locationId(), "Another")), 409,
                "A product with slug 'blue-mug' already exists in this location");
        assertError(tenant.api().put("/products/" + other, body.formatted(tenant.locationId(), "Red mug")), 409,
                "A product with slug 'blue-mug' already exists in this location");
        assertThat(snapshot(tenant)).isEqualTo(before);

        ApiResponse elsewhere = sibling.api().post("/products/", body.formatted(sibling.locationId(), "Blue mug"));
        assertThat(elsewhere.status()).isEqualTo(201);
        assertThatJson(elsewhere.body()).node("slug").isEqualTo("blue-mug");
    }

    @Test
    void productAndCollectionSlugsAreSeparateNamespaces(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse product = tenant.api().post("/products/", """
                {"locationId": "%s", "name": "Kitchen", "productType": "PHYSICAL", "slug": "kitchen"}
                """.formatted(tenant.locationId()));
        ApiResponse collection = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Kitchen", "slug": "kitchen"}
                """.formatted(tenant.locationId()));

        assertThat(product.status()).isEqualTo(201);
        assertThat(collection.status()).isEqualTo(201);
        assertThatJson(collection.body()).node("data.slug").isEqualTo("kitchen");
    }

    @Test
    void duplicateCollectionSlugIsA409InTheSameLocationOnly(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant sibling = server.newLocation(tenant.companyId());
        String body = """
                {"altId": "%s", "altType": "location", "name": "%s", "slug": "summer"}""";
        assertThat(tenant.api().post("/products/collections", body.formatted(tenant.locationId(), "Summer")).status())
                .isEqualTo(201);
        String other = createCollection(tenant, "Winter");
        String before = snapshot(tenant);

        assertError(tenant.api().post("/products/collections", body.formatted(tenant.locationId(), "Again")), 409,
                "A collection with slug 'summer' already exists in this location");
        assertError(tenant.api().put("/products/collections/" + other, body.formatted(tenant.locationId(), "Winter")),
                409, "A collection with slug 'summer' already exists in this location");
        assertThat(snapshot(tenant)).isEqualTo(before);

        ApiResponse elsewhere =
                sibling.api().post("/products/collections", body.formatted(sibling.locationId(), "Summer"));
        assertThat(elsewhere.status()).isEqualTo(201);
        assertThatJson(elsewhere.body()).node("data.slug").isEqualTo("summer");
    }

    @Test
    void sameNameTwiceGetsTwoDistinctGeneratedSlugsRatherThanA409(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse first = tenant.api().post("/products/", productBody(tenant.locationId(), "Mug"));
        ApiResponse second = tenant.api().post("/products/", productBody(tenant.locationId(), "Mug"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThatJson(first.body()).node("slug").isEqualTo("mug");
        assertThatJson(second.body()).node("slug").asString().startsWith("mug-").isNotEqualTo("mug");
    }

    // ---- sizes, unicode, unknown properties

    @Test
    void bodyOverOneMebibyteIsA413AndChangesNothing(TestServer server) {
        Catalog catalog = Catalog.of(server);
        String location = catalog.tenant().locationId();
        String before = snapshot(catalog.tenant());
        String padding = "x".repeat(1_048_576);

        for (String[] write : catalog.writes()) {
            String body = write[1].contains("collections")
                    ? """
                    {"altId": "%s", "altType": "location", "name": "Big", "image": "%s"}""".formatted(location, padding)
                    : """
                    {"locationId": "%s", "name": "Big", "productType": "PHYSICAL", "description": "%s"}"""
                            .formatted(location, padding);
            assertError(catalog.send(write, body), 413, "Request body is larger than 1048576 bytes");
        }
        assertThat(snapshot(catalog.tenant())).isEqualTo(before);
    }

    @Test
    void unicodeNamesRoundTripExactlyAndGetReadableSlugs(TestServer server) {
        Tenant tenant = server.newTenant();
        List<String[]> cases = List.of(
                new String[] {"Café Crème Brûlée", "cafe-creme-brulee"},
                new String[] {"Ñandú Jalapeño", "nandu-jalapeno"},
                new String[] {"Mug ☕ Deluxe", "mug-deluxe"},
                new String[] {"Über Straße 5", null},
                new String[] {"東京タワー", null},
                new String[] {"🎉🎉🎉", null},
                new String[] {"e\u0301 combining", "e-combining"},
                new String[] {"👩‍👩‍👧 family 🇫🇷", "family"});
        for (String[] c : cases) {
            ApiResponse created = tenant.api().post("/products/", """
                    {"locationId": "%s", "name": "%s", "productType": "PHYSICAL",
                     "description": "%s", "seo": {"title": "%s"}}
                    """.formatted(tenant.locationId(), c[0], c[0], c[0]));
            assertThat(created.status()).as(c[0]).isEqualTo(201);
            String id = created.json().path("_id").asText();
            String read = getProduct(tenant, id);
            assertThatJson(read).node("name").isEqualTo(c[0]);
            assertThatJson(read).node("description").isEqualTo(c[0]);
            assertThatJson(read).node("seo.title").isEqualTo(c[0]);
            String slug = created.json().path("slug").asText();
            assertThat(slug).as("slug of %s", c[0]).matches("[a-z0-9]+(-[a-z0-9]+)*");
            if (c[1] != null) assertThat(slug).as("slug of %s", c[0]).isEqualTo(c[1]);
            assertThatJson(getProduct(tenant, slug)).isEqualTo(read);

            ApiResponse collection = tenant.api().post("/products/collections",
                    collectionBody(tenant.locationId(), c[0]));
            assertThat(collection.status()).as(c[0]).isEqualTo(201);
            assertThatJson(collection.body()).node("data.name").isEqualTo(c[0]);
            assertThat(collection.json().path("data").path("slug").asText()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        }
        ApiResponse search = tenant.api().get("/products/?search=CAF%C3%89&locationId=" + tenant.locationId());
        assertThatJson(search.body()).inPath("$.products[*].name").isEqualTo(List.of("Café Crème Brûlée"));
    }

    @Test
    void unpairedSurrogatesAreA422NotStored(TestServer server) {
        Tenant tenant = server.newTenant();

        assertInvalid(tenant.api().post("/products/", """
                        {"locationId": "%s", "name": "bad \\ud800 half", "productType": "PHYSICAL"}
                        """.formatted(tenant.locationId())),
                "name must be a valid UTF-8 string");
        assertThatJson(Errors.listProducts(tenant)).node("total[0].total").isEqualTo(0);
    }

    /** PostgreSQL text cannot hold U+0000: refused on every backend alike rather than a 500 on one of them. */
    @Test
    void nulCharactersAreRefusedInBodiesAndQueries(TestServer server) {
        Catalog catalog = Catalog.of(server);
        Tenant tenant = catalog.tenant();
        String location = tenant.locationId();
        String before = snapshot(tenant);

        assertInvalid(tenant.api().post("/products/", """
                        {"locationId": "%s", "name": "Mug\\u0000", "productType": "PHYSICAL", "taxes": ["a\\u0000"]}
                        """.formatted(location)),
                "name must not contain NUL characters", "each value in taxes must not contain NUL characters");
        assertInvalid(tenant.api().put("/products/" + catalog.productId(), """
                        {"locationId": "%s", "name": "Mug", "productType": "PHYSICAL", "description": "\\u0000"}
                        """.formatted(location)),
                "description must not contain NUL characters");
        assertInvalid(tenant.api().post("/products/collections", """
                        {"altId": "%s", "altType": "location", "name": "\\u0000Kitchen"}
                        """.formatted(location)),
                "name must not contain NUL characters");
        assertInvalid(tenant.api().put("/products/collections/" + catalog.collectionId(), """
                        {"altId": "%s\\u0000", "altType": "location", "name": "Kitchen"}
                        """.formatted(location)),
                "altId must not contain NUL characters");
        for (String path : List.of("/products/?locationId=" + location + "&search=%00",
                "/products/?locationId=" + location + "%00", "/products/?locationId=" + location + "&collectionSlug=a%00",
                "/products/" + catalog.productId() + "?locationId=" + location + "%00",
                "/products/collections?altType=location&altId=" + location + "&name=%00",
                "/products/collections?altType=location%00&altId=" + location,
                "/products/collections/" + catalog.collectionId() + "?altId=%00" + location)) {
            assertError(tenant.api().get(path), 400, "Query string must not contain NUL characters");
        }
        assertError(tenant.api().delete("/products/" + catalog.productId() + "?locationId=" + location + "%00"), 400,
                "Query string must not contain NUL characters");

        assertThat(snapshot(tenant)).isEqualTo(before);
    }

    @Test
    void unknownPropertiesAreIgnoredAndNeverReturned(TestServer server) {
        Tenant tenant = server.newTenant();
        String location = tenant.locationId();

        ApiResponse product = tenant.api().post("/products/", """
                {"locationId": "%s", "name": "Mug", "productType": "PHYSICAL",
                 "_id": "6578278e879ad2646715ba9c", "createdAt": "1999-01-01T00:00:00.000Z", "secret": "s3cret",
                 "variants": [{"id": "v1", "name": "Size", "secret": 1,
                               "options": [{"id": "o1", "name": "S", "secret": true}]}],
                 "medias": [{"id": "m1", "url": "https://example.com/a.png", "type": "image", "secret": {}}],
                 "seo": {"title": "t", "secret": "x"}, "label": {"title": "Sale", "secret": []}}
                """.formatted(location));
        assertThat(product.status()).isEqualTo(201);
        String id = product.json().path("_id").asText();
        assertThat(id).isNotEqualTo("6578278e879ad2646715ba9c");
        assertThat(product.json().path("createdAt").asText()).doesNotStartWith("1999");
        ApiResponse updated = tenant.api().put("/products/" + id, """
                {"locationId": "%s", "name": "Mug", "productType": "PHYSICAL", "secret": "again",
                 "updatedAt": "1999-01-01T00:00:00.000Z", "locationIdd": "x"}
                """.formatted(location));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("updatedAt").asText()).doesNotStartWith("1999");

        ApiResponse collection = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Kitchen", "secret": "s3cret",
                 "stats": {"productCount": 99}, "ruleHash": "abc", "seo": {"title": "t", "secret": 1}}
                """.formatted(location));
        assertThat(collection.status()).isEqualTo(201);
        assertThatJson(collection.body()).node("data.stats.productCount").isEqualTo(0);
        String collectionId = collection.json().path("data").path("_id").asText();
        assertThat(tenant.api().put("/products/collections/" + collectionId, """
                {"altId": "%s", "altType": "location", "secret": "again"}
                """.formatted(location)).status()).isEqualTo(200);

        for (String body : List.of(product.body(), updated.body(), getProduct(tenant, id), Errors.listProducts(tenant),
                collection.body(), getCollection(tenant, collectionId), Errors.listCollections(tenant))) {
            assertThat(body).doesNotContain("secret", "s3cret", "again", "ruleHash", "locationIdd", "1999");
        }
    }

    // ---- routes and odd inputs

    @Test
    void unknownRoutesAreA404InTheErrorShapeWithOrWithoutAToken(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = createProduct(tenant, "Mug");
        Api anonymous = tenant.api().withHeader("Authorization", null).withHeader("Version", null);

        for (Api api : List.of(tenant.api(), anonymous)) {
            assertError(api.get("/nope"), 404, "Cannot GET /nope");
            assertError(api.get("/products/" + id + "/nope"), 404, "Cannot GET /products/" + id + "/nope");
            assertError(api.send("PATCH", "/products/" + id, "{}"), 404, "Cannot PATCH /products/" + id);
            assertError(api.post("/products/collections/" + id, "{}"), 404,
                    "Cannot POST /products/collections/" + id);
            assertError(api.delete("/products/"), 404, "Cannot DELETE /products/");
            assertError(api.get("/v1/products/"), 404, "Cannot GET /v1/products/");
        }
        getProduct(tenant, id);
    }

    @Test
    void oddBodiesNeverGetA5xx(TestServer server) {
        Catalog catalog = Catalog.of(server);
        String location = catalog.tenant().locationId();
        String deep = "{\"a\": ".repeat(500) + "1" + "}".repeat(500);
        List<String> productBodies = List.of(
                "{\"locationId\": \"%s\", \"name\": \"Mug\", \"productType\": \"PHYSICAL\", %s}",
                "{\"locationId\": \"%s\", \"name\": \"Mug\", \"productType\": \"DIGITAL\", \"variants\": [%s]}",
                "{\"locationId\": \"%s\", \"name\": \"Mug\", \"productType\": \"SERVICE\", \"medias\": [%s]}");
        List<String> collectionBodies = List.of(
                "{\"altId\": \"%s\", \"altType\": \"location\", \"name\": \"Kitchen\", %s}",
                "{\"altId\": \"%s\", \"altType\": \"LOCATION\", \"name\": \"Kitchen\", \"productIds\": [%s]}");
        List<String> fragments = List.of(
                "\"variants\": null, \"medias\": null, \"seo\": null, \"label\": null, \"taxes\": null, \"slug\": null",
                "\"variants\": [null], \"medias\": [null], \"taxes\": [null], \"collectionIds\": [null]",
                "\"variants\": [{\"id\": null, \"name\": null, \"options\": [{\"id\": null, \"name\": null}]}]",
                "\"seo\": 5, \"label\": 5, \"variants\": 5, \"medias\": 5, \"productIds\": 5, \"collectionIds\": 5",
                "\"seo\": [], \"label\": [], \"rules\": {}, \"stats\": [], \"type\": null",
                "\"slug\": \"\", \"image\": \"\", \"description\": \"\", \"statementDescriptor\": \"\"",
                "\"junk\": " + deep,
                "\"seo\": " + deep,
                "\"variants\": [[[[[[[[[[]]]]]]]]]]",
                "\"availableInStore\": 1e999, \"isTaxesEnabled\": -0, \"taxInclusive\": 123456789012345678901234567890",
                "\"slug\": \"" + "a-".repeat(200) + "a\"",
                "\"collectionIds\": [\"6578278E879AD2646715BA9C\"], \"productIds\": [\"6578278E879AD2646715BA9C\"]",
                "\"medias\": [{\"id\": \"m\", \"url\": \"u\", \"type\": \"image\", \"priceIds\": [null, 5, {}]}]",
                "\"label\": {\"title\": \"t\", \"startDate\": \"2024-13-45T99:99:99Z\", \"endDate\": null}",
                "\"description\": \"\\u0000\\u0007\\u001f\", \"image\": \"\\ud83d\\ude00\"",
                "\"type\": \"smart\", \"rules\": {\"logic\": \"and\", \"conditions\": [null]}",
                "\"collectionId\": \"" + catalog.collectionId() + "\"");
        List<String> values = List.of("null", "5", "\"x\"", "[]", "{}", "[null]", "true", deep);

        for (String[] write : catalog.writes()) {
            checkNo5xx(catalog.send(write, "{\"locationId\": \"\", \"name\": \"\", \"productType\": \"\"}"));
            checkNo5xx(catalog.send(write, "{\"altId\": \"\", \"altType\": \"\", \"name\": \"\"}"));
            checkNo5xx(catalog.send(write, "{\"locationId\": {}, \"altId\": [], \"altType\": {}, \"name\": {}}"));
            List<String> templates = write[1].contains("collections") ? collectionBodies : productBodies;
            for (String fragment : fragments) {
                checkNo5xx(catalog.send(write, templates.get(0).formatted(location, fragment)));
            }
            for (String template : templates.subList(1, templates.size())) {
                for (String value : values) {
                    checkNo5xx(catalog.send(write, template.formatted(location, value)));
                }
            }
        }
    }

    @Test
    void oddPathAndQueryValuesNeverGetA5xx(TestServer server) {
        Catalog catalog = Catalog.of(server);
        Api api = catalog.tenant().api();
        String location = catalog.tenant().locationId();
        List<String> ids = List.of("x", "6578278E879AD2646715BA9C", "%20", "%F0%9F%8E%89", "a%2Fb", "null",
                "0".repeat(24), "g".repeat(24), "1".repeat(300), "%27%3B--", "..", "%25");
        for (String id : ids) {
            checkNo5xx(api.get("/products/" + id + "?locationId=" + location));
            checkNo5xx(api.put("/products/" + id, productBody(location, "Mug")));
            checkNo5xx(api.delete("/products/" + id + "?locationId=" + location));
            checkNo5xx(api.get("/products/collections/" + id + "?altId=" + location));
            checkNo5xx(api.put("/products/collections/" + id, collectionBody(location, "Kitchen")));
            checkNo5xx(api.delete("/products/collections/" + id + "?altType=location&altId=" + location));
        }
        List<String> queries = List.of("search=%25", "search=%27%22%3B--", "search=" + "a".repeat(5000),
                "collectionSlug=%25", "productIds=" + "6578278e879ad2646715ba9c,".repeat(200), "limit=1000&offset=2147483647",
                "offset=2147483648", "limit=&offset=", "sortOrder=", "locationId=" + location + "&locationId=x",
                "expand=everything", "name=%00");
        for (String query : queries) {
            checkNo5xx(api.get("/products/?locationId=" + location + "&" + query));
            checkNo5xx(api.get("/products/collections?altType=location&altId=" + location + "&" + query));
        }
        checkNo5xx(api.get("/products/?locationId=" + "x".repeat(5000)));
        checkNo5xx(api.get("/products/collections?altType=location&altId=%00"));
        getProduct(catalog.tenant(), catalog.productId());
        getCollection(catalog.tenant(), catalog.collectionId());
    }

    private static void checkNo5xx(ApiResponse response) {
        assertThat(response.status()).as("%s", response).isLessThan(500);
        if (response.status() >= 400) assertClientErrorShape(response);
    }
}
