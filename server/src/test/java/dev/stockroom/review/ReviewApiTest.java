package dev.stockroom.review;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.auth.Scope;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.product.Products;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * HighLevel's review operations (list, count, update, bulk update, delete) and Stockroom's seeding endpoint. Every
 * answer of a HighLevel path is checked against the spec by {@link Api}.
 */
@StockroomTest
class ReviewApiTest {
    private static final String TIME = "${json-unit.regex}\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}\\\\.\\\\d{3}Z";
    private static final String NOT_FOUND = "Review not found";
    private static final String MISSING_SCOPE = "The token is not authorized for this scope.";
    private static final String AGENCY_NOT_ALLOWED = "This authClass type is not allowed to access this scope. Please"
            + " reach out to the Platform team to get it added.";
    private static final String NO_LOCATION_ACCESS = "The token does not have access to this location.";
    private static final String USER = """
            "user": {"name": "John Doe", "email": "john@example.com", "phone": "+1-555-555-5555", "isCustomer": true}""";

    // ---- seeding (Stockroom's own endpoint)

    @Test
    void aSeededReviewIsAnsweredWithEveryFieldAndListedAlike(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");

        ApiResponse created = tenant.api().post("/stockroom/reviews", Reviews.body(tenant.locationId(), productId, "4.5", """
                "status": "approved", "headline": "Amazing product with great quality",
                "detail": "Exceeded my expectations ☕", %s,
                "reply": [{"headline": "Thanks!", "comment": "", "user": {"name": "Shop", "email": "shop@example.com"}}],
                "createdAt": "2024-01-23T09:57:04.846Z", "unknownField": "ignored"
                """.formatted(USER)));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThatJson(created.body()).isEqualTo("""
                {"_id": "${json-unit.regex}[0-9a-f]{24}", "altId": "%s", "productId": "%s", "storeId": "store-1",
                 "rating": 4.5, "status": "approved", "headline": "Amazing product with great quality",
                 "detail": "Exceeded my expectations ☕",
                 "user": {"name": "John Doe", "email": "john@example.com", "phone": "+1-555-555-5555", "isCustomer": true},
                 "reply": [{"headline": "Thanks!", "comment": "", "user": {"name": "Shop", "email": "shop@example.com"}}],
                 "createdAt": "2024-01-23T09:57:04.846Z", "updatedAt": "%s"}
                """.formatted(tenant.locationId(), productId, TIME));
        JsonNode listed = Reviews.list(tenant, "");
        assertThatJson(listed.toString()).isEqualTo("{\"data\": [%s], \"total\": 1}".formatted(created.body()));
    }

    @Test
    void aMinimalSeededReviewIsPendingCreatedNowWithoutTextsOrUser(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        Instant before = Instant.now().minusSeconds(1);

        ApiResponse created = tenant.api().post("/stockroom/reviews", Reviews.body(tenant.locationId(), productId, "5", ""));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThatJson(created.body()).isEqualTo("""
                {"_id": "${json-unit.any-string}", "altId": "%s", "productId": "%s", "storeId": "store-1", "rating": 5,
                 "status": "pending", "reply": [], "createdAt": "%s", "updatedAt": "%s"}
                """.formatted(tenant.locationId(), productId, TIME, TIME));
        assertThat(Instant.parse(created.json().path("createdAt").asText())).isAfter(before);
        assertThat(created.json().path("updatedAt")).isEqualTo(created.json().path("createdAt"));
    }

    @Test
    void seedingNeedsNoVersionHeaderButATokenOfTheLocationWithProductsWrite(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        String body = Reviews.body(tenant.locationId(), productId, "4", "");

        assertThat(tenant.api().withHeader("Version", null).post("/stockroom/reviews", body).status()).isEqualTo(201);
        assertThat(tenant.api().withHeader("Version", "nonsense").post("/stockroom/reviews", body).status())
                .isEqualTo(201);
        assertError(tenant.api().withHeader("Authorization", null).post("/stockroom/reviews", body), 401,
                "Invalid token: access token is invalid");
        Api readOnly = tenant.api(server.locationToken(tenant.locationId(), EnumSet.of(Scope.PRODUCTS_READONLY)));
        assertError(readOnly.post("/stockroom/reviews", body), 401, MISSING_SCOPE);
        Api agency = tenant.api(server.agencyToken(tenant.companyId(), EnumSet.allOf(Scope.class)));
        assertError(agency.post("/stockroom/reviews", body), 401, AGENCY_NOT_ALLOWED);
        Tenant other = server.newTenant();
        assertError(other.api().post("/stockroom/reviews", body), 403, NO_LOCATION_ACCESS);
        assertThat(Reviews.list(tenant, "").path("total").asLong()).isEqualTo(2);
    }

