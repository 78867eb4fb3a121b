package dev.stockroom.oauth;

import static dev.stockroom.http.Errors.NO_LOCATION_ACCESS;
import static dev.stockroom.http.Errors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.product.Products;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.RedirectReceiver;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole OAuth flow as a marketplace app runs it against HighLevel, here against Stockroom: the app's redirect URI
 * is a real HTTP server, the person's browser a real HTTP client, every HighLevel answer checked against the spec.
 */
@StockroomTest
class OAuthFlowApiTest {
    private static final String ID = "[A-Za-z0-9]{20}";

    @Test
    void anAgencyAppInstallsRefreshesGetsLocationTokensAndListsItsLocations(TestServer server) throws Exception {
        Tenant first = server.newTenant();
        Tenant second = server.newLocation(first.companyId());
        try (RedirectReceiver receiver = new RedirectReceiver()) {
            OAuthApps.RegisteredApp app = OAuthApps.register(server, first.companyId(), "Company", receiver.uri(),
                    "products.readonly", "products.write", "oauth.readonly", "oauth.write", "locations.readonly");

            // The person opens the install link, approves the first location, and the browser follows the redirect.
            PageClient browser = new PageClient();
            String scope = "products.readonly products.write oauth.readonly oauth.write locations.readonly";
            PageClient.Page page = browser.open(OAuthApps.installLink(server.baseUrl(), app, scope, "opaque-state 1"));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains(first.locationId(), second.locationId(), "locations.readonly");
            PageClient.Page redirect =
                    browser.submit(server.baseUrl() + OAuthApps.PAGE, page, List.of(first.locationId()), "allow");
            assertThat(redirect.status()).as(redirect.toString()).isEqualTo(303);
            assertThat(followRedirect(redirect.location())).isEqualTo(200);
            Map<String, String> received = OAuthApps.query(receiver.next());
            assertThat(received.get("state")).isEqualTo("opaque-state 1");

            ApiResponse exchanged = OAuthApps.exchange(server.baseUrl(), app, received.get("code"));
            assertThat(exchanged.status()).as(exchanged.toString()).isEqualTo(200);
            JsonNode tokens = exchanged.json();
            assertThat(tokens.path("token_type").asText()).isEqualTo("Bearer");
            assertThat(tokens.path("expires_in").asLong()).isEqualTo(86_399);
            assertThat(tokens.path("userType").asText()).isEqualTo("Company");
            assertThat(tokens.path("companyId").asText()).isEqualTo(first.companyId());
            assertThat(tokens.has("locationId")).isFalse();
            assertThat(tokens.path("approvedLocations").toString()).isEqualTo("[\"" + first.locationId() + "\"]");
            assertThat(tokens.path("userId").asText()).matches(ID);
            assertThat(tokens.path("scope").asText())
                    .isEqualTo("locations.readonly oauth.readonly oauth.write products.readonly products.write");
            assertThat(exchanged.headers().firstValue("Cache-Control")).contains("no-store");

            // The agency token works on Products like an agency Private Integration Token, on approved locations.
            Api agency = new Api(server.baseUrl(), tokens.path("access_token").asText());
            ApiResponse created = agency.post("/products/", Products.body(first.locationId(), "Synced mug"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String productId = created.json().path("_id").asText();
            assertError(agency.post("/products/", Products.body(second.locationId(), "Mug")), 403, NO_LOCATION_ACCESS);

            // Refresh: new tokens; the refresh token used is dead.
            ApiResponse refreshed = OAuthApps.refresh(server.baseUrl(), app, tokens.path("refresh_token").asText());
            assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
            JsonNode renewed = refreshed.json();
            assertThat(renewed.path("access_token").asText()).isNotEqualTo(tokens.path("access_token").asText());
            assertThat(renewed.path("refresh_token").asText()).isNotEqualTo(tokens.path("refresh_token").asText());
            assertThat(renewed.path("userId").asText()).isEqualTo(tokens.path("userId").asText());
            OAuthApps.assertOAuthError(
                    OAuthApps.refresh(server.baseUrl(), app, tokens.path("refresh_token").asText()), 400, "invalid_grant");
            Api renewedAgency = OAuthApps.api(server.baseUrl(), renewed.path("access_token").asText());
            assertThat(renewedAgency.get("/products/" + productId + "?locationId=" + first.locationId()).status())
                    .isEqualTo(200);

            // A location token from the agency token, for the approved location.
            ApiResponse located = renewedAgency.post("/oauth/locationToken",
                    "companyId=" + first.companyId() + "&locationId=" + first.locationId());
            assertThat(located.status()).as(located.toString()).isEqualTo(200);
            JsonNode locationToken = located.json();
            assertThat(locationToken.path("locationId").asText()).isEqualTo(first.locationId());
            assertThat(locationToken.path("appId").asText()).isEqualTo(app.appId());
            assertThat(locationToken.path("versionId").asText()).isEqualTo(app.versionId());
            assertThat(locationToken.path("userId").asText()).isEqualTo(tokens.path("userId").asText());
            assertThat(locationToken.has("refresh_token")).isFalse();
            Api location = new Api(server.baseUrl(), locationToken.path("access_token").asText());
            ApiResponse read = location.get("/products/" + productId + "?locationId=" + first.locationId());
            assertThat(read.json().path("name").asText()).isEqualTo("Synced mug");
            assertError(location.get("/products/?locationId=" + second.locationId()), 403, NO_LOCATION_ACCESS);

            // installedLocations lists both locations, the approved one installed.
            ApiResponse listed = renewedAgency.get("/oauth/installedLocations?companyId=" + first.companyId()
                    + "&appId=" + app.appId());
            assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
            assertThat(listed.json().path("count").asLong()).isEqualTo(2);
            JsonNode installed = locationNamed(listed.json(), first.locationId());
            assertThat(installed.path("isInstalled").asBoolean()).isTrue();
            assertThat(installed.path("versionId").asText()).isEqualTo(app.versionId());
            assertThat(installed.path("installedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(locationNamed(listed.json(), second.locationId()).path("isInstalled").asBoolean()).isFalse();
        }
    }

    @Test
    void aLocationAppInstallsOnTheChosenLocationAndItsTokensReachThatLocationOnly(TestServer server) throws Exception {
        Tenant first = server.newTenant();
        Tenant second = server.newLocation(first.companyId());
        try (RedirectReceiver receiver = new RedirectReceiver()) {
            OAuthApps.RegisteredApp app = OAuthApps.register(server, first.companyId(), "Location", receiver.uri(),
                    "products.readonly", "products.write");
            PageClient browser = new PageClient();
            PageClient.Page page = browser.open(OAuthApps.installLink(server.baseUrl(), app, "products.write", null));
            PageClient.Page redirect =
                    browser.submit(server.baseUrl() + OAuthApps.PAGE, page, List.of(second.locationId()), "allow");
            assertThat(followRedirect(redirect.location())).isEqualTo(200);
            Map<String, String> received = OAuthApps.query(receiver.next());
            assertThat(received).containsOnlyKeys("code");

            JsonNode tokens = OAuthApps.exchange(server.baseUrl(), app, received.get("code")).json();
            assertThat(tokens.path("userType").asText()).isEqualTo("Location");
            assertThat(tokens.path("locationId").asText()).isEqualTo(second.locationId());
            assertThat(tokens.path("companyId").asText()).isEqualTo(first.companyId());
            assertThat(tokens.has("approvedLocations")).isFalse();
            assertThat(tokens.path("scope").asText()).isEqualTo("products.write");

            Api api = new Api(server.baseUrl(), tokens.path("access_token").asText());
            assertThat(api.post("/products/", Products.body(second.locationId(), "Cup")).status()).isEqualTo(201);
            assertError(api.post("/products/", Products.body(first.locationId(), "Cup")), 403, NO_LOCATION_ACCESS);

            JsonNode renewed = OAuthApps.refresh(server.baseUrl(), app, tokens.path("refresh_token").asText()).json();
            assertThat(renewed.path("locationId").asText()).isEqualTo(second.locationId());
            Api renewedApi = new Api(server.baseUrl(), renewed.path("access_token").asText());
            assertThat(renewedApi.post("/products/", Products.body(second.locationId(), "Bowl")).status())
                    .isEqualTo(201);
        }
    }

    /** The browser follows the page's redirect to the app: a real request to the app's redirect URI. */
    private static int followRedirect(String location) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private static JsonNode locationNamed(JsonNode list, String locationId) {
        for (JsonNode location : list.path("locations")) {
            if (location.path("_id").asText().equals(locationId)) return location;
        }
        throw new AssertionError(locationId + " is not listed: " + list);
    }
}
