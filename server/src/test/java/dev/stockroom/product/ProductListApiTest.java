package dev.stockroom.product;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@StockroomTest
class ProductListApiTest {

    @Test
    void listAnswersProductsInTheShapeGetAnswersThemWithTheTotalInAList(TestServer server) {
        Tenant tenant = server.newTenant();
        ApiResponse created = tenant.api().post("/products/", """
                {"name": "Mug", "locationId": "%s", "productType": "PHYSICAL",
                 "medias": [{"id": "m1", "url": "https://example.com/mug.png", "type": "image", "isFeatured": true,
                             "priceIds": ["6578278e879ad2646715ba9c"]}],
                 "seo": {"title": "Mug"}}
                """.formatted(tenant.locationId()));

        ApiResponse list = list(tenant, "");

        assertThat(list.status()).isEqualTo(200);
        assertThatJson(list.body()).isEqualTo("""
                {"products": [%s], "total": [{"total": 1}]}
                """.formatted(created.body()));
        assertThatJson(list.body()).node("products[0].medias[0].priceIds").isEqualTo("[\"6578278e879ad2646715ba9c\"]");
    }

    @Test
    void anEmptyLocationListsNoProductsAndATotalOfZero(TestServer server) {
        Tenant tenant = server.newTenant();
        Products.create(server.newTenant(), "Someone else's");

        assertThatJson(list(tenant, "").body()).isEqualTo("""
                {"products": [], "total": [{"total": 0}]}
                """);
    }

    @Test
    void searchMatchesCaseInsensitiveSubstringsOfTheName(TestServer server) {
        Tenant tenant = server.newTenant();
        String awesome = Products.create(tenant, "Awesome Product");
        String lessAwesome = Products.create(tenant, "Less AWESOME thing");
        Products.create(tenant, "Plain");

        assertThat(ids(list(tenant, "&search=awesome"))).containsExactlyInAnyOrder(awesome, lessAwesome);
        assertThat(ids(list(tenant, "&search=" + encode("e Pro")))).containsExactly(awesome);
        assertThat(ids(list(tenant, "&search=nothing-like-it"))).isEmpty();
        assertThatJson(list(tenant, "&search=AWESOME").body()).node("total").isEqualTo("[{\"total\": 2}]");
    }

    @Test
    void searchMatchesNonAsciiNamesInAnyCase(TestServer server) {
        Tenant tenant = server.newTenant();
        String creme = Products.create(tenant, "Crème Brûlée");
        String tea = Products.create(tenant, "Чай Зелёный");
        String omega = Products.create(tenant, "Ωμέγα Watch");
        Products.create(tenant, "Creme without accents");

        assertThat(ids(list(tenant, "&search=" + encode("CRÈME")))).containsExactly(creme);
        assertThat(ids(list(tenant, "&search=" + encode("brûl")))).containsExactly(creme);
        assertThat(ids(list(tenant, "&search=" + encode("зЕЛЁн")))).containsExactly(tea);
        assertThat(ids(list(tenant, "&search=" + encode("ΩΜΈΓΑ")))).containsExactly(omega);
    }

    @Test
    void searchTreatsWildcardCharactersLiterally(TestServer server) {
        Tenant tenant = server.newTenant();
        String cotton = Products.create(tenant, "100% Cotton");
        String snake = Products.create(tenant, "snake_case shirt");
        Products.create(tenant, "Plain shirt");

        assertThat(ids(list(tenant, "&search=" + encode("%")))).containsExactly(cotton);
        assertThat(ids(list(tenant, "&search=" + encode("_")))).containsExactly(snake);
        assertThat(ids(list(tenant, "&search=" + encode("'")))).isEmpty();
    }

