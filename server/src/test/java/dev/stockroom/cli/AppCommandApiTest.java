package dev.stockroom.cli;

import static dev.stockroom.http.Errors.INVALID_TOKEN;
import static dev.stockroom.http.Errors.assertError;
import static dev.stockroom.oauth.OAuthApps.assertOAuthError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockroom.cli.Cli.Run;
import dev.stockroom.oauth.OAuthApps;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code app create} and {@code app uninstall}, run in-process against the database of a running server (SQLite or
 * PostgreSQL): what they do is seen over HTTP at once.
 */
@StockroomTest
class AppCommandApiTest {
    private static final String REDIRECT = "https://app.example.com/cb";
    private static final String SCOPE = "products.readonly products.write";

    private static Run app(TestServer server, String... args) {
        List<String> command = new ArrayList<>(List.of("app"));
        command.addAll(List.of(args));
        command.addAll(server.storageArguments());
        return Cli.run(command.toArray(String[]::new));
    }

    private static OAuthApps.RegisteredApp create(TestServer server, Tenant tenant, String target) throws IOException {
        Run run = app(server, "create", "--company", tenant.companyId(), "--name", "Sync", "--target", target,
                "--redirect-uri", REDIRECT, "--scopes", "products.readonly,products.write,oauth.write");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode printed = new ObjectMapper().readTree(run.out());
        return new OAuthApps.RegisteredApp(printed.path("appId").asText(), printed.path("clientId").asText(),
                printed.path("clientSecret").asText(), printed.path("versionId").asText(), tenant.companyId(),
                REDIRECT);
    }

    @Test
    void appCreatePrintsOneJsonLineAndTheAppInstallsAtOnce(TestServer server) throws IOException {
        Tenant tenant = server.newTenant();
        Run run = app(server, "create", "--company", tenant.companyId(), "--name", "Sync",
                "--redirect-uri", REDIRECT, "--redirect-uri", "http://localhost:3000/cb", "--scopes",
                "products.readonly,contacts.readonly");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("\\{\"appId\":\"[0-9a-f]{24}\",\"clientId\":\"[0-9a-f]{24}-[a-z0-9]{8}\","
                + "\"clientSecret\":\"[0-9a-f-]{36}\",\"versionId\":\"[0-9a-f]{24}\"}\n");
        JsonNode printed = new ObjectMapper().readTree(run.out());
        OAuthApps.RegisteredApp app = new OAuthApps.RegisteredApp(printed.path("appId").asText(),
                printed.path("clientId").asText(), printed.path("clientSecret").asText(), "", tenant.companyId(),
                "http://localhost:3000/cb");
        JsonNode tokens = OAuthApps.tokens(server.baseUrl(), app, "products.readonly contacts.readonly",
                List.of(tenant.locationId()));
        assertThat(tokens.path("scope").asText()).isEqualTo("contacts.readonly products.readonly");
    }