    @Test
    void seedingListsEveryViolationAtOnce(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse refused = tenant.api().post("/stockroom/reviews", """
                {"altId": "%s", "productId": "nope", "rating": 5.5, "status": "published", "headline": "%s",
                 "user": {"name": "", "email": "not-an-email"}, "reply": [{"comment": 3}], "createdAt": "yesterday"}
                """.formatted(tenant.locationId(), "h".repeat(201)));

        assertInvalid(refused,
                "altType must be one of the following values: location",
                "altType should not be empty",
                "productId must be a mongodb id",
                "storeId should not be empty",
                "storeId must be a string",
                "rating must not be greater than 5",
                "status must be one of the following values: pending, approved, rejected",
                "headline must be shorter than or equal to 200 characters",
                "user.name should not be empty",
                "user.email must be an email",
                "reply.0.headline must be a string",
                "reply.0.comment must be a string",
                "reply.0.user should not be empty",
                "createdAt must be a valid ISO 8601 date string");
    }

    @Test
    void ratingsGoFromOneToFiveInHalfStars(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        Function<String, ApiResponse> seed = rating ->
                tenant.api().post("/stockroom/reviews", Reviews.body(tenant.locationId(), productId, rating, ""));

        for (String rating : List.of("1", "1.5", "3.0", "4.50", "5")) {
            assertThat(seed.apply(rating).status()).as("rating %s", rating).isEqualTo(201);
        }
        assertThatJson(seed.apply("3.0").body()).node("rating").isEqualTo(3);
        assertInvalid(seed.apply("4.25"), "rating must be divisible by 0.5");
        assertInvalid(seed.apply("0.5"), "rating must not be less than 1");
        assertInvalid(seed.apply("-3"), "rating must not be less than 1");
        assertInvalid(seed.apply("6"), "rating must not be greater than 5");
        assertInvalid(seed.apply("1e400"), "rating must have at most 6 decimal places and 18 digits");
        assertInvalid(seed.apply("4.0000001"), "rating must have at most 6 decimal places and 18 digits");
        assertInvalid(seed.apply("\"4\""), "rating must be a number conforming to the specified constraints");
        assertInvalid(seed.apply("null"), "rating must be a number conforming to the specified constraints");
    }

    @Test
    void seedingRefusesAProductOfAnotherLocationLikeAnUnknownOneAFutureDateAndABadStoreId(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String foreignProduct = Products.create(other, "Their mug");
        String ownProduct = Products.create(tenant, "Mug");

        for (String productId : List.of(foreignProduct, ObjectIds.generate(Instant.now()))) {
            assertInvalid(tenant.api().post("/stockroom/reviews", Reviews.body(tenant.locationId(), productId, "4", "")),
                    "productId must be a product of this location");
        }
        assertInvalid(tenant.api().post("/stockroom/reviews", Reviews.body(tenant.locationId(), ownProduct, "4",
                        "\"createdAt\": \"" + Instant.now().plusSeconds(3600) + "\"")),
                "createdAt must not be in the future");
        assertInvalid(tenant.api().post("/stockroom/reviews", Reviews.body(tenant.locationId(), ownProduct, "main store",
                        "4", "")),
                "storeId must be 1 to 64 letters, digits, hyphens or underscores");
        assertThat(Reviews.list(tenant, "").path("total").asLong()).isZero();
        assertThat(Reviews.list(other, "").path("total").asLong()).isZero();
    }

    // ---- list

    @Test
    void theListIsNewestFirstAndSortsByCreationOrRatingEitherWay(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        String jan = seed(tenant, productId, "3", "2024-01-01T00:00:00Z");
        String feb = seed(tenant, productId, "5", "2024-02-01T00:00:00Z");
        String mar = seed(tenant, productId, "1", "2024-03-01T00:00:00Z");
        String apr = seed(tenant, productId, "3", "2024-04-01T00:00:00Z");

        assertThat(Reviews.ids(tenant, "")).containsExactly(apr, mar, feb, jan);
        assertThat(Reviews.ids(tenant, "sortField=createdAt&sortOrder=desc")).containsExactly(apr, mar, feb, jan);
        assertThat(Reviews.ids(tenant, "sortField=createdAt&sortOrder=asc")).containsExactly(jan, feb, mar, apr);
        assertThat(Reviews.ids(tenant, "sortOrder=asc")).containsExactly(jan, feb, mar, apr);
        assertThat(Reviews.ids(tenant, "sortField=rating&sortOrder=desc")).containsExactly(feb, apr, jan, mar);
        assertThat(Reviews.ids(tenant, "sortField=rating")).containsExactly(feb, apr, jan, mar);
        assertThat(Reviews.ids(tenant, "sortField=rating&sortOrder=asc")).containsExactly(mar, jan, apr, feb);
    }

