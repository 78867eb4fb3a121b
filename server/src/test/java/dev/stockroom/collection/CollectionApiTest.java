package dev.stockroom.collection;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.auth.Scope;
import dev.stockroom.product.Products;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

@StockroomTest
class CollectionApiTest {
    private static final String TIME = "${json-unit.regex}\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}\\\\.\\\\d{3}Z";

    // ---- create

    @Test
    void createdCollectionWithoutSlugGetsOneFromItsNameAndIsReadBack(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Best Sellers", "unknownField": "ignored"}
                """.formatted(tenant.locationId()));

        assertThat(created.status()).isEqualTo(201);
        assertThatJson(created.body()).isEqualTo("""
                {"data": {"_id": "${json-unit.regex}[0-9a-f]{24}", "altId": "%s", "name": "Best Sellers",
                          "slug": "best-sellers", "image": "", "seo": {}, "type": "manual",
                          "stats": {"productCount": 0}, "createdAt": "%s", "updatedAt": "%s"}}
                """.formatted(tenant.locationId(), TIME, TIME));

        String id = created.json().path("data").path("_id").asText();
        ApiResponse read = tenant.api().get("/products/collections/" + id + "?altId=" + tenant.locationId());
        assertThat(read.status()).isEqualTo(200);
        assertThatJson(read.body()).isEqualTo("""
                {"data": %s, "status": true}
                """.formatted(created.json().path("data")));
    }

    @Test
    void createdCollectionKeepsGivenSlugImageAndSeo(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Best Sellers", "slug": "top-picks",
                 "image": "http://example.com/watermark.png",
                 "seo": {"title": "Best Sellers", "description": "Collections where all the best products are available"}}
                """.formatted(tenant.locationId()));

