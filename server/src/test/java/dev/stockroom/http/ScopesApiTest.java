package dev.stockroom.http;

import static dev.stockroom.http.Errors.AGENCY_NOT_ALLOWED;
import static dev.stockroom.http.Errors.INVALID_TOKEN;
import static dev.stockroom.http.Errors.MISSING_SCOPE;
import static dev.stockroom.http.Errors.assertError;
import static dev.stockroom.http.Errors.snapshot;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.auth.Scope;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may call what: the bearer token (401), the {@code Version} header (400), the scope each operation needs (401)
 * and which operations agency tokens may call, in that order.
 */
@StockroomTest
class ScopesApiTest {

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void everyScopeButTheOneTheEndpointNeedsIsA401AndChangesNothing(Endpoint endpoint, TestServer server) {
        Tenant tenant = server.newTenant();
        Set<Scope> allButOne = EnumSet.complementOf(EnumSet.of(endpoint.scope));
        Api api = tenant.api(server.locationToken(tenant.locationId(), allButOne));
        Endpoint.Call call = endpoint.call(tenant);
        String before = snapshot(tenant);

        assertError(call.send(api), 401, MISSING_SCOPE);

        assertThat(snapshot(tenant)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void theEndpointsOwnScopeAloneIsEnough(Endpoint endpoint, TestServer server) {
        Tenant tenant = server.newTenant();
        Api api = tenant.api(server.locationToken(tenant.locationId(), EnumSet.of(endpoint.scope)));

        ApiResponse response = endpoint.call(tenant).send(api);

        assertThat(response.status()).as("%s", response).isEqualTo(endpoint.success);
    }

    @Test
    void aTokenWithNoScopesReachesNothing(TestServer server) {
        Tenant tenant = server.newTenant();
        Api api = tenant.api(server.locationToken(tenant.locationId(), EnumSet.noneOf(Scope.class)));

        for (Endpoint endpoint : Endpoint.values()) {
            assertError(endpoint.call(tenant).send(api), 401, MISSING_SCOPE);
        }
    }

    @Test
    void writeScopesDoNotImplyReadScopes(TestServer server) {
        Tenant tenant = server.newTenant();
        Api writer = tenant.api(server.locationToken(
                tenant.locationId(), EnumSet.of(Scope.PRODUCTS_WRITE, Scope.COLLECTION_WRITE)));

        for (Endpoint endpoint : List.of(Endpoint.LIST_PRODUCTS, Endpoint.GET_PRODUCT, Endpoint.LIST_COLLECTIONS,
                Endpoint.GET_COLLECTION)) {
            assertError(endpoint.call(tenant).send(writer), 401, MISSING_SCOPE);
        }
    }

    // ---- Version header

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void missingVersionHeaderIsA400(Endpoint endpoint, TestServer server) {
        Tenant tenant = server.newTenant();
        Endpoint.Call call = endpoint.call(tenant);
        String before = snapshot(tenant);

        assertError(call.send(tenant.api().withHeader("Version", null)), 400, "Version header was not found");
        assertError(call.send(tenant.api().withHeader("Version", "")), 400, "Version header was not found");

        assertThat(snapshot(tenant)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-07-29", "2023-02-22", "V3", "v2", "2021-07-28,2023-02-21", "latest", "2021-07-28;q=1"})
    void unknownVersionIsA400OnEveryEndpoint(String version, TestServer server) {
        Tenant tenant = server.newTenant();
        Api api = tenant.api().withHeader("Version", version);

        for (Endpoint endpoint : Endpoint.values()) {
            Endpoint.Call call = endpoint.call(tenant);
            String before = snapshot(tenant);
            assertError(call.send(api), 400, "Version header must be one of: 2021-07-28, 2021-04-15, 2023-02-21, v3");
            assertThat(snapshot(tenant)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-07-28", "2021-04-15", "2023-02-21", "v3"})
    void eachAcceptedVersionWorksOnEveryEndpoint(String version, TestServer server) {
        Tenant tenant = server.newTenant();
        Api api = tenant.api().withHeader("Version", version);

        for (Endpoint endpoint : Endpoint.values()) {
            ApiResponse response = endpoint.call(tenant).send(api);
            assertThat(response.status()).as("%s: %s", endpoint, response).isEqualTo(endpoint.success);
        }
    }

    // ---- the token itself

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer    ", "Basic eHl6OnNlY3JldA==", "Basic xyz", "Token abc",
        "Bearer pit-00000000-0000-0000-0000-000000000000", "Bearer unknown", "BearerX abc"})
    void missingMalformedOrUnknownTokensAreA401WithTheSameBody(String authorization, TestServer server) {
        Tenant tenant = server.newTenant();
        Api api = authorization.isEmpty()
                ? tenant.api().withHeader("Authorization", null)
                : tenant.api().withHeader("Authorization", authorization);

        for (Endpoint endpoint : Endpoint.values()) {
            Endpoint.Call call = endpoint.call(tenant);
            String before = snapshot(tenant);
            assertError(call.send(api), 401, INVALID_TOKEN);
            assertThat(snapshot(tenant)).isEqualTo(before);
        }
    }

    @Test
    void aTokenWithSomethingAppendedOrCutIsUnknown(TestServer server) {
        Tenant tenant = server.newTenant();
        String token = tenant.token();

        for (String variant : List.of(token + "x", token.substring(0, token.length() - 1), "x".repeat(5000),
                token + " " + token, token.substring(4))) {
            ApiResponse response = Endpoint.LIST_PRODUCTS.call(tenant).send(tenant.api(variant));
            assertThat(response.status()).as("token %s", variant).isEqualTo(401);
            assertError(response, 401, INVALID_TOKEN);
        }
    }

    /**
     * The test client keeps connections alive, so the variant travels on the connection that just carried the real
     * token: a header cache that compares values without case would hand the server the real token instead.
     */
    @Test
    void aTokenThatDiffersOnlyInCaseIsUnknownEvenRightAfterTheRealOne(TestServer server) {
        Tenant tenant = server.newTenant();
        String token = tenant.token();
        Endpoint.Call call = Endpoint.LIST_PRODUCTS.call(tenant);

        for (String variant : List.of(token.toUpperCase(Locale.ROOT), "PIT" + token.substring(3),
                token.substring(0, token.length() - 1) + token.substring(token.length() - 1).toUpperCase(Locale.ROOT),
                token.replace('a', 'A').replace('b', 'B').replace('c', 'C').replace('d', 'D'))) {
            if (variant.equals(token)) continue;
            assertThat(call.send(tenant.api(token)).status()).isEqualTo(200);
            ApiResponse response = call.send(tenant.api(variant));
            assertThat(response.status()).as("token %s after %s", variant, token).isEqualTo(401);
            assertError(response, 401, INVALID_TOKEN);
        }
    }

    @Test
    void theTokenIsCheckedBeforeTheVersionAndTheVersionBeforeTheScope(TestServer server) {
        Tenant tenant = server.newTenant();
        Endpoint.Call call = Endpoint.LIST_PRODUCTS.call(tenant);
        Api scopeless = tenant.api(server.locationToken(tenant.locationId(), EnumSet.noneOf(Scope.class)));

        assertError(call.send(tenant.api("unknown").withHeader("Version", null)), 401, INVALID_TOKEN);
        assertError(call.send(tenant.api("unknown").withHeader("Version", "1999-01-01")), 401, INVALID_TOKEN);
        assertError(call.send(scopeless.withHeader("Version", null)), 400, "Version header was not found");
        assertError(call.send(scopeless), 401, MISSING_SCOPE);
    }

    @Test
    void authIsCheckedBeforeTheBodyAndTheQuery(TestServer server) {
        Tenant tenant = server.newTenant();
        Api anonymous = tenant.api().withHeader("Authorization", null);
        Api scopeless = tenant.api(server.locationToken(tenant.locationId(), EnumSet.noneOf(Scope.class)));

        for (Api api : List.of(anonymous, scopeless)) {
            int status = 401;
            String message = api == anonymous ? INVALID_TOKEN : MISSING_SCOPE;
            assertError(api.post("/products/", "{not json"), status, message);
            assertError(api.post("/products/", "{}"), status, message);
            assertError(api.get("/products/?limit=abc"), status, message);
            assertError(api.put("/products/nope", "[]"), status, message);
            assertError(api.post("/products/collections", "{}"), status, message);
            assertError(api.get("/products/collections/nope"), status, message);
        }
    }

    /** Express answers HEAD with the GET route, guards included: the status is the GET's, the body is empty. */
    @Test
    void headRequestsAreCheckedLikeTheGetTheyMirror(TestServer server) {
        Tenant tenant = server.newTenant();
        Api anonymous = tenant.api().withHeader("Authorization", null);
        Api scopeless = tenant.api(server.locationToken(tenant.locationId(), EnumSet.noneOf(Scope.class)));

        for (Endpoint endpoint : List.of(Endpoint.LIST_PRODUCTS, Endpoint.GET_PRODUCT, Endpoint.LIST_COLLECTIONS,
                Endpoint.GET_COLLECTION)) {
            String path = endpoint.call(tenant).path();
            assertThat(anonymous.send("HEAD", path, null).status()).as("HEAD %s without a token", path).isEqualTo(401);
            assertThat(scopeless.send("HEAD", path, null).status()).as("HEAD %s without the scope", path).isEqualTo(401);
            ApiResponse head = tenant.api().send("HEAD", path, null);
            assertThat(head.status()).as("HEAD %s", path).isEqualTo(200);
            assertThat(head.body()).isEmpty();
        }
        assertThat(tenant.api().send("HEAD", "/products/?locationId=" + server.newTenant().locationId(), null).status())
                .isEqualTo(403);
    }

    // ---- agency tokens

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = {".*_COLLECTIONS?", "BULK_.*"}, mode = EnumSource.Mode.MATCH_ANY)
    void agencyTokensAreRefusedOnCollectionsAndBulkOperationsEvenWithTheScope(Endpoint endpoint, TestServer server) {
        Tenant tenant = server.newTenant();
        Endpoint.Call call = endpoint.call(tenant);
        String before = snapshot(tenant);

        ApiResponse withScope = call.send(tenant.api(server.agencyToken(tenant.companyId(), EnumSet.allOf(Scope.class))));
        ApiResponse withoutScope = call.send(tenant.api(
                server.agencyToken(tenant.companyId(), EnumSet.complementOf(EnumSet.of(endpoint.scope)))));

        assertThat(endpoint.agencyAllowed).isFalse();
        assertError(withScope, 401, AGENCY_NOT_ALLOWED);
        assertError(withoutScope, 401, MISSING_SCOPE);
        assertThat(snapshot(tenant)).isEqualTo(before);
    }

    @Test
    void agencyTokenWithProductScopesWorksOnEveryLocationOfItsCompany(TestServer server) {
        Tenant first = server.newTenant();
        Tenant second = server.newLocation(first.companyId());
        Api agency = first.api(
                server.agencyToken(first.companyId(), EnumSet.of(Scope.PRODUCTS_READONLY, Scope.PRODUCTS_WRITE)));

        for (Tenant tenant : List.of(first, second)) {
            String location = tenant.locationId();
            ApiResponse created = agency.post("/products/", Errors.productBody(location, "Mug"));
            assertThat(created.status()).as("%s", created).isEqualTo(201);
            assertThatJson(created.body()).node("locationId").isEqualTo(location);
            String id = created.json().path("_id").asText();

            ApiResponse listed = agency.get("/products/?locationId=" + location);
            assertThat(listed.status()).isEqualTo(200);
            assertThatJson(listed.body()).inPath("$.products[*]._id").isEqualTo(List.of(id));
            assertThat(agency.get("/products/" + id + "?locationId=" + location).status()).isEqualTo(200);
            ApiResponse updated = agency.put("/products/" + id, Errors.productBody(location, "Cup"));
            assertThat(updated.status()).isEqualTo(200);
            assertThatJson(updated.body()).node("name").isEqualTo("Cup");
            assertThatJson(Errors.getProduct(tenant, id)).node("name").isEqualTo("Cup");
            assertThat(agency.delete("/products/" + id + "?locationId=" + location).status()).isEqualTo(200);
            assertThatJson(Errors.listProducts(tenant)).node("total[0].total").isEqualTo(0);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = ".*_PRODUCTS?", mode = EnumSource.Mode.MATCH_ALL)
    void agencyTokenWithoutTheEndpointsScopeIsA401OnProducts(Endpoint endpoint, TestServer server) {
        Tenant tenant = server.newTenant();
        Api agency = tenant.api(
                server.agencyToken(tenant.companyId(), EnumSet.complementOf(EnumSet.of(endpoint.scope))));

        assertThat(endpoint.agencyAllowed).isTrue();
        assertError(endpoint.call(tenant).send(agency), 401, MISSING_SCOPE);
    }
}