    @Test
    void theListPagesWithLimitAndOffsetAndCountsEveryMatch(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        List<String> newestFirst = new ArrayList<>();
        for (int day = 1; day <= 25; day++) {
            newestFirst.add(0, seed(tenant, productId, "4", "2024-01-%02dT00:00:00Z".formatted(day)));
        }

        assertThat(Reviews.ids(tenant, "")).containsExactlyElementsOf(newestFirst.subList(0, 20));
        assertThat(Reviews.ids(tenant, "limit=0")).hasSize(20);
        assertThat(Reviews.ids(tenant, "limit=10&offset=20")).containsExactlyElementsOf(newestFirst.subList(20, 25));
        assertThat(Reviews.ids(tenant, "limit=3&offset=2")).containsExactlyElementsOf(newestFirst.subList(2, 5));
        assertThat(Reviews.ids(tenant, "offset=100")).isEmpty();
        assertThat(Reviews.list(tenant, "limit=3&offset=100").path("total").asLong()).isEqualTo(25);
        assertError(listResponse(tenant, "limit=1001"), 400, "limit must not be greater than 1000");
    }

    @Test
    void theListFiltersByRatingDatesProductsAndStores(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String cup = Products.create(tenant, "Cup");
        String plate = Products.create(tenant, "Plate");
        String a = seed(tenant, mug, "4", "2024-01-01T00:00:00Z", "store-1");
        String b = seed(tenant, mug, "4.5", "2024-01-31T23:59:59.999Z", "store-2");
        String c = seed(tenant, cup, "4", "2024-02-01T00:00:00Z", "store-2");
        String d = seed(tenant, plate, "2", "2024-03-01T00:00:00Z", "store-3");

        assertThat(Reviews.ids(tenant, "rating=4")).containsExactly(c, a);
        assertThat(Reviews.ids(tenant, "rating=4.0")).containsExactly(c, a);
        assertThat(Reviews.ids(tenant, "rating=4.5")).containsExactly(b);
        assertThat(Reviews.ids(tenant, "startDate=2024-01-31T23:59:59.999Z")).containsExactly(d, c, b);
        assertThat(Reviews.ids(tenant, "endDate=2024-01-31T23:59:59.999Z")).containsExactly(b, a);
        assertThat(Reviews.ids(tenant, "endDate=2024-01-31T23:59:59.998Z")).containsExactly(a);
        assertThat(Reviews.ids(tenant, "startDate=2024-01-01&endDate=2024-01-31")).containsExactly(b, a);
        assertThat(Reviews.ids(tenant, "startDate=2024-02-01T01:00:00%2B01:00&endDate=2024-02-01T00:00:00"))
                .containsExactly(c);
        assertThat(Reviews.ids(tenant, "productId=" + mug + "," + plate)).containsExactly(d, b, a);
        assertThat(Reviews.ids(tenant, "productId=" + cup + "&productId=" + plate)).containsExactly(d, c);
        assertThat(Reviews.ids(tenant, "productId[]=" + cup.toUpperCase(Locale.ROOT))).containsExactly(c);
        assertThat(Reviews.ids(tenant, "storeId=store-2")).containsExactly(c, b);
        assertThat(Reviews.ids(tenant, "storeId=store-1,store-3")).containsExactly(d, a);
        assertThat(Reviews.ids(tenant, "storeId=store-2&productId=" + mug + "&rating=4.5&startDate=2024-01-02"))
                .containsExactly(b);
        assertThat(Reviews.list(tenant, "storeId=store-2&limit=1").path("total").asLong()).isEqualTo(2);
        assertThat(Reviews.ids(tenant, "storeId=nowhere")).isEmpty();
    }

    @Test
    void badQueryValuesAre400s(TestServer server) {
        Tenant tenant = server.newTenant();
        String location = tenant.locationId();
        Map<String, String> refused = Map.ofEntries(
                Map.entry("rating=abc", "rating must be a number conforming to the specified constraints"),
                Map.entry("rating=7", "rating must not be greater than 5"),
                Map.entry("rating=3.3", "rating must be divisible by 0.5"),
                Map.entry("startDate=yesterday", "startDate must be a valid ISO 8601 date string"),
                Map.entry("endDate=2024-13-01", "endDate must be a valid ISO 8601 date string"),
                Map.entry("endDate=%2B10000-01-01", "endDate must be a valid ISO 8601 date string"),
                Map.entry("sortField=name", "sortField must be one of the following values: createdAt, rating"),
                Map.entry("sortOrder=up", "sortOrder must be one of the following values: asc, desc"),
                Map.entry("productId=nope", "each value in productId must be a mongodb id"),
                Map.entry("storeId=" + "s".repeat(256), "each value in storeId must be shorter than or equal to 255 characters"),
                Map.entry("storeId=main,main%20store", "each value in storeId must be 1 to 64 letters, digits, hyphens or underscores"),
                Map.entry("limit=-1", "limit must be a non-negative integer"),
                Map.entry("offset=x", "offset must be a non-negative integer"));
        for (Map.Entry<String, String> query : refused.entrySet()) {
            assertError(listResponse(tenant, query.getKey()), 400, query.getValue());
            if (!query.getKey().startsWith("limit") && !query.getKey().startsWith("offset")
                    && !query.getKey().startsWith("sort")) {
                assertError(countResponse(tenant, query.getKey()), 400, query.getValue());
            }
        }
        assertError(tenant.api().get("/products/reviews?altType=location"), 400, "altId should not be empty");
        assertError(tenant.api().get("/products/reviews?altId=" + location), 400, "altType should not be empty");
        assertError(tenant.api().get("/products/reviews?altType=agency&altId=" + location), 400,
                "altType must be one of the following values: location");
        assertThat(tenant.api().get("/products/reviews?altType=LOCATION&altId=" + location).status()).isEqualTo(200);
    }

