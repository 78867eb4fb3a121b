package dev.stockroom.http;

import static dev.stockroom.http.Errors.AGENCY_NOT_ALLOWED;
import static dev.stockroom.http.Errors.MISSING_SCOPE;
import static dev.stockroom.http.Errors.NO_LOCATION_ACCESS;
import static dev.stockroom.http.Errors.assertError;
import static dev.stockroom.http.Errors.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.auth.Scope;
import dev.stockroom.oauth.OAuthApps;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tokens from the OAuth flow on the Products endpoints, exactly like Private Integration Tokens: each needs the
 * endpoint's scope, a location token reaches its location, an app's agency token the locations its install approved
 * and only where agency tokens may call.
 */
@StockroomTest
class OAuthTokensApiTest {
    private static final String[] PRODUCT_SCOPES =
            Scope.products().stream().map(Scope::wireName).toArray(String[]::new);

    private static String locationToken(TestServer server, OAuthApps.RegisteredApp app, Tenant tenant,
            Set<Scope> scopes) {
        String scope = scopes.stream().map(Scope::wireName).collect(Collectors.joining(" "));
        return OAuthApps.tokens(server.baseUrl(), app, scope, List.of(tenant.locationId())).path("access_token")
                .asText();
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void anAppsLocationTokenNeedsTheEndpointsScopeAndThatScopeAloneIsEnough(Endpoint endpoint, TestServer server) {
        Tenant tenant = server.newTenant();
        OAuthApps.RegisteredApp app = OAuthApps.register(server, tenant.companyId(), "Location",
                "https://app.example.com/cb", PRODUCT_SCOPES);
        Set<Scope> allButOne = Scope.products();
        allButOne.remove(endpoint.scope);
        Api without = tenant.api(locationToken(server, app, tenant, allButOne));
        Endpoint.Call refused = endpoint.call(tenant);
        String before = snapshot(tenant);

        assertError(refused.send(without), 401, MISSING_SCOPE);
        assertThat(snapshot(tenant)).isEqualTo(before);

        Api with = tenant.api(locationToken(server, app, tenant, EnumSet.of(endpoint.scope)));
        ApiResponse served = endpoint.call(tenant).send(with);
        assertThat(served.status()).as("%s", served).isEqualTo(endpoint.success);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void anAppsLocationTokenDoesNotReachAnotherLocationOfItsCompany(Endpoint endpoint, TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant sibling = server.newLocation(tenant.companyId());
        OAuthApps.RegisteredApp app = OAuthApps.register(server, tenant.companyId(), "Location",
                "https://app.example.com/cb", PRODUCT_SCOPES);
        Api api = tenant.api(locationToken(server, app, tenant, Scope.products()));
        Endpoint.Call call = endpoint.call(sibling);
        String before = snapshot(sibling);

        assertError(call.send(api), 403, NO_LOCATION_ACCESS);
        assertThat(snapshot(sibling)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void anAppsAgencyTokenReachesTheApprovedLocationsWhereAgencyTokensMayCall(Endpoint endpoint, TestServer server) {
        Tenant approved = server.newTenant();
        Tenant notApproved = server.newLocation(approved.companyId());
        Tenant stranger = server.newTenant();
        OAuthApps.RegisteredApp app = OAuthApps.register(server, approved.companyId(), "Company",
                "https://app.example.com/cb", PRODUCT_SCOPES);
        String scope = String.join(" ", PRODUCT_SCOPES);
        Api agency = approved.api(OAuthApps.tokens(server.baseUrl(), app, scope, List.of(approved.locationId()))
                .path("access_token").asText());

        ApiResponse own = endpoint.call(approved).send(agency);
        if (!endpoint.agencyAllowed) {
            assertError(own, 401, AGENCY_NOT_ALLOWED);
            return;
        }
        assertThat(own.status()).as("%s", own).isEqualTo(endpoint.success);
        for (Tenant other : List.of(notApproved, stranger)) {
            Endpoint.Call call = endpoint.call(other);
            String before = snapshot(other);
            assertError(call.send(agency), 403, NO_LOCATION_ACCESS);
            assertThat(snapshot(other)).isEqualTo(before);
        }
    }
}
