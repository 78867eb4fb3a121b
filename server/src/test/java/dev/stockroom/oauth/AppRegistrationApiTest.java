package dev.stockroom.oauth;

import static dev.stockroom.http.Errors.AGENCY_NOT_ALLOWED;
import static dev.stockroom.http.Errors.INVALID_TOKEN;
import static dev.stockroom.http.Errors.assertError;
import static dev.stockroom.http.Errors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.auth.Scope;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /stockroom/apps}: Stockroom's own registration of a marketplace app by an agency token. */
@StockroomTest
class AppRegistrationApiTest {
    private static final String APP = """
            {"name": "Catalog sync", "redirectUris": ["http://localhost:3000/oauth/callback"],
             "scopes": ["products.readonly", "oauth.write", "locations.readonly"]}""";

    private static Api agency(TestServer server, Tenant tenant) {
        return new Api(server.baseUrl(), server.agencyToken(tenant.companyId(), Scope.products()))
                .withHeader("Version", null);
    }

    @Test
    void anAgencyTokenRegistersAnAppOfItsCompanyAndSeesItsSecretOnce(TestServer server) {
        Tenant tenant = server.newTenant();

        ApiResponse created = agency(server, tenant).post("/stockroom/apps", APP);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode app = created.json();
        assertThat(app.path("appId").asText()).matches("[0-9a-f]{24}");
        assertThat(app.path("clientId").asText()).matches(app.path("appId").asText() + "-[a-z0-9]{8}");
        assertThat(app.path("clientSecret").asText())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(app.path("versionId").asText()).matches("[0-9a-f]{24}");
        assertThat(app.path("companyId").asText()).isEqualTo(tenant.companyId());
        assertThat(app.path("target").asText()).isEqualTo("Location");
        assertThat(app.path("redirectUris").toString()).isEqualTo("[\"http://localhost:3000/oauth/callback\"]");
        assertThat(app.path("scopes").toString())
                .isEqualTo("[\"locations.readonly\",\"oauth.write\",\"products.readonly\"]");
        assertThat(app.path("createdAt").asText()).endsWith("Z");
    }

    @Test
    void everyProblemOfTheBodyIsListed(TestServer server) {
        Tenant tenant = server.newTenant();

        assertInvalid(agency(server, tenant).post("/stockroom/apps", "{}"),
                "name should not be empty", "redirectUris should not be empty", "scopes should not be empty");
        assertInvalid(agency(server, tenant).post("/stockroom/apps", """
                {"name": " ", "target": "Agency", "unknown": 1,
                 "redirectUris": ["ftp://x.example.com/cb", "https://x.example.com/cb#frag", "/relative",
                                  "https://ok.example.com/cb", "https://ok.example.com/cb"],
                 "scopes": ["products.readonly", "no scope", "products"]}"""),
                "name should not be empty",
                "target must be one of the following values: Location, Company",
                "All redirectUris's elements must be unique",
                "redirectUris.0 must be an absolute http or https URL without a fragment, of at most 2048 characters",
                "redirectUris.1 must be an absolute http or https URL without a fragment, of at most 2048 characters",
                "redirectUris.2 must be an absolute http or https URL without a fragment, of at most 2048 characters",
                "scopes.1 must be a scope name such as products.readonly",
                "scopes.2 must be a scope name such as products.readonly");
        assertInvalid(agency(server, tenant).post("/stockroom/apps", """
                {"name": 5, "redirectUris": "https://x.example.com", "scopes": [1]}"""),
                "name must be a string", "redirectUris must be an array", "each value in scopes must be a string");
    }

    @Test
    void anAppMayNotAskForProductsScopesItsRegisteringTokenLacks(TestServer server) {
        Tenant tenant = server.newTenant();
        Api readOnly = new Api(server.baseUrl(), server.agencyToken(tenant.companyId(),
                EnumSet.of(Scope.PRODUCTS_READONLY)));

        assertInvalid(readOnly.post("/stockroom/apps", """
                {"name": "Sync", "redirectUris": ["https://x.example.com/cb"],
                 "scopes": ["products.readonly", "products.write", "oauth.write", "contacts.write"]}"""),
                "scopes.1 names products.write, which the registering token does not hold");
    }

    @Test
    void onlyAnAgencyPrivateIntegrationTokenOfTheCompanyMayRegister(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant stranger = server.newTenant();
        OAuthApps.RegisteredApp app = OAuthApps.register(server, tenant.companyId(), "Company",
                "https://x.example.com/cb", "products.readonly");
        String appAgencyToken = OAuthApps.tokens(server.baseUrl(), app, "products.readonly",
                List.of(tenant.locationId())).path("access_token").asText();

        assertError(tenant.api().post("/stockroom/apps", APP), 401, AGENCY_NOT_ALLOWED);
        assertError(new Api(server.baseUrl(), appAgencyToken).post("/stockroom/apps", APP), 401, AGENCY_NOT_ALLOWED);
        assertError(new Api(server.baseUrl(), null).post("/stockroom/apps", APP), 401, INVALID_TOKEN);
        assertError(agency(server, tenant).post("/stockroom/apps", APP.replace("{",
                "{\"companyId\": \"" + stranger.companyId() + "\", ")), 403,
                "The token does not have access to this company.");
        assertThat(agency(server, tenant).post("/stockroom/apps", APP.replace("{",
                "{\"companyId\": \"" + tenant.companyId() + "\", ")).status()).isEqualTo(201);
    }
}