    @Test
    void aLocationSeesOnlyItsOwnReviewsAndAnotherLocationIsA403(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant neighbour = server.newLocation(tenant.companyId());
        String own = seed(tenant, Products.create(tenant, "Mug"), "4", "2024-01-01T00:00:00Z");
        String theirs = seed(neighbour, Products.create(neighbour, "Mug"), "4", "2024-01-01T00:00:00Z");

        assertThat(Reviews.ids(tenant, "")).containsExactly(own);
        assertThat(Reviews.ids(neighbour, "")).containsExactly(theirs);
        assertError(tenant.api().get("/products/reviews?altType=location&altId=" + neighbour.locationId()), 403,
                NO_LOCATION_ACCESS);
        assertError(tenant.api().get("/products/reviews/count?altType=location&altId=" + neighbour.locationId()), 403,
                NO_LOCATION_ACCESS);
        assertError(tenant.api().get("/products/reviews?altType=location&altId=NoSuchLocation000000"), 403,
                NO_LOCATION_ACCESS);
    }

    // ---- count

    @Test
    void countsListEveryStatusInOrderZeroIncludedUnderTheListsFilters(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String cup = Products.create(tenant, "Cup");
        seedWithStatus(tenant, mug, "approved");
        seedWithStatus(tenant, mug, "approved");
        seedWithStatus(tenant, mug, "pending");
        seedWithStatus(tenant, cup, "rejected");
        seed(server.newTenant(), null, "4", null); // another location's reviews are not counted

        assertThatJson(countResponse(tenant, "").body()).isEqualTo("""
                {"data": [{"status": "pending", "count": 1}, {"status": "approved", "count": 2},
                          {"status": "rejected", "count": 1}]}
                """);
        assertThatJson(countResponse(tenant, "productId=" + mug).body()).isEqualTo("""
                {"data": [{"status": "pending", "count": 1}, {"status": "approved", "count": 2},
                          {"status": "rejected", "count": 0}]}
                """);
        assertThatJson(countResponse(tenant, "rating=5&storeId=elsewhere").body()).isEqualTo("""
                {"data": [{"status": "pending", "count": 0}, {"status": "approved", "count": 0},
                          {"status": "rejected", "count": 0}]}
                """);
        assertThatJson(countResponse(tenant, "endDate=2000-01-01").body()).node("data[1].count").isEqualTo(0);
    }

    // ---- update

