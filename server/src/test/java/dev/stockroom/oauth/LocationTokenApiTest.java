package dev.stockroom.oauth;

import static dev.stockroom.http.Errors.AGENCY_NOT_ALLOWED;
import static dev.stockroom.http.Errors.INVALID_TOKEN;
import static dev.stockroom.http.Errors.MISSING_SCOPE;
import static dev.stockroom.http.Errors.NO_LOCATION_ACCESS;
import static dev.stockroom.http.Errors.assertError;
import static dev.stockroom.http.Errors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.auth.Scope;
import dev.stockroom.product.Products;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /oauth/locationToken}: an app's agency token with {@code oauth.write} gets a location token for an
 * approved location of its company, with the install's scopes; every other caller or location is refused.
 */
@StockroomTest
class LocationTokenApiTest {
    private static String form(String companyId, String locationId) {
        return "companyId=" + companyId + "&locationId=" + locationId;
    }

    @Test
    void theLocationTokenCarriesTheInstallsScopesAndExpiry(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);

        ApiResponse answer = install.agency().post("/oauth/locationToken",
                form(install.companyId(), install.first().locationId()));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode token = answer.json();
        assertThat(token.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.path("expires_in").asLong()).isEqualTo(86_399);
        assertThat(token.path("scope").asText()).isEqualTo(AgencyInstall.SCOPE);
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        Api location = new Api(server.baseUrl(), token.path("access_token").asText());
        String locationId = install.first().locationId();
        assertThat(location.get("/products/?locationId=" + locationId).status()).isEqualTo(200);
        // The install granted products.readonly only: the app may not write, whatever it registered.
        assertError(location.post("/products/", Products.body(locationId, "Mug")), 401, MISSING_SCOPE);
        // A location token is no agency token.
        assertError(OAuthApps.api(server.baseUrl(), token.path("access_token").asText())
                .post("/oauth/locationToken", form(install.companyId(), locationId)), 401, AGENCY_NOT_ALLOWED);
    }

    @Test
    void aJsonBodyIsReadLikeTheForm(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);
        Api json = new Api(server.baseUrl(), install.tokens().path("access_token").asText());

        ApiResponse answer = json.post("/oauth/locationToken", """
                {"companyId": "%s", "locationId": "%s"}""".formatted(install.companyId(), install.first().locationId()));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    @Test
    void missingFieldsAreListedIn422(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);

        assertInvalid(install.agency().post("/oauth/locationToken", ""),
                "companyId should not be empty", "locationId should not be empty");
        assertInvalid(install.agency().post("/oauth/locationToken", "companyId=" + install.companyId()),
                "locationId should not be empty");
    }

    @Test
    void anotherCompanyOrALocationOutsideTheCompanyIsA403ThatRevealsNothing(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);
        Tenant stranger = server.newTenant();

        assertError(install.agency().post("/oauth/locationToken", form(stranger.companyId(), stranger.locationId())),
                403, "The token does not have access to this company.");
        assertError(install.agency().post("/oauth/locationToken", form(install.companyId(), stranger.locationId())),
                403, NO_LOCATION_ACCESS);
        assertError(install.agency().post("/oauth/locationToken", form(install.companyId(), "NoSuchLocation000000")),
                403, NO_LOCATION_ACCESS);
    }

    @Test
    void aLocationTheInstallDidNotApproveIsA400(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);

        assertError(install.agency().post("/oauth/locationToken",
                form(install.companyId(), install.second().locationId())), 400, "The app is not installed on this location");
    }

    @Test
    void onlyAnAppsAgencyTokenWithOauthWriteIsServed(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);
        String body = form(install.companyId(), install.first().locationId());
        Api pit = OAuthApps.api(server.baseUrl(), server.agencyToken(install.companyId(), EnumSet.allOf(Scope.class)));
        Api locationPit = OAuthApps.api(server.baseUrl(), install.first().token());
        JsonNode readOnly = OAuthApps.tokens(server.baseUrl(), install.app(), "oauth.readonly",
                List.of(install.first().locationId()));

        assertError(pit.post("/oauth/locationToken", body), 401, AGENCY_NOT_ALLOWED);
        assertError(locationPit.post("/oauth/locationToken", body), 401, AGENCY_NOT_ALLOWED);
        assertError(OAuthApps.api(server.baseUrl(), readOnly.path("access_token").asText())
                .post("/oauth/locationToken", body), 401, MISSING_SCOPE);
        assertError(install.agency().withHeader("Authorization", null).post("/oauth/locationToken", body), 401,
                INVALID_TOKEN);
        assertError(install.agency().withHeader("Version", null).post("/oauth/locationToken", body), 400,
                "Version header was not found");
    }
}