    @Test
    void aThousandProductIdsInTheNodeClientsBracketFormFitInOneRequest(TestServer server) {
        Tenant tenant = server.newTenant();
        String id = Products.create(tenant, "Needle");
        StringBuilder query = new StringBuilder("/products/?limit=1000&locationId=" + tenant.locationId());
        for (int i = 0; i < 999; i++) query.append("&productIds%5B%5D=").append(String.format("%024x", i));
        query.append("&productIds%5B%5D=").append(id);

        ApiResponse response = tenant.api().get(query.toString());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("products").get(0).path("_id").asText()).isEqualTo(id);
    }

    @Test
    void productIdsFilterAcceptsCommaSeparatedRepeatedAndBracketedKeys(TestServer server) {
        Tenant tenant = server.newTenant();
        String a = Products.create(tenant, "A");
        String b = Products.create(tenant, "B");
        Products.create(tenant, "C");

        for (String query : List.of(
                "&productIds=" + a + "," + b,
                "&productIds=" + a + "&productIds=" + b,
                "&productIds[]=" + a + "&productIds[]=" + b,
                "&productIds%5B%5D=" + a + "&productIds%5B%5D=" + b,
                "&productIds=" + a.toUpperCase() + "," + b)) {
            ApiResponse list = list(tenant, query);
            assertThat(list.status()).as(query).isEqualTo(200);
            assertThat(ids(list)).as(query).containsExactlyInAnyOrder(a, b);
            assertThatJson(list.body()).as(query).node("total").isEqualTo("[{\"total\": 2}]");
        }
    }

    @Test
    void productIdsOfAnotherLocationAreNotListed(TestServer server) {
        Tenant tenant = server.newTenant();
        String mine = Products.create(tenant, "Mine");
        String theirs = Products.create(server.newTenant(), "Theirs");

        assertThat(ids(list(tenant, "&productIds=" + mine + "," + theirs))).containsExactly(mine);
    }

    @Test
    void productIdsThatAreNotMongoIdsAreABadRequest(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse list = list(tenant, "&productIds=abc");

        assertThat(list.status()).isEqualTo(400);
        assertThatJson(list.body()).isEqualTo("""
                {"statusCode": 400, "message": "each value in productIds must be a mongodb id", "error": "Bad Request"}
                """);
    }

    @Test
    void availableInStoreFiltersEitherWay(TestServer server) {
        Tenant tenant = server.newTenant();
        String inStore = Products.create(tenant, "In store"); // availableInStore defaults to true
        ApiResponse notInStore = tenant.api().post("/products/", """
                {"name": "Not in store", "locationId": "%s", "productType": "DIGITAL", "availableInStore": false}
                """.formatted(tenant.locationId()));
        String hidden = notInStore.json().path("_id").asText();

        assertThat(ids(list(tenant, "&availableInStore=true"))).containsExactly(inStore);
        assertThat(ids(list(tenant, "&availableInStore=false"))).containsExactly(hidden);
        assertThat(ids(list(tenant, ""))).containsExactlyInAnyOrder(inStore, hidden);

        tenant.api().put("/products/" + hidden, """
                {"name": "Now in store", "locationId": "%s", "productType": "DIGITAL", "availableInStore": true}
                """.formatted(tenant.locationId()));
        assertThat(ids(list(tenant, "&availableInStore=true"))).containsExactlyInAnyOrder(inStore, hidden);
        assertThat(ids(list(tenant, "&availableInStore=false"))).isEmpty();
    }

    @Test
    void availableInStoreThatIsNotABooleanIsABadRequest(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse list = list(tenant, "&availableInStore=yes");

        assertThat(list.status()).isEqualTo(400);
        assertThatJson(list.body()).node("message").isEqualTo("availableInStore must be a boolean value");
    }

    @Test
    void listsNewestFirstUnlessSortOrderIsAsc(TestServer server) {
        Tenant tenant = server.newTenant();
        List<String> oldestFirst = new ArrayList<>();
        for (int i = 0; i < 4; i++) oldestFirst.add(Products.create(tenant, "Product " + i));
        List<String> newestFirst = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newestFirst);

        assertThat(ids(list(tenant, ""))).containsExactlyElementsOf(newestFirst);
        assertThat(ids(list(tenant, "&sortOrder=desc"))).containsExactlyElementsOf(newestFirst);
        assertThat(ids(list(tenant, "&sortOrder=asc"))).containsExactlyElementsOf(oldestFirst);
        assertThat(ids(list(tenant, "&sortOrder=asc&limit=2&offset=1")))
                .containsExactlyElementsOf(oldestFirst.subList(1, 3));
    }

    @Test
    void anUpdateDoesNotMoveAProductInTheOrder(TestServer server) {
        Tenant tenant = server.newTenant();
        String first = Products.create(tenant, "First");
        String second = Products.create(tenant, "Second");

        tenant.api().put("/products/" + first, """
                {"name": "First, renamed", "locationId": "%s", "productType": "PHYSICAL"}
                """.formatted(tenant.locationId()));

        assertThat(ids(list(tenant, ""))).containsExactly(second, first);
    }

    @Test
    void sortOrderOtherThanAscOrDescIsABadRequest(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse list = list(tenant, "&sortOrder=newest");

        assertThat(list.status()).isEqualTo(400);
        assertThatJson(list.body()).node("message").isEqualTo("sortOrder must be one of the following values: asc, desc");
    }

    @Test
    void limitAndOffsetPageThroughEveryProductOnce(TestServer server) {
        Tenant tenant = server.newTenant();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) created.add(Products.create(tenant, "Product " + i));

        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < 10; offset += 3) {
            ApiResponse page = list(tenant, "&limit=3&offset=" + offset);
            assertThat(ids(page)).hasSizeLessThanOrEqualTo(3);
            assertThatJson(page.body()).node("total").isEqualTo("[{\"total\": 7}]");
            seen.addAll(ids(page));
        }

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(ids(list(tenant, "&offset=7"))).isEmpty();
    }

    @Test
    void anAbsentOrZeroLimitMeansTwenty(TestServer server) {
        Tenant tenant = server.newTenant();
        for (int i = 0; i < 21; i++) Products.create(tenant, "Product " + i);

        for (String query : List.of("", "&limit=0", "&limit=")) {
            ApiResponse list = list(tenant, query);
            assertThat(ids(list)).as(query).hasSize(20);
            assertThatJson(list.body()).as(query).node("total").isEqualTo("[{\"total\": 21}]");
        }
        assertThat(ids(list(tenant, "&limit=21"))).hasSize(21);
    }

    @Test
    void aLimitAboveAThousandOrANegativeOrNonNumericLimitIsABadRequest(TestServer server) {
        Tenant tenant = server.newTenant();

        assertThatJson(list(tenant, "&limit=1001").body()).isEqualTo("""
                {"statusCode": 400, "message": "limit must not be greater than 1000", "error": "Bad Request"}
                """);
        assertThatJson(list(tenant, "&limit=-1").body()).node("message").isEqualTo("limit must be a non-negative integer");
        assertThatJson(list(tenant, "&limit=ten").body()).node("message").isEqualTo("limit must be a non-negative integer");
        assertThatJson(list(tenant, "&offset=-5").body()).node("message").isEqualTo("offset must be a non-negative integer");
    }

    @Test
    void filtersCombineAndTheTotalCountsOnlyMatches(TestServer server) {
        Tenant tenant = server.newTenant();
        List<String> shirts = new ArrayList<>();
        for (int i = 0; i < 3; i++) shirts.add(Products.create(tenant, "Shirt " + i));
        Products.create(tenant, "Hat");
        tenant.api().post("/products/", """
                {"name": "Shirt hidden", "locationId": "%s", "productType": "PHYSICAL", "availableInStore": false}
                """.formatted(tenant.locationId()));

        ApiResponse list = list(tenant, "&search=shirt&availableInStore=true&limit=2&sortOrder=asc");

        assertThat(ids(list)).containsExactlyElementsOf(shirts.subList(0, 2));
        assertThatJson(list.body()).node("total").isEqualTo("[{\"total\": 3}]");
        assertThat(ids(list(tenant, "&search=shirt&productIds=" + shirts.get(1)))).containsExactly(shirts.get(1));
    }

    @Test
    void listWithoutLocationIdIsABadRequest(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse list = tenant.api().get("/products/");

        assertThat(list.status()).isEqualTo(400);
        assertThatJson(list.body()).isEqualTo("""
                {"statusCode": 400, "message": "locationId should not be empty", "error": "Bad Request"}
                """);
    }

    private static ApiResponse list(Tenant tenant, String query) {
        return tenant.api().get("/products/?locationId=" + tenant.locationId() + query);
    }

    private static List<String> ids(ApiResponse list) {
        assertThat(list.status()).as("list: %s", list).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().path("products").forEach(product -> ids.add(product.path("_id").asText()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