    @Test
    void updateChangesStatusRatingTextsAndRepliesAndKeepsTheRest(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        String id = Reviews.seed(tenant, productId, "2", """
                "headline": "Meh", "detail": "Chipped", %s, "createdAt": "2024-01-01T00:00:00Z"
                """.formatted(USER));
        JsonNode before = Reviews.list(tenant, "").path("data").get(0);

        ApiResponse updated = tenant.api().put("/products/reviews/" + id.toUpperCase(Locale.ROOT), """
                {"altId": "%s", "altType": "location", "productId": "%s", "status": "approved", "rating": 4.5,
                 "headline": "Replaced for free", "detail": "Great service",
                 "reply": [{"headline": "Sorry!", "comment": "A new one is on its way",
                            "user": {"name": "Shop", "email": "shop@example.com", "isCustomer": false}}]}
                """.formatted(tenant.locationId(), productId));

        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThatJson(updated.body()).isEqualTo("{\"status\": true, \"message\": \"Successfully updated\"}");
        JsonNode after = Reviews.list(tenant, "").path("data").get(0);
        assertThatJson(after.toString()).isEqualTo("""
                {"_id": "%s", "altId": "%s", "productId": "%s", "storeId": "store-1", "rating": 4.5,
                 "status": "approved", "headline": "Replaced for free", "detail": "Great service",
                 "user": {"name": "John Doe", "email": "john@example.com", "phone": "+1-555-555-5555", "isCustomer": true},
                 "reply": [{"headline": "Sorry!", "comment": "A new one is on its way",
                            "user": {"name": "Shop", "email": "shop@example.com", "isCustomer": false}}],
                 "createdAt": "2024-01-01T00:00:00.000Z", "updatedAt": "%s"}
                """.formatted(id, tenant.locationId(), productId, TIME));
        assertThat(Instant.parse(after.path("updatedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(before.path("updatedAt").asText()));
    }

    @Test
    void updateIsPartialAbsentKeepsNullClearsAndRatingCannotBeCleared(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        String id = Reviews.seed(tenant, productId, "3", """
                "headline": "Fine", "detail": "Does the job",
                "reply": [{"headline": "", "comment": "Thanks", "user": {"name": "Shop", "email": "shop@example.com"}}]
                """);
        String path = "/products/reviews/" + id;
        String required = "\"altId\": \"%s\", \"altType\": \"location\", \"productId\": \"%s\""
                .formatted(tenant.locationId(), productId);

        assertThat(tenant.api().put(path, "{" + required + ", \"status\": \"rejected\"}").status()).isEqualTo(200);
        assertThatJson(Reviews.list(tenant, "").path("data").get(0).toString())
                .whenIgnoringPaths("_id", "altId", "productId", "storeId", "createdAt", "updatedAt")
                .isEqualTo("""
                        {"rating": 3, "status": "rejected", "headline": "Fine", "detail": "Does the job",
                         "reply": [{"headline": "", "comment": "Thanks", "user": {"name": "Shop", "email": "shop@example.com"}}]}
                        """);

        assertThat(tenant.api().put(path, "{" + required
                + ", \"status\": \"approved\", \"headline\": null, \"detail\": null, \"reply\": null}").status())
                .isEqualTo(200);
        assertThatJson(Reviews.list(tenant, "").path("data").get(0).toString())
                .whenIgnoringPaths("_id", "altId", "productId", "storeId", "createdAt", "updatedAt")
                .isEqualTo("{\"rating\": 3, \"status\": \"approved\", \"reply\": []}");

        String snapshot = Reviews.snapshot(tenant);
        assertInvalid(tenant.api().put(path, "{" + required + ", \"status\": \"approved\", \"rating\": null}"),
                "rating must be a number conforming to the specified constraints");
        assertThat(Reviews.snapshot(tenant)).isEqualTo(snapshot);
    }

    @Test
    void updateRefusesAMalformedBodyListingEveryViolationAndChangesNothing(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Reviews.seed(tenant, Products.create(tenant, "Mug"), "3", "");
        String snapshot = Reviews.snapshot(tenant);

        assertInvalid(tenant.api().put("/products/reviews/" + id, "{\"rating\": 9, \"reply\": {}, \"headline\": 1}"),
                "altId should not be empty",
                "altId must be a string",
                "altType must be one of the following values: location",
                "altType should not be empty",
                "productId should not be empty",
                "productId must be a mongodb id",
                "status must be one of the following values: pending, approved, rejected",
                "status should not be empty",
                "rating must not be greater than 5",
                "headline must be a string",
                "reply must be an array");
        assertThat(Reviews.snapshot(tenant)).isEqualTo(snapshot);
    }

    @Test
    void updatingAnUnknownForeignOrMismatchedReviewAnswersReviewNotFound(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        String otherProduct = Products.create(tenant, "Cup");
        String own = Reviews.seed(tenant, productId, "3", "");
        String foreignProduct = Products.create(other, "Their mug");
        String foreign = Reviews.seed(other, foreignProduct, "3", "");
        String ownSnapshot = Reviews.snapshot(tenant);
        String otherSnapshot = Reviews.snapshot(other);
        String body = "{\"altId\": \"%s\", \"altType\": \"location\", \"productId\": \"%s\", \"status\": \"approved\"}";

        assertError(tenant.api().put("/products/reviews/" + ObjectIds.generate(Instant.now()),
                body.formatted(tenant.locationId(), productId)), 400, NOT_FOUND);
        assertError(tenant.api().put("/products/reviews/not-an-id", body.formatted(tenant.locationId(), productId)),
                400, NOT_FOUND);
        assertError(tenant.api().put("/products/reviews/" + own, body.formatted(tenant.locationId(), otherProduct)),
                400, NOT_FOUND);
        assertError(tenant.api().put("/products/reviews/" + foreign, body.formatted(tenant.locationId(), foreignProduct)),
                400, NOT_FOUND);
        assertError(tenant.api().put("/products/reviews/" + foreign, body.formatted(other.locationId(), foreignProduct)),
                403, NO_LOCATION_ACCESS);

        assertThat(Reviews.snapshot(tenant)).isEqualTo(ownSnapshot);
        assertThat(Reviews.snapshot(other)).isEqualTo(otherSnapshot);
    }

    // ---- bulk update

    @Test
    void bulkUpdateSetsTheStatusOfEveryNamedReview(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String cup = Products.create(tenant, "Cup");
        String a = Reviews.seed(tenant, mug, "4", "");
        String b = Reviews.seed(tenant, cup, "2", "");
        String untouched = Reviews.seed(tenant, cup, "5", "");

        ApiResponse updated = tenant.api().post("/products/reviews/bulk-update", bulkBody(tenant, "approved",
                ref(a, mug, Reviews.STORE), ref(b.toUpperCase(Locale.ROOT), cup, Reviews.STORE),
                ref(a, mug, Reviews.STORE)));

        assertThat(updated.status()).as("%s", updated).isEqualTo(201);
        assertThatJson(updated.body()).isEqualTo("{\"status\": true, \"message\": \"Successfully updated\"}");
        assertThatJson(countResponse(tenant, "").body()).isEqualTo("""
                {"data": [{"status": "pending", "count": 1}, {"status": "approved", "count": 2},
                          {"status": "rejected", "count": 0}]}
                """);
        assertThat(Reviews.ids(tenant, "sortField=rating").get(0)).isEqualTo(untouched);
        assertThatJson(Reviews.list(tenant, "sortField=rating").toString())
                .inPath("$.data[*].status")
                .isEqualTo(List.of("pending", "approved", "approved"));
    }

    @Test
    void bulkUpdateIsAllOrNothingAndNamesEveryReviewItCannotMatch(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String cup = Products.create(tenant, "Cup");
        String a = Reviews.seed(tenant, mug, "4", "");
        String b = Reviews.seed(tenant, cup, "2", "");
        String theirProduct = Products.create(other, "Their mug");
        String foreign = Reviews.seed(other, theirProduct, "1", "");
        String unknown = ObjectIds.generate(Instant.now());
        String ownSnapshot = Reviews.snapshot(tenant);
        String otherSnapshot = Reviews.snapshot(other);

        assertInvalid(tenant.api().post("/products/reviews/bulk-update",
                        bulkBody(tenant, "rejected", ref(a, mug, Reviews.STORE), ref(b, cup, Reviews.STORE),
                                ref(unknown, mug, Reviews.STORE))),
                "reviews.2.reviewId must be a review of the given productId and storeId: " + unknown);
        assertInvalid(tenant.api().post("/products/reviews/bulk-update",
                        bulkBody(tenant, "rejected", ref(a, mug, Reviews.STORE), ref(b, mug, Reviews.STORE),
                                ref(a, mug, "another-store"), ref(foreign, theirProduct, Reviews.STORE))),
                "reviews.1.reviewId must be a review of the given productId and storeId: " + b,
                "reviews.2.reviewId must be a review of the given productId and storeId: " + a,
                "reviews.3.reviewId must be a review of the given productId and storeId: " + foreign);

        assertThat(Reviews.snapshot(tenant)).isEqualTo(ownSnapshot);
        assertThat(Reviews.snapshot(other)).isEqualTo(otherSnapshot);
    }

    @Test
    void bulkUpdateRefusesAMalformedBody(TestServer server) {
        Tenant tenant = server.newTenant();
        String snapshot = Reviews.snapshot(tenant);

        assertInvalid(tenant.api().post("/products/reviews/bulk-update", """
                        {"altId": "%s", "altType": "location", "status": {"value": "approved"},
                         "reviews": [{"reviewId": "nope", "productId": null}, 7, {"reviewId": "%s", "productId": "%s", "storeId": "a/b"}]}
                        """.formatted(tenant.locationId(), ObjectIds.generate(Instant.now()), ObjectIds.generate(Instant.now()))),
                "status must be one of the following values: pending, approved, rejected",
                "reviews.2.storeId must be 1 to 64 letters, digits, hyphens or underscores",
                "reviews.0.reviewId must be a mongodb id",
                "reviews.0.productId should not be empty",
                "reviews.0.productId must be a mongodb id",
                "reviews.0.storeId should not be empty",
                "reviews.0.storeId must be a string",
                "nested property reviews.1 must be either object or array");
        assertInvalid(tenant.api().post("/products/reviews/bulk-update", """
                        {"altId": "%s", "altType": "location", "status": "approved", "reviews": []}
                        """.formatted(tenant.locationId())),
                "reviews should not be empty");
        assertInvalid(tenant.api().post("/products/reviews/bulk-update", """
                        {"altId": "%s", "altType": "location", "status": "approved"}
                        """.formatted(tenant.locationId())),
                "reviews must be an array");
        assertError(tenant.api().post("/products/reviews/bulk-update", "[]"), 400, "Request body must be a JSON object");
        assertThat(Reviews.snapshot(tenant)).isEqualTo(snapshot);
    }

    @Test
    void bulkUpdateForAnotherLocationIsA403(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String productId = Products.create(other, "Mug");
        String id = Reviews.seed(other, productId, "4", "");
        String snapshot = Reviews.snapshot(other);

        assertError(tenant.api().post("/products/reviews/bulk-update",
                bulkBody(other, "approved", ref(id, productId, Reviews.STORE))), 403, NO_LOCATION_ACCESS);
        assertThat(Reviews.snapshot(other)).isEqualTo(snapshot);
    }

    // ---- delete

    @Test
    void deleteRemovesTheReviewOnce(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        String gone = Reviews.seed(tenant, productId, "4", "");
        String kept = Reviews.seed(tenant, productId, "5", "");

        ApiResponse deleted = tenant.api().delete(deletePath(tenant, gone, productId));

        assertThat(deleted.status()).as("%s", deleted).isEqualTo(200);
        assertThatJson(deleted.body()).isEqualTo("{\"status\": true, \"message\": \"Successfully deleted\"}");
        assertThat(Reviews.ids(tenant, "")).containsExactly(kept);
        assertError(tenant.api().delete(deletePath(tenant, gone, productId)), 400, NOT_FOUND);
    }

    @Test
    void deletingAnUnknownForeignOrMismatchedReviewAnswersReviewNotFound(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        String own = Reviews.seed(tenant, productId, "4", "");
        String theirProduct = Products.create(other, "Mug");
        String foreign = Reviews.seed(other, theirProduct, "4", "");
        String ownSnapshot = Reviews.snapshot(tenant);
        String otherSnapshot = Reviews.snapshot(other);

        assertError(tenant.api().delete(deletePath(tenant, ObjectIds.generate(Instant.now()), productId)), 400, NOT_FOUND);
        assertError(tenant.api().delete(deletePath(tenant, "nope", productId)), 400, NOT_FOUND);
        assertError(tenant.api().delete(deletePath(tenant, foreign, theirProduct)), 400, NOT_FOUND);
        assertError(tenant.api().delete(deletePath(tenant, own, theirProduct)), 400, NOT_FOUND);
        assertError(tenant.api().delete(deletePath(other, foreign, theirProduct)), 403, NO_LOCATION_ACCESS);
        assertError(tenant.api().delete("/products/reviews/" + own + "?altType=location&altId=" + tenant.locationId()),
                400, "productId should not be empty");
        assertError(tenant.api().delete(deletePath(tenant, own, "nope")), 400, "productId must be a mongodb id");

        assertThat(Reviews.snapshot(tenant)).isEqualTo(ownSnapshot);
        assertThat(Reviews.snapshot(other)).isEqualTo(otherSnapshot);
    }

    @Test
    void deletingAProductDeletesItsReviewsOnly(TestServer server) {
        Tenant tenant = server.newTenant();
        String mug = Products.create(tenant, "Mug");
        String cup = Products.create(tenant, "Cup");
        Reviews.seed(tenant, mug, "4", "");
        Reviews.seed(tenant, mug, "5", "");
        String kept = Reviews.seed(tenant, cup, "3", "");

        assertThat(tenant.api().delete("/products/" + mug + "?locationId=" + tenant.locationId()).status())
                .isEqualTo(200);

        assertThat(Reviews.ids(tenant, "")).containsExactly(kept);
        assertThat(Reviews.ids(tenant, "productId=" + mug)).isEmpty();
        assertThatJson(countResponse(tenant, "").body()).node("data[0].count").isEqualTo(1);
    }

    // ---- tokens, scopes and headers

    @Test
    void eachOperationNeedsItsScopeAndItAloneIsEnough(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        for (Operation operation : operations(tenant, productId)) {
            String snapshot = Reviews.snapshot(tenant);
            Api withoutScope = tenant.api(server.locationToken(
                    tenant.locationId(), EnumSet.complementOf(EnumSet.of(operation.scope()))));
            assertError(operation.send(withoutScope), 401, MISSING_SCOPE);
            assertThat(Reviews.snapshot(tenant)).as(operation.path()).isEqualTo(snapshot);

            Api onlyScope = tenant.api(server.locationToken(tenant.locationId(), EnumSet.of(operation.scope())));
            ApiResponse response = operation.send(onlyScope);
            assertThat(response.status()).as("%s %s: %s", operation.method(), operation.path(), response)
                    .isEqualTo(operation.success());
        }
    }

    @Test
    void agencyTokensAreRefusedOnEveryReviewOperationEvenWithEveryScope(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        Api agency = tenant.api(server.agencyToken(tenant.companyId(), EnumSet.allOf(Scope.class)));
        Api agencyWithoutScopes = tenant.api(server.agencyToken(tenant.companyId(), EnumSet.noneOf(Scope.class)));
        for (Operation operation : operations(tenant, productId)) {
            String snapshot = Reviews.snapshot(tenant);
            assertError(operation.send(agency), 401, AGENCY_NOT_ALLOWED);
            assertError(operation.send(agencyWithoutScopes), 401, MISSING_SCOPE);
            assertThat(Reviews.snapshot(tenant)).as(operation.path()).isEqualTo(snapshot);
        }
    }

    @Test
    void highLevelsReviewPathsNeedTheVersionHeaderAndAToken(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        for (Operation operation : operations(tenant, productId)) {
            if (operation.path().startsWith("/stockroom/")) continue;
            String snapshot = Reviews.snapshot(tenant);
            assertError(operation.send(tenant.api().withHeader("Version", null)), 400, "Version header was not found");
            assertError(operation.send(tenant.api().withHeader("Authorization", null)), 401,
                    "Invalid token: access token is invalid");
            assertThat(Reviews.snapshot(tenant)).as(operation.path()).isEqualTo(snapshot);
        }
    }

    @Test
    void headRequestsAreCheckedLikeTheGetTheyMirror(TestServer server) {
        Tenant tenant = server.newTenant();
        Api scopeless = tenant.api(server.locationToken(tenant.locationId(), EnumSet.noneOf(Scope.class)));
        for (String path : List.of("/products/reviews", "/products/reviews/count")) {
            String query = path + "?altType=location&altId=" + tenant.locationId();
            assertThat(scopeless.send("HEAD", query, null).status()).isEqualTo(401);
            ApiResponse head = tenant.api().send("HEAD", query, null);
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
        }
    }

    @Test
    void reviewPathsAreNotTakenForProductIdsOrSlugs(TestServer server) {
        Tenant tenant = server.newTenant();
        String reviewId = ObjectIds.generate(Instant.now());

        assertError(tenant.api().get("/products/reviews?locationId=" + tenant.locationId()), 400,
                "altId should not be empty");
        assertError(tenant.api().get("/products/reviews/" + reviewId), 404, "Cannot GET /products/reviews/" + reviewId);
    }

    // ---- helpers

    /** One review operation with a valid request on a fresh review; {@code success} is its 2xx. */
    private record Operation(String method, String path, String body, Scope scope, int success) {
        ApiResponse send(Api api) {
            return api.send(method, path, body);
        }
    }

    private static List<Operation> operations(Tenant tenant, String productId) {
        String location = tenant.locationId();
        String query = "?altType=location&altId=" + location;
        String update = Reviews.seed(tenant, productId, "4", "");
        String bulk = Reviews.seed(tenant, productId, "4", "");
        String delete = Reviews.seed(tenant, productId, "4", "");
        return List.of(
                new Operation("GET", "/products/reviews" + query, null, Scope.PRODUCTS_READONLY, 200),
                new Operation("GET", "/products/reviews/count" + query, null, Scope.PRODUCTS_READONLY, 200),
                new Operation("PUT", "/products/reviews/" + update, """
                        {"altId": "%s", "altType": "location", "productId": "%s", "status": "approved"}
                        """.formatted(location, productId), Scope.PRODUCTS_WRITE, 200),
                new Operation("POST", "/products/reviews/bulk-update",
                        bulkBody(tenant, "rejected", ref(bulk, productId, Reviews.STORE)), Scope.PRODUCTS_WRITE, 201),
                new Operation("DELETE", deletePath(tenant, delete, productId), null, Scope.PRODUCTS_WRITE, 200),
                new Operation("POST", "/stockroom/reviews", Reviews.body(location, productId, "3", ""),
                        Scope.PRODUCTS_WRITE, 201));
    }

    private static String seed(Tenant tenant, String productId, String rating, String createdAt) {
        return seed(tenant, productId, rating, createdAt, Reviews.STORE);
    }

    /** Seeds a review; a null product is a new one, a null createdAt means now. */
    private static String seed(Tenant tenant, String productId, String rating, String createdAt, String storeId) {
        String product = productId == null ? Products.create(tenant, "Mug") : productId;
        String extra = createdAt == null ? "" : "\"createdAt\": \"" + createdAt + "\"";
        String body = Reviews.body(tenant.locationId(), product, storeId, rating, extra);
        ApiResponse response = tenant.api().post("/stockroom/reviews", body);
        if (response.status() != 201) throw new AssertionError("seed review: " + response);
        return response.json().path("_id").asText();
    }

    private static void seedWithStatus(Tenant tenant, String productId, String status) {
        Reviews.seed(tenant, productId, "4", "\"status\": \"" + status + "\"");
    }

    private static String ref(String reviewId, String productId, String storeId) {
        return "{\"reviewId\": \"%s\", \"productId\": \"%s\", \"storeId\": \"%s\"}".formatted(reviewId, productId, storeId);
    }

    private static String bulkBody(Tenant tenant, String status, String... refs) {
        return "{\"altId\": \"%s\", \"altType\": \"location\", \"status\": \"%s\", \"reviews\": [%s]}"
                .formatted(tenant.locationId(), status, String.join(", ", refs));
    }

    private static String deletePath(Tenant tenant, String reviewId, String productId) {
        return "/products/reviews/" + reviewId + "?altType=location&altId=" + tenant.locationId() + "&productId="
                + productId;
    }

    private static ApiResponse listResponse(Tenant tenant, String query) {
        return tenant.api().get("/products/reviews?altType=location&altId=" + tenant.locationId() + "&" + query);
    }

    private static ApiResponse countResponse(Tenant tenant, String query) {
        return tenant.api().get("/products/reviews/count?altType=location&altId=" + tenant.locationId()
                + (query.isEmpty() ? "" : "&" + query));
    }

    private static final Map<Integer, String> REASONS =
            Map.of(400, "Bad Request", 401, "Unauthorized", 403, "Forbidden", 404, "Not Found");

    private static void assertError(ApiResponse response, int status, String message) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThatJson(response.body())
                .isEqualTo(Map.of("statusCode", status, "message", message, "error", REASONS.get(status)));
    }

    private static void assertInvalid(ApiResponse response, String... messages) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(422);
        assertThatJson(response.body()).isObject().containsOnlyKeys("statusCode", "message", "error");
        assertThatJson(response.body()).node("error").isEqualTo("Unprocessable Entity");
        List<String> actual = new ArrayList<>();
        response.json().path("message").forEach(message -> actual.add(message.asText()));
        assertThat(actual).containsExactlyInAnyOrder(messages);
    }
}