    @Test
    void appCreateNamesEveryProblemOnOneLineAndCreatesNothing(TestServer server) {
        Tenant tenant = server.newTenant();

        Run bad = app(server, "create", "--company", tenant.companyId(), "--name", "Sync", "--target", "agency",
                "--redirect-uri", "ftp://x.example.com", "--scopes", "products.readonly,no scope");
        Run unknown = app(server, "create", "--company", "NoSuchCompany0000000", "--name", "Sync",
                "--redirect-uri", REDIRECT, "--scopes", "products.readonly");

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).isEqualTo("error: target must be one of the following values: Location, Company;"
                + " redirectUris.0 must be an absolute http or https URL without a fragment, of at most 2048"
                + " characters; scopes.1 must be a scope name such as products.readonly\n");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("error: unknown company: NoSuchCompany0000000\n");
    }

    @Test
    void uninstallingFromALocationRevokesItsTokensRefreshTokensAndCodesAtOnce(TestServer server) throws IOException {
        Tenant tenant = server.newTenant();
        Tenant sibling = server.newLocation(tenant.companyId());
        OAuthApps.RegisteredApp app = create(server, tenant, "location");
        JsonNode tokens = OAuthApps.tokens(server.baseUrl(), app, SCOPE, List.of(tenant.locationId()));
        JsonNode siblingTokens = OAuthApps.tokens(server.baseUrl(), app, SCOPE, List.of(sibling.locationId()));
        String unusedCode = OAuthApps.code(server.baseUrl(), app, SCOPE, List.of(tenant.locationId()));
        Api api = new Api(server.baseUrl(), tokens.path("access_token").asText());
        String list = "/products/?locationId=" + tenant.locationId();
        assertThat(api.get(list).status()).isEqualTo(200);

        Run run = app(server, "uninstall", "--client-id", app.clientId(), "--location", tenant.locationId());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("uninstalled; revoked 3 tokens and codes\n");
        assertError(api.get(list), 401, INVALID_TOKEN);
        assertOAuthError(OAuthApps.refresh(server.baseUrl(), app, tokens.path("refresh_token").asText()), 400,
                "invalid_grant");
        assertOAuthError(OAuthApps.exchange(server.baseUrl(), app, unusedCode), 400, "invalid_grant");
        // The install on the other location is untouched, and the app can be installed again.
        assertThat(new Api(server.baseUrl(), siblingTokens.path("access_token").asText())
                .get("/products/?locationId=" + sibling.locationId()).status()).isEqualTo(200);
        JsonNode again = OAuthApps.tokens(server.baseUrl(), app, SCOPE, List.of(tenant.locationId()));
        assertThat(new Api(server.baseUrl(), again.path("access_token").asText()).get(list).status()).isEqualTo(200);
    }

    @Test
    void uninstallingFromACompanyRevokesTheAgencyTokenAndItsLocationTokens(TestServer server) throws IOException {
        Tenant tenant = server.newTenant();
        OAuthApps.RegisteredApp app = create(server, tenant, "company");
        JsonNode tokens = OAuthApps.tokens(server.baseUrl(), app, "products.readonly oauth.write",
                List.of(tenant.locationId()));
        Api agency = OAuthApps.api(server.baseUrl(), tokens.path("access_token").asText());
        String locationToken = agency.post("/oauth/locationToken",
                "companyId=" + tenant.companyId() + "&locationId=" + tenant.locationId()).json()
                .path("access_token").asText();
        String list = "/products/?locationId=" + tenant.locationId();

        Run run = app(server, "uninstall", "--client-id", app.clientId(), "--company", tenant.companyId());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertError(agency.get(list), 401, INVALID_TOKEN);
        assertError(new Api(server.baseUrl(), locationToken).get(list), 401, INVALID_TOKEN);
        assertOAuthError(OAuthApps.refresh(server.baseUrl(), app, tokens.path("refresh_token").asText()), 400,
                "invalid_grant");
    }

    @Test
    void uninstallingWhatIsNotInstalledIsRefused(TestServer server) throws IOException {
        Tenant tenant = server.newTenant();
        OAuthApps.RegisteredApp app = create(server, tenant, "location");

        Run location = app(server, "uninstall", "--client-id", app.clientId(), "--location", tenant.locationId());
        Run company = app(server, "uninstall", "--client-id", app.clientId(), "--company", tenant.companyId());
        Run unknown = app(server, "uninstall", "--client-id", "nope", "--location", tenant.locationId());

        assertThat(location.err()).isEqualTo("error: the app is not installed on location " + tenant.locationId()
                + "\n");
        assertThat(company.err()).isEqualTo("error: the app is not installed in company " + tenant.companyId() + "\n");
        assertThat(unknown.err()).isEqualTo("error: unknown client id: nope\n");
        assertThat(List.of(location.exitCode(), company.exitCode(), unknown.exitCode())).containsOnly(1);
    }
}