        assertThat(created.status()).isEqualTo(201);
        assertThatJson(created.body()).isEqualTo("""
                {"data": {"_id": "${json-unit.any-string}", "altId": "%s", "name": "Best Sellers", "slug": "top-picks",
                          "image": "http://example.com/watermark.png",
                          "seo": {"title": "Best Sellers",
                                  "description": "Collections where all the best products are available"},
                          "type": "manual", "stats": {"productCount": 0},
                          "createdAt": "${json-unit.any-string}", "updatedAt": "${json-unit.any-string}"}}
                """.formatted(tenant.locationId()));
        String id = created.json().path("data").path("_id").asText();
        assertThatJson(Collections.get(tenant, id).toString()).isEqualTo(created.json().path("data").toString());
    }

    @Test
    void createdCollectionUsesTheCollectionIdTheClientChose(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "collectionId": "66057F9D28536EAE584EC047", "name": "Chosen"}
                """.formatted(tenant.locationId()));

        assertThat(created.status()).isEqualTo(201);
        assertThatJson(created.body()).node("data._id").isEqualTo("66057f9d28536eae584ec047");
        assertThatJson(Collections.get(tenant, "66057f9d28536eae584ec047").toString())
                .node("name")
                .isEqualTo("Chosen");
    }

    @Test
    void theSameClientChosenCollectionIdTwiceInOneLocationIsAConflict(TestServer server) {
        Tenant tenant = server.newTenant();
        String body = """
                {"altId": "%s", "altType": "location", "collectionId": "66057f9d28536eae584ec047", "name": "%s"}
                """;
        assertThat(tenant.api().post("/products/collections", body.formatted(tenant.locationId(), "One")).status())
                .isEqualTo(201);

        ApiResponse again = tenant.api().post("/products/collections", body.formatted(tenant.locationId(), "Two"));

        assertThat(again.status()).isEqualTo(409);
        assertThatJson(again.body()).isEqualTo("""
                {"statusCode": 409, "message": "A collection with id '66057f9d28536eae584ec047' already exists in this location",
                 "error": "Conflict"}
                """);
    }

    @Test
    void aClientChosenCollectionIdMustBeAMongoId(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "collectionId": "not-an-id", "name": "Chosen"}
                """.formatted(tenant.locationId()));

        assertThat(created.status()).isEqualTo(422);
        assertThatJson(created.body()).isEqualTo("""
                {"statusCode": 422, "message": ["collectionId must be a mongodb id"], "error": "Unprocessable Entity"}
                """);
    }

    @Test
    void aSlugAlreadyUsedInTheLocationIsAConflict(TestServer server) {
        Tenant tenant = server.newTenant();
        String body = """
                {"altId": "%s", "altType": "location", "name": "%s", "slug": "best-sellers"}
                """;
        assertThat(tenant.api().post("/products/collections", body.formatted(tenant.locationId(), "One")).status())
                .isEqualTo(201);

        ApiResponse duplicate = tenant.api().post("/products/collections", body.formatted(tenant.locationId(), "Two"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThatJson(duplicate.body()).isEqualTo("""
                {"statusCode": 409, "message": "A collection with slug 'best-sellers' already exists in this location",
                 "error": "Conflict"}
                """);
        assertThatJson(tenant.api().get("/products/collections?altId=" + tenant.locationId() + "&altType=location").body())
                .node("total")
                .isEqualTo(1);
    }

    @Test
    void theSameSlugInAnotherLocationIsNoConflict(TestServer server) {
        Tenant first = server.newTenant();
        Tenant second = server.newTenant();
        String body = """
                {"altId": "%s", "altType": "location", "name": "Best Sellers", "slug": "best-sellers"}
                """;

        assertThat(first.api().post("/products/collections", body.formatted(first.locationId())).status()).isEqualTo(201);
        assertThat(second.api().post("/products/collections", body.formatted(second.locationId())).status())
                .isEqualTo(201);
    }

    @Test
    void concurrentCreatesWithOneSlugMakeOneCollectionAndConflictsForTheRest(TestServer server) throws Exception {
        Tenant tenant = server.newTenant();
        int clients = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<ApiResponse>> sameSlug = new ArrayList<>();
        List<java.util.concurrent.Future<ApiResponse>> sameName = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                String withSlug = """
                        {"altId": "%s", "altType": "location", "name": "Race %d", "slug": "race"}
                        """.formatted(tenant.locationId(), i);
                sameSlug.add(pool.submit(() -> tenant.api().post("/products/collections", withSlug)));
                sameName.add(pool.submit(() -> tenant.api().post("/products/collections",
                        Collections.body(tenant.locationId(), "Same Name"))));
            }
            List<Integer> slugStatuses = new ArrayList<>();
            for (var f : sameSlug) slugStatuses.add(f.get(1, java.util.concurrent.TimeUnit.MINUTES).status());
            List<String> generatedSlugs = new ArrayList<>();
            for (var f : sameName) {
                ApiResponse created = f.get(1, java.util.concurrent.TimeUnit.MINUTES);
                assertThat(created.status()).isEqualTo(201);
                generatedSlugs.add(created.json().path("data").path("slug").asText());
            }

            assertThat(slugStatuses).containsOnly(201, 409);
            assertThat(slugStatuses.stream().filter(s -> s == 201)).hasSize(1);
            assertThat(generatedSlugs).doesNotHaveDuplicates().contains("same-name");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGeneratedSlugThatIsTakenGetsASuffixInsteadOfAConflict(TestServer server) {
        Tenant tenant = server.newTenant();
        Collections.create(tenant, "Best Sellers");

        String second = Collections.create(tenant, "Best  Sellers!");

        assertThat(Collections.get(tenant, second).path("slug").asText())
                .startsWith("best-sellers-")
                .endsWith(second.substring(second.length() - 6));
    }

    @Test
    void createAcceptsAltTypeInAnyLetterCase(TestServer server) {
        Tenant tenant = server.newTenant();
        for (String altType : List.of("LOCATION", "Location", "location")) {
            ApiResponse created = tenant.api().post("/products/collections", """
                    {"altId": "%s", "altType": "%s", "name": "%s"}
                    """.formatted(tenant.locationId(), altType, altType));
            assertThat(created.status()).as(altType).isEqualTo(201);
        }
    }

    @Test
    void createWithoutNameOrAltTypeListsEveryViolation(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "company"}
                """.formatted(tenant.locationId()));

        assertThat(created.status()).isEqualTo(422);
        assertThatJson(created.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity",
                 "message": ["altType must be one of the following values: location",
                             "name should not be empty", "name must be a string"]}
                """);
    }

    @Test
    void createWithProductIdsPutsThoseProductsInTheCollection(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String socks = Products.create(tenant, "Socks");
        Products.create(tenant, "Hat");

        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Clothes", "productIds": ["%s", "%s"]}
                """.formatted(tenant.locationId(), shirt, socks));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("data").path("_id").asText();
        assertThatJson(created.body()).node("data.stats").isEqualTo("{\"productCount\": 2}");
        assertThat(Collections.members(tenant, id)).containsExactlyInAnyOrder(shirt, socks);
        assertThat(Products.collectionIds(tenant, shirt)).containsExactly(id);
    }

    @Test
    void createWithAnUnknownProductIsRefusedAndCreatesNothing(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");

        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Clothes",
                 "productIds": ["%s", "655b33a82209e60b6adb87a5"]}
                """.formatted(tenant.locationId(), shirt));

        assertThat(created.status()).isEqualTo(422);
        assertThatJson(created.body()).node("message")
                .isEqualTo("[\"productIds contains an unknown product: 655b33a82209e60b6adb87a5\"]");
        assertThatJson(tenant.api().get("/products/collections?altId=" + tenant.locationId() + "&altType=location").body())
                .node("total")
                .isEqualTo(0);
        assertThat(Products.collectionIds(tenant, shirt)).isEmpty();
    }

    // ---- list

    @Test
    void listPagesNewestFirstWithTheTotalOfTheWholeQuery(TestServer server) {
        Tenant tenant = server.newTenant();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) ids.add(Collections.create(tenant, "Collection " + i));
        List<String> newestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(newestFirst);

        ApiResponse first = tenant.api()
                .get("/products/collections?altId=" + tenant.locationId() + "&altType=location&limit=2");
        ApiResponse second = tenant.api()
                .get("/products/collections?altId=" + tenant.locationId() + "&altType=location&limit=2&offset=2");
        ApiResponse last = tenant.api()
                .get("/products/collections?altId=" + tenant.locationId() + "&altType=location&limit=2&offset=4");
        ApiResponse beyond = tenant.api()
                .get("/products/collections?altId=" + tenant.locationId() + "&altType=location&limit=2&offset=10");

        assertThat(List.of(first.status(), second.status(), last.status(), beyond.status())).containsOnly(200);
        assertThat(ids(first)).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(ids(second)).containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(ids(last)).containsExactlyElementsOf(newestFirst.subList(4, 5));
        assertThat(ids(beyond)).isEmpty();
        for (ApiResponse page : List.of(first, second, last, beyond)) {
            assertThatJson(page.body()).node("total").isEqualTo(5);
        }
    }

    @Test
    void listWithoutLimitOrWithLimitZeroAnswersTwenty(TestServer server) {
        Tenant tenant = server.newTenant();
        for (int i = 0; i < 21; i++) Collections.create(tenant, "Collection " + i);
        String base = "/products/collections?altId=" + tenant.locationId() + "&altType=location";

        for (String query : List.of("", "&limit=0", "&limit=")) {
            ApiResponse list = tenant.api().get(base + query);
            assertThat(ids(list)).as(query).hasSize(20);
            assertThatJson(list.body()).as(query).node("total").isEqualTo(21);
        }
    }

    @Test
    void listRefusesALimitAboveAThousandOrANegativeOffset(TestServer server) {
        Tenant tenant = server.newTenant();
        String base = "/products/collections?altId=" + tenant.locationId() + "&altType=location";

        ApiResponse tooMany = tenant.api().get(base + "&limit=1001");
        ApiResponse negative = tenant.api().get(base + "&offset=-1");

        assertThat(tooMany.status()).isEqualTo(400);
        assertThatJson(tooMany.body()).node("message").isEqualTo("limit must not be greater than 1000");
        assertThat(negative.status()).isEqualTo(400);
        assertThatJson(negative.body()).node("message").isEqualTo("offset must be a non-negative integer");
    }

    @Test
    void listAnswersCollectionsInTheShapeGetAnswersThem(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Best Sellers");

        ApiResponse list = tenant.api().get("/products/collections?altId=" + tenant.locationId() + "&altType=LOCATION");

        assertThat(list.status()).isEqualTo(200);
        assertThatJson(list.body()).isEqualTo("""
                {"data": [%s], "total": 1}
                """.formatted(Collections.get(tenant, id)));
    }

    @Test
    void listFiltersByCollectionIdsSentCommaSeparatedRepeatedOrWithBrackets(TestServer server) {
        Tenant tenant = server.newTenant();
        String a = Collections.create(tenant, "A");
        String b = Collections.create(tenant, "B");
        Collections.create(tenant, "C");
        String base = "/products/collections?altId=" + tenant.locationId() + "&altType=location&";

        for (String query : List.of(
                "collectionIds=" + a + "," + b,
                "collectionIds=" + a + "&collectionIds=" + b,
                "collectionIds[]=" + a + "&collectionIds[]=" + b,
                "collectionIds%5B%5D=" + a + "&collectionIds%5B%5D=" + b)) {
            ApiResponse list = tenant.api().get(base + query);
            assertThat(list.status()).as(query).isEqualTo(200);
            assertThat(ids(list)).as(query).containsExactlyInAnyOrder(a, b);
            assertThatJson(list.body()).as(query).node("total").isEqualTo(2);
        }
    }

    @Test
    void listRefusesCollectionIdsThatAreNotMongoIds(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse list = tenant.api()
                .get("/products/collections?altId=" + tenant.locationId() + "&altType=location&collectionIds=abc");

        assertThat(list.status()).isEqualTo(400);
        assertThatJson(list.body()).isEqualTo("""
                {"statusCode": 400, "message": "each value in collectionIds must be a mongodb id", "error": "Bad Request"}
                """);
    }

    @Test
    void listSearchesNamesAsCaseInsensitiveSubstrings(TestServer server) {
        Tenant tenant = server.newTenant();
        String bestSellers = Collections.create(tenant, "Best Sellers");
        String summerBest = Collections.create(tenant, "Summer BEST of");
        Collections.create(tenant, "New Arrivals");
        String creme = Collections.create(tenant, "Crème Brûlée");
        String base = "/products/collections?altId=" + tenant.locationId() + "&altType=location&name=";

        ApiResponse best = tenant.api().get(base + "bEsT");
        ApiResponse middle = tenant.api().get(base + "ller");
        ApiResponse accented = tenant.api().get(base + "CR%C3%88ME");
        ApiResponse none = tenant.api().get(base + "nothing");

        assertThat(ids(best)).containsExactlyInAnyOrder(bestSellers, summerBest);
        assertThatJson(best.body()).node("total").isEqualTo(2);
        assertThat(ids(middle)).containsExactly(bestSellers);
        assertThat(ids(accented)).containsExactly(creme);
        assertThat(ids(none)).isEmpty();
        assertThatJson(none.body()).node("total").isEqualTo(0);
    }

    @Test
    void listTotalCountsEveryMatchNotOnlyThePage(TestServer server) {
        Tenant tenant = server.newTenant();
        for (int i = 0; i < 3; i++) Collections.create(tenant, "Sale " + i);
        Collections.create(tenant, "Other");

        ApiResponse list = tenant.api()
                .get("/products/collections?altId=" + tenant.locationId() + "&altType=location&name=sale&limit=1");

        assertThat(ids(list)).hasSize(1);
        assertThatJson(list.body()).node("total").isEqualTo(3);
    }

    @Test
    void listShowsOnlyTheCallersLocation(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String mine = Collections.create(tenant, "Mine");
        String theirs = Collections.create(other, "Theirs");

        ApiResponse list = tenant.api().get(
                "/products/collections?altId=" + tenant.locationId() + "&altType=location&collectionIds=" + mine + ","
                        + theirs);

        assertThat(ids(list)).containsExactly(mine);
    }

    @Test
    void listWithoutAltTypeIsABadRequest(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse list = tenant.api().get("/products/collections?altId=" + tenant.locationId());

        assertThat(list.status()).isEqualTo(400);
        assertThatJson(list.body()).isEqualTo("""
                {"statusCode": 400, "message": "altType should not be empty", "error": "Bad Request"}
                """);
    }

    // ---- get

    @Test
    void getOfAnUnknownCollectionIsCollectionNotFound(TestServer server) {
        Tenant tenant = server.newTenant();

        for (String id : List.of("655b33a82209e60b6adb87a5", "not-an-id")) {
            ApiResponse read = tenant.api().get("/products/collections/" + id + "?altId=" + tenant.locationId());
            assertThat(read.status()).as(id).isEqualTo(400);
            assertThatJson(read.body()).as(id).isEqualTo("""
                    {"statusCode": 400, "message": "Collection not found", "error": "Bad Request"}
                    """);
        }
    }

    @Test
    void getOfAnotherLocationsCollectionAnswersAsIfItDidNotExist(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String theirs = Collections.create(other, "Theirs");

        ApiResponse read = tenant.api().get("/products/collections/" + theirs + "?altId=" + tenant.locationId());

        assertThat(read.status()).isEqualTo(400);
        assertThatJson(read.body()).isEqualTo("""
                {"statusCode": 400, "message": "Collection not found", "error": "Bad Request"}
                """);
    }

    @Test
    void aCollectionIdInUpperCaseReachesTheCollectionForGetUpdateAndDelete(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Upper");
        String upper = id.toUpperCase(java.util.Locale.ROOT);

        ApiResponse read = tenant.api().get("/products/collections/" + upper + "?altId=" + tenant.locationId());
        ApiResponse updated = tenant.api().put("/products/collections/" + upper, """
                {"altId": "%s", "altType": "location", "name": "Renamed"}
                """.formatted(tenant.locationId()));
        String renamed = Collections.get(tenant, id).path("name").asText();
        ApiResponse deleted = tenant.api()
                .delete("/products/collections/" + upper + "?altId=" + tenant.locationId() + "&altType=location");

        assertThat(read.status()).isEqualTo(200);
        assertThatJson(read.body()).node("data._id").isEqualTo(id);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(renamed).isEqualTo("Renamed");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(tenant.api().get("/products/collections/" + id + "?altId=" + tenant.locationId()).status())
                .isEqualTo(400);
    }

    // ---- update

    @Test
    void updateAnswersStatusAndKeepsEveryAbsentField(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Best Sellers", "slug": "best-sellers",
                 "image": "http://example.com/a.png", "seo": {"title": "T", "description": "D"},
                 "productIds": ["%s"]}
                """.formatted(tenant.locationId(), shirt));
        String id = created.json().path("data").path("_id").asText();

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "LOCATION", "name": "Top Sellers"}
                """.formatted(tenant.locationId()));

        assertThat(updated.status()).isEqualTo(200);
        assertThatJson(updated.body()).isEqualTo("""
                {"status": true, "message": "Successfully updated"}
                """);
        assertThatJson(Collections.get(tenant, id).toString()).isEqualTo("""
                {"_id": "%s", "altId": "%s", "name": "Top Sellers", "slug": "best-sellers",
                 "image": "http://example.com/a.png", "seo": {"title": "T", "description": "D"}, "type": "manual",
                 "stats": {"productCount": 1}, "createdAt": "%s", "updatedAt": "%s"}
                """.formatted(id, tenant.locationId(), created.json().path("data").path("createdAt").asText(), TIME));
        assertThat(Collections.members(tenant, id)).containsExactly(shirt);
    }

    @Test
    void updateWithOnlyAltIdAndAltTypeChangesNothing(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Unchanged");
        var before = Collections.get(tenant, id);

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location"}
                """.formatted(tenant.locationId()));

        assertThat(updated.status()).isEqualTo(200);
        assertThatJson(Collections.get(tenant, id).toString())
                .whenIgnoringPaths("updatedAt")
                .isEqualTo(before.toString());
    }

    @Test
    void updateMovesUpdatedAtForwardAndNeverCreatedAt(TestServer server) throws InterruptedException {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Times");
        var before = Collections.get(tenant, id);
        Thread.sleep(5);

        tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "name": "Times 2"}
                """.formatted(tenant.locationId()));

        var after = Collections.get(tenant, id);
        assertThat(after.path("createdAt").asText()).isEqualTo(before.path("createdAt").asText());
        assertThat(after.path("updatedAt").asText()).isGreaterThan(before.path("updatedAt").asText());
    }

    @Test
    void updateWithNullClearsImageAndSeo(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Best Sellers",
                 "image": "http://example.com/a.png", "seo": {"title": "T", "description": "D"}}
                """.formatted(tenant.locationId()));
        String id = created.json().path("data").path("_id").asText();

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "image": null, "seo": null}
                """.formatted(tenant.locationId()));

        assertThat(updated.status()).isEqualTo(200);
        assertThatJson(Collections.get(tenant, id).toString())
                .whenIgnoringPaths("_id", "altId", "createdAt", "updatedAt")
                .isEqualTo("""
                        {"name": "Best Sellers", "slug": "best-sellers", "image": "", "seo": {}, "type": "manual",
                         "stats": {"productCount": 0}}
                        """);
    }

    @Test
    void updateReplacesSeoWhole(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Seo", "seo": {"title": "T", "description": "D"}}
                """.formatted(tenant.locationId()));
        String id = created.json().path("data").path("_id").asText();

        tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "seo": {"title": "New"}}
                """.formatted(tenant.locationId()));

        assertThatJson(Collections.get(tenant, id).toString()).node("seo").isEqualTo("{\"title\": \"New\"}");
    }

    @Test
    void updateChangesTheSlugAndFreesTheOldOne(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Best Sellers");

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "slug": "top-sellers"}
                """.formatted(tenant.locationId()));

        assertThat(updated.status()).isEqualTo(200);
        assertThatJson(Collections.get(tenant, id).toString()).node("slug").isEqualTo("top-sellers");
        ApiResponse reuse = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Other", "slug": "best-sellers"}
                """.formatted(tenant.locationId()));
        assertThat(reuse.status()).isEqualTo(201);
    }

    @Test
    void updateToAnotherCollectionsSlugIsAConflictAndChangesNothing(TestServer server) {
        Tenant tenant = server.newTenant();
        Collections.create(tenant, "Best Sellers");
        String id = Collections.create(tenant, "New Arrivals");
        String shirt = Products.create(tenant, "Shirt");

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "name": "Renamed", "slug": "best-sellers",
                 "productIds": ["%s"]}
                """.formatted(tenant.locationId(), shirt));

        assertThat(updated.status()).isEqualTo(409);
        assertThatJson(updated.body()).isEqualTo("""
                {"statusCode": 409, "message": "A collection with slug 'best-sellers' already exists in this location",
                 "error": "Conflict"}
                """);
        assertThatJson(Collections.get(tenant, id).toString())
                .isObject()
                .containsEntry("name", "New Arrivals")
                .containsEntry("slug", "new-arrivals");
        assertThat(Collections.members(tenant, id)).isEmpty();
        assertThat(Products.collectionIds(tenant, shirt)).isEmpty();
    }

    @Test
    void updateToItsOwnSlugIsNoConflict(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Best Sellers");

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "slug": "best-sellers"}
                """.formatted(tenant.locationId()));

        assertThat(updated.status()).isEqualTo(200);
    }

    @Test
    void updateRefusesAnInvalidSlug(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Best Sellers");

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "slug": "Best Sellers"}
                """.formatted(tenant.locationId()));

        assertThat(updated.status()).isEqualTo(422);
        assertThat(updated.json().path("message").path(0).asText()).startsWith("slug must contain only lowercase");
    }

    @Test
    void updateWithProductIdsReplacesTheCollectionsProducts(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String socks = Products.create(tenant, "Socks");
        String hat = Products.create(tenant, "Hat");
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Clothes", "productIds": ["%s", "%s"]}
                """.formatted(tenant.locationId(), shirt, socks));
        String id = created.json().path("data").path("_id").asText();

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "productIds": ["%s", "%s"]}
                """.formatted(tenant.locationId(), socks, hat));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(Collections.members(tenant, id)).containsExactlyInAnyOrder(socks, hat);
        assertThatJson(Collections.get(tenant, id).toString()).node("stats.productCount").isEqualTo(2);
        assertThat(Products.collectionIds(tenant, shirt)).isEmpty();
        assertThat(Products.collectionIds(tenant, socks)).containsExactly(id);
        assertThat(Products.collectionIds(tenant, hat)).containsExactly(id);
    }

    @Test
    void updateWithEmptyOrNullProductIdsEmptiesTheCollection(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        for (String empty : List.of("[]", "null")) {
            ApiResponse created = tenant.api().post("/products/collections", """
                    {"altId": "%s", "altType": "location", "name": "Clothes %s", "productIds": ["%s"]}
                    """.formatted(tenant.locationId(), empty, shirt));
            String id = created.json().path("data").path("_id").asText();

            ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                    {"altId": "%s", "altType": "location", "productIds": %s}
                    """.formatted(tenant.locationId(), empty));

            assertThat(updated.status()).as(empty).isEqualTo(200);
            assertThat(Collections.members(tenant, id)).as(empty).isEmpty();
            assertThatJson(Collections.get(tenant, id).toString()).as(empty).node("stats.productCount").isEqualTo(0);
        }
        assertThat(Products.collectionIds(tenant, shirt)).isEmpty();
    }

    @Test
    void updateWithRepeatedOrUnknownProductIdsIsRefusedAndChangesNothing(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String socks = Products.create(tenant, "Socks");
        Tenant other = server.newTenant();
        String theirs = Products.create(other, "Theirs");
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Clothes", "productIds": ["%s"]}
                """.formatted(tenant.locationId(), shirt));
        String id = created.json().path("data").path("_id").asText();

        ApiResponse repeated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "name": "Renamed", "productIds": ["%s", "%s"]}
                """.formatted(tenant.locationId(), socks, socks));
        ApiResponse foreign = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "name": "Renamed", "productIds": ["%s", "%s"]}
                """.formatted(tenant.locationId(), socks, theirs));

        assertThat(repeated.status()).isEqualTo(422);
        assertThatJson(repeated.body()).node("message").isEqualTo("[\"All productIds's elements must be unique\"]");
        assertThat(foreign.status()).isEqualTo(422);
        assertThatJson(foreign.body()).node("message")
                .isEqualTo("[\"productIds contains an unknown product: " + theirs + "\"]");
        assertThat(Collections.members(tenant, id)).containsExactly(shirt);
        assertThatJson(Collections.get(tenant, id).toString()).node("name").isEqualTo("Clothes");
    }

    @Test
    void updateAcceptsTypeManual(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Manual");

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "type": "manual"}
                """.formatted(tenant.locationId()));

        assertThat(updated.status()).isEqualTo(200);
        assertThatJson(Collections.get(tenant, id).toString()).node("type").isEqualTo("manual");
    }

    @Test
    void updateRefusesATypeThatIsNeitherManualNorSmart(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Manual");

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "type": "MANUAL"}
                """.formatted(tenant.locationId()));

        assertThat(updated.status()).isEqualTo(422);
        assertThatJson(updated.body()).node("message")
                .isEqualTo("[\"type must be one of the following values: manual, smart\"]");
    }

    @Test
    void updateIgnoresServerGeneratedFields(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Clothes", "productIds": ["%s"]}
                """.formatted(tenant.locationId(), shirt));
        String id = created.json().path("data").path("_id").asText();
        var before = Collections.get(tenant, id);

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "rules": {"logic": "OR", "conditions": ["<array>"]},
                 "ruleHash": "abc123def456", "ruleVersion": 7, "stats": {"productCount": 99},
                 "_id": "655b33a82209e60b6adb87a5", "createdAt": "2020-01-01T00:00:00.000Z",
                 "updatedAt": "2020-01-01T00:00:00.000Z"}
                """.formatted(tenant.locationId()));

        assertThat(updated.status()).isEqualTo(200);
        var after = Collections.get(tenant, id);
        assertThatJson(after.toString()).whenIgnoringPaths("updatedAt").isEqualTo(before.toString());
        assertThat(after.has("rules")).isFalse();
        assertThat(after.has("ruleHash")).isFalse();
        assertThat(after.has("ruleVersion")).isFalse();
        assertThat(after.path("updatedAt").asText()).isNotEqualTo("2020-01-01T00:00:00.000Z");
    }

    @Test
    void updateRefusesAnEmptyOrNullName(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Named");

        for (String name : List.of("\"\"", "null")) {
            ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                    {"altId": "%s", "altType": "location", "name": %s}
                    """.formatted(tenant.locationId(), name));
            assertThat(updated.status()).as(name).isEqualTo(422);
            assertThatJson(updated.body()).as(name).node("message").isEqualTo("[\"name should not be empty\"]");
        }
        assertThatJson(Collections.get(tenant, id).toString()).node("name").isEqualTo("Named");
    }

    @Test
    void updateOfAnUnknownCollectionIsCollectionNotFound(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String theirs = Collections.create(other, "Theirs");

        for (String id : List.of("655b33a82209e60b6adb87a5", theirs)) {
            ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                    {"altId": "%s", "altType": "location", "name": "Mine now"}
                    """.formatted(tenant.locationId()));
            assertThat(updated.status()).isEqualTo(400);
            assertThatJson(updated.body()).isEqualTo("""
                    {"statusCode": 400, "message": "Collection not found", "error": "Bad Request"}
                    """);
        }
        assertThatJson(Collections.get(other, theirs).toString()).node("name").isEqualTo("Theirs");
    }

    @Test
    void updateWithoutAltIdOrAltTypeIsRefused(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Named");

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"name": "No alt"}
                """);

        assertThat(updated.status()).isEqualTo(422);
        assertThatJson(updated.body()).isEqualTo("""
                {"statusCode": 422, "error": "Unprocessable Entity",
                 "message": ["altId should not be empty", "altId must be a string",
                             "altType must be one of the following values: location", "altType should not be empty"]}
                """);
    }

    // ---- delete

    @Test
    void deletedCollectionIsGoneAndItsProductsLoseIt(TestServer server) {
        Tenant tenant = server.newTenant();
        String shirt = Products.create(tenant, "Shirt");
        String kept = Collections.create(tenant, "Kept");
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Clothes", "productIds": ["%s"]}
                """.formatted(tenant.locationId(), shirt));
        String id = created.json().path("data").path("_id").asText();
        tenant.api().put("/products/" + shirt, """
                {"name": "Shirt", "locationId": "%s", "productType": "PHYSICAL", "collectionIds": ["%s", "%s"]}
                """.formatted(tenant.locationId(), kept, id));

        ApiResponse deleted =
                tenant.api().delete("/products/collections/" + id + "?altId=" + tenant.locationId() + "&altType=location");

        assertThat(deleted.status()).isEqualTo(200);
        assertThatJson(deleted.body()).isEqualTo("""
                {"status": true, "message": "Successfully deleted"}
                """);
        ApiResponse read = tenant.api().get("/products/collections/" + id + "?altId=" + tenant.locationId());
        assertThat(read.status()).isEqualTo(400);
        assertThatJson(read.body()).isEqualTo("""
                {"statusCode": 400, "message": "Collection not found", "error": "Bad Request"}
                """);
        assertThat(Products.collectionIds(tenant, shirt)).containsExactly(kept);
        assertThatJson(tenant.api().get("/products/collections?altId=" + tenant.locationId() + "&altType=location").body())
                .node("total")
                .isEqualTo(1);
    }

    @Test
    void deleteFreesTheSlugAndTheId(TestServer server) {
        Tenant tenant = server.newTenant();
        String body = """
                {"altId": "%s", "altType": "location", "collectionId": "66057f9d28536eae584ec047", "name": "Again",
                 "slug": "again"}
                """.formatted(tenant.locationId());
        assertThat(tenant.api().post("/products/collections", body).status()).isEqualTo(201);
        tenant.api().delete("/products/collections/66057f9d28536eae584ec047?altId=" + tenant.locationId()
                + "&altType=location");

        ApiResponse recreated = tenant.api().post("/products/collections", body);

        assertThat(recreated.status()).isEqualTo(201);
        assertThatJson(recreated.body()).node("data.stats.productCount").isEqualTo(0);
    }

    @Test
    void deleteOfAnUnknownOrAlreadyDeletedCollectionIsCollectionNotFound(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Once");
        String query = "?altId=" + tenant.locationId() + "&altType=location";
        assertThat(tenant.api().delete("/products/collections/" + id + query).status()).isEqualTo(200);

        for (String target : List.of(id, "655b33a82209e60b6adb87a5")) {
            ApiResponse deleted = tenant.api().delete("/products/collections/" + target + query);
            assertThat(deleted.status()).isEqualTo(400);
            assertThatJson(deleted.body()).isEqualTo("""
                    {"statusCode": 400, "message": "Collection not found", "error": "Bad Request"}
                    """);
        }
    }

    @Test
    void deleteOfAnotherLocationsCollectionLeavesItInPlace(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String theirs = Collections.create(other, "Theirs");

        ApiResponse deleted = tenant.api()
                .delete("/products/collections/" + theirs + "?altId=" + tenant.locationId() + "&altType=location");

        assertThat(deleted.status()).isEqualTo(400);
        assertThatJson(Collections.get(other, theirs).toString()).node("name").isEqualTo("Theirs");
    }

    @Test
    void theSameClientChosenIdInTwoLocationsMakesTwoIndependentCollections(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String body = """
                {"altId": "%s", "altType": "location", "collectionId": "66057f9d28536eae584ec047", "name": "%s"}
                """;
        String shirt = Products.create(tenant, "Shirt");
        assertThat(tenant.api().post("/products/collections", body.formatted(tenant.locationId(), "Mine")).status())
                .isEqualTo(201);
        assertThat(other.api().post("/products/collections", body.formatted(other.locationId(), "Theirs")).status())
                .isEqualTo(201);

        tenant.api().put("/products/collections/66057f9d28536eae584ec047", """
                {"altId": "%s", "altType": "location", "productIds": ["%s"]}
                """.formatted(tenant.locationId(), shirt));
        other.api().delete("/products/collections/66057f9d28536eae584ec047?altId=" + other.locationId()
                + "&altType=location");

        assertThatJson(Collections.get(tenant, "66057f9d28536eae584ec047").toString())
                .whenIgnoringPaths("_id", "altId", "createdAt", "updatedAt")
                .isEqualTo("""
                        {"name": "Mine", "slug": "mine", "image": "", "seo": {}, "type": "manual",
                         "stats": {"productCount": 1}}
                        """);
        assertThat(Products.collectionIds(tenant, shirt)).containsExactly("66057f9d28536eae584ec047");
        assertThat(other.api().get("/products/collections/66057f9d28536eae584ec047?altId=" + other.locationId())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void updateWithNullSlugMakesANewOneFromTheName(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/collections", """
                {"altId": "%s", "altType": "location", "name": "Best Sellers", "slug": "top"}
                """.formatted(tenant.locationId()));
        String id = created.json().path("data").path("_id").asText();

        ApiResponse updated = tenant.api().put("/products/collections/" + id, """
                {"altId": "%s", "altType": "location", "name": "Summer Sale", "slug": null}
                """.formatted(tenant.locationId()));

        assertThat(updated.status()).isEqualTo(200);
        assertThatJson(Collections.get(tenant, id).toString()).node("slug").isEqualTo("summer-sale");
    }

    // ---- access

    @Test
    void everyCollectionOperationRefusesAgencyTokens(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Mine");
        var agency = tenant.api(server.agencyToken(tenant.companyId(), EnumSet.allOf(Scope.class)));
        String alt = "altId=" + tenant.locationId() + "&altType=location";

        List<ApiResponse> answers = List.of(
                agency.post("/products/collections", Collections.body(tenant.locationId(), "Agency")),
                agency.get("/products/collections?" + alt),
                agency.get("/products/collections/" + id + "?" + alt),
                agency.put("/products/collections/" + id, Collections.body(tenant.locationId(), "Agency")),
                agency.delete("/products/collections/" + id + "?" + alt));

        for (ApiResponse answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThatJson(answer.body()).node("message").isEqualTo(
                    "This authClass type is not allowed to access this scope. Please reach out to the Platform team"
                            + " to get it added.");
        }
        assertThatJson(Collections.get(tenant, id).toString()).node("name").isEqualTo("Mine");
    }

    @Test
    void aReadonlyCollectionTokenReadsButCannotWrite(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Collections.create(tenant, "Mine");
        var readonly = tenant.api(server.locationToken(tenant.locationId(), EnumSet.of(Scope.COLLECTION_READONLY)));
        String alt = "altId=" + tenant.locationId() + "&altType=location";

        assertThat(readonly.get("/products/collections?" + alt).status()).isEqualTo(200);
        assertThat(readonly.get("/products/collections/" + id + "?" + alt).status()).isEqualTo(200);
        for (ApiResponse answer : List.of(
                readonly.post("/products/collections", Collections.body(tenant.locationId(), "New")),
                readonly.put("/products/collections/" + id, Collections.body(tenant.locationId(), "Renamed")),
                readonly.delete("/products/collections/" + id + "?" + alt))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThatJson(answer.body()).node("message").isEqualTo("The token is not authorized for this scope.");
        }
        assertThatJson(Collections.get(tenant, id).toString()).node("name").isEqualTo("Mine");
    }

    @Test
    void aTokenCannotReachAnotherLocationsCollectionsByNamingItsAltId(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant other = server.newTenant();
        String theirs = Collections.create(other, "Theirs");
        String alt = "altId=" + other.locationId() + "&altType=location";

        List<ApiResponse> answers = List.of(
                tenant.api().post("/products/collections", Collections.body(other.locationId(), "Intruder")),
                tenant.api().get("/products/collections?" + alt),
                tenant.api().get("/products/collections/" + theirs + "?" + alt),
                tenant.api().put("/products/collections/" + theirs, Collections.body(other.locationId(), "Intruder")),
                tenant.api().delete("/products/collections/" + theirs + "?" + alt));

        for (ApiResponse answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThatJson(answer.body()).isEqualTo("""
                    {"statusCode": 403, "message": "The token does not have access to this location.",
                     "error": "Forbidden"}
                    """);
        }
        assertThatJson(Collections.get(other, theirs).toString()).node("name").isEqualTo("Theirs");
    }

    private static List<String> ids(ApiResponse list) {
        List<String> ids = new ArrayList<>();
        list.json().path("data").forEach(collection -> ids.add(collection.path("_id").asText()));
        return ids;
    }
}
