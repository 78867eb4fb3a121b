package dev.stockroom.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The authorization page: a link that fails a check gets a page saying why and is never redirected; a post is checked
 * again and must come from the page (its cookie); the person may only choose the app's company's locations.
 */
@StockroomTest
class AuthorizationPageApiTest {
    private static final String REDIRECT = "https://app.example.com/oauth/callback";
    private static final String SCOPE = "products.readonly products.write";

    private record Setup(Tenant tenant, OAuthApps.RegisteredApp app) {}

    private static Setup locationApp(TestServer server) {
        Tenant tenant = server.newTenant();
        return new Setup(tenant, OAuthApps.register(server, tenant.companyId(), "Location", REDIRECT,
                "products.readonly", "products.write"));
    }

    private static String page(TestServer server) {
        return server.baseUrl() + OAuthApps.PAGE;
    }

    /** A page answering a refused link: the status, HTML naming the problem, and no redirect. */
    private static void assertRefusalPage(PageClient.Page page, int status, String problem) {
        assertThat(page.status()).as(page.toString()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.headers().firstValue("Location")).isEmpty();
        assertThat(page.body()).contains("This install link cannot be used", problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "response_type=code&scope=products.readonly",
        "response_type=code&client_id=000000000000000000000000-nosuchap&scope=products.readonly",
    })
    void aMissingOrUnknownClientIdGetsAnErrorPageNotARedirect(String query, TestServer server) {
        locationApp(server);

        PageClient.Page page = new PageClient().open(page(server) + "?" + query);

        assertRefusalPage(page, 400, "client_id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com/oauth/callback/", "https://APP.example.com/oauth/callback",
        "https://app.example.com/oauth/callback?x=1", "https://evil.example.com/oauth/callback",
        "http://app.example.com/oauth/callback"})
    void aRedirectUriThatIsNotRegisteredExactlyGetsAnErrorPage(String redirectUri, TestServer server) {
        Setup setup = locationApp(server);

        PageClient.Page page = new PageClient().open(page(server) + "?response_type=code&client_id="
                + setup.app().clientId() + "&scope=products.readonly&redirect_uri=" + PageClient.encode(redirectUri));

        assertRefusalPage(page, 400, "is not registered for this app");
    }

    @Test
    void withoutRedirectUriTheOnlyRegisteredOneIsUsedAndWithSeveralItIsRefused(TestServer server) {
        Setup setup = locationApp(server);
        String link = page(server) + "?response_type=code&scope=products.readonly&client_id=";

        PageClient browser = new PageClient();
        PageClient.Page single = browser.open(link + setup.app().clientId());
        assertThat(single.status()).isEqualTo(200);
        assertThat(single.hiddenFields()).containsEntry("redirect_uri", REDIRECT);

        Api agency = new Api(server.baseUrl(), server.agencyToken(setup.tenant().companyId(),
                dev.stockroom.auth.Scope.products()));
        String clientId = agency.post("/stockroom/apps", """
                {"name": "Two", "redirectUris": ["https://a.example.com/cb", "https://b.example.com/cb"],
                 "scopes": ["products.readonly"]}""").json().path("clientId").asText();
        assertRefusalPage(browser.open(link + clientId), 400, "redirect_uri is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "response_type=token&", "response_type=Code&"})
    void aResponseTypeOtherThanCodeGetsAnErrorPage(String responseType, TestServer server) {
        Setup setup = locationApp(server);

        PageClient.Page page = new PageClient().open(page(server) + "?" + responseType + "client_id="
                + setup.app().clientId() + "&scope=products.readonly");

        assertRefusalPage(page, 400, "response_type must be code");
    }

    @Test
    void scopesTheAppMayNotAskForOrNoScopeGetAnErrorPage(TestServer server) {
        Setup setup = locationApp(server);
        PageClient browser = new PageClient();

        PageClient.Page extra = browser.open(OAuthApps.installLink(server.baseUrl(), setup.app(),
                "products.readonly products/prices.write contacts.readonly", null));
        assertRefusalPage(extra, 400, "The app may not ask for contacts.readonly, products/prices.write.");
        assertRefusalPage(browser.open(OAuthApps.installLink(server.baseUrl(), setup.app(), " ", null)), 400,
                "scope is missing");
    }

    @Test
    void aStateLongerThan2048CharactersGetsAnErrorPage(TestServer server) {
        Setup setup = locationApp(server);

        PageClient.Page page =
                new PageClient().open(OAuthApps.installLink(server.baseUrl(), setup.app(), SCOPE, "s".repeat(2049)));

        assertRefusalPage(page, 400, "state is longer than 2048 characters");
    }

    @Test
    void thePageListsTheLocationsOfTheAppsCompanyOnlyAndTheNewerPathServesItToo(TestServer server) {
        Setup setup = locationApp(server);
        Tenant sibling = server.newLocation(setup.tenant().companyId());
        Tenant stranger = server.newTenant();

        PageClient browser = new PageClient();
        for (String path : List.of("/stockroom/oauth/chooselocation", "/stockroom/v2/oauth/chooselocation")) {
            String link = OAuthApps.installLink(server.baseUrl(), setup.app(), SCOPE, null)
                    .replace(OAuthApps.PAGE, path);
            PageClient.Page page = browser.open(link);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains(setup.tenant().locationId(), sibling.locationId(), "products.write")
                    .doesNotContain(stranger.locationId());
        }
    }

    @Test
    void thePageIsNeverFramedRunsNoScriptAndIsNotCached(TestServer server) {
        Setup setup = locationApp(server);

        PageClient.Page page = new PageClient().open(OAuthApps.installLink(server.baseUrl(), setup.app(), SCOPE, null));

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).contains("HttpOnly", "SameSite=Strict", "Path=/stockroom/"));
        assertThat(page.body()).doesNotContain("<script");
    }

    @Test
    void everythingThePageEchoesIsEscaped(TestServer server) {
        Tenant tenant = server.newTenant();
        String hostile = "<script>alert(1)</script>\"'&";
        server.newLocation(tenant.companyId());
        Api agency = new Api(server.baseUrl(), server.agencyToken(tenant.companyId(),
                dev.stockroom.auth.Scope.products()));
        ApiResponse created = agency.post("/stockroom/apps", """
                {"name": "%s", "redirectUris": ["https://app.example.com/cb?next=a&x='y'"],
                 "scopes": ["products.readonly"]}""".formatted(hostile.replace("\"", "\\\"")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        OAuthApps.RegisteredApp app = new OAuthApps.RegisteredApp(created.json().path("appId").asText(),
                created.json().path("clientId").asText(), created.json().path("clientSecret").asText(), "",
                tenant.companyId(), "https://app.example.com/cb?next=a&x='y'");

        PageClient.Page page = new PageClient().open(OAuthApps.installLink(server.baseUrl(), app,
                "products.readonly", "\"><script>alert(2)</script>"));

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>", "next=a&x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;", "next=a&amp;x=&#39;y&#39;");
        assertThat(page.hiddenFields()).containsEntry("state", "\"><script>alert(2)</script>")
                .containsEntry("redirect_uri", "https://app.example.com/cb?next=a&x='y'");
    }

    @Test
    void approvingRedirectsWithACodeAndTheStateKeepingTheRedirectUrisOwnQuery(TestServer server) {
        Tenant tenant = server.newTenant();
        OAuthApps.RegisteredApp app = OAuthApps.register(server, tenant.companyId(), "Location",
                "https://app.example.com/cb?shop=42", "products.readonly");

        Map<String, String> redirect = OAuthApps.approve(server.baseUrl(), app, "products.readonly", "a b&c=d",
                List.of(tenant.locationId()));

        assertThat(redirect).containsEntry("shop", "42").containsEntry("state", "a b&c=d").containsKey("code");
    }

    @Test
    void cancellingRedirectsWithAccessDeniedAndInstallsNothing(TestServer server) {
        Setup setup = locationApp(server);
        PageClient browser = new PageClient();
        PageClient.Page page = browser.open(OAuthApps.installLink(server.baseUrl(), setup.app(), SCOPE, "s1"));

        PageClient.Page redirect = browser.submit(page(server), page, List.of(), "deny");

        assertThat(redirect.status()).isEqualTo(303);
        assertThat(redirect.location()).isEqualTo(REDIRECT + "?error=access_denied&state=s1");
    }

    @Test
    void aPostWithoutThePagesCookieOrWithAnotherValueIsRefusedAndInstallsNothing(TestServer server) {
        Setup setup = locationApp(server);
        PageClient.Page page =
                new PageClient().open(OAuthApps.installLink(server.baseUrl(), setup.app(), SCOPE, null));

        // Another site's form, posted from the person's browser without the SameSite cookie: a fresh client.
        PageClient.Page forged = new PageClient().submit(page(server), page, List.of(setup.tenant().locationId()),
                "allow");
        assertRefusalPage(forged, 403, "This form was not sent from the page Stockroom showed");

        // A browser that has its own cookie, posting another page's value.
        PageClient other = new PageClient();
        other.open(OAuthApps.installLink(server.baseUrl(), setup.app(), SCOPE, null));
        assertRefusalPage(other.submit(page(server), page, List.of(setup.tenant().locationId()), "allow"), 403,
                "This form was not sent");
    }

    @Test
    void thePostIsCheckedAgainAsTheLinkWas(TestServer server) {
        Setup setup = locationApp(server);
        PageClient browser = new PageClient();
        PageClient.Page page = browser.open(OAuthApps.installLink(server.baseUrl(), setup.app(), SCOPE, null));

        for (Map.Entry<String, String> altered : List.of(
                Map.entry("redirect_uri", "https://evil.example.com/cb"),
                Map.entry("scope", "products.readonly products/prices.write"),
                Map.entry("client_id", "000000000000000000000000-nosuchap"))) {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            page.hiddenFields().forEach((name, value) ->
                    fields.add(Map.entry(name, name.equals(altered.getKey()) ? altered.getValue() : value)));
            fields.add(Map.entry("locationId", setup.tenant().locationId()));
            fields.add(Map.entry("decision", "allow"));
            assertRefusalPage(browser.post(page(server), fields), 400, "");
        }
    }

    @Test
    void aLocationAppTakesExactlyOneLocationOfItsCompany(TestServer server) {
        Setup setup = locationApp(server);
        Tenant sibling = server.newLocation(setup.tenant().companyId());
        Tenant stranger = server.newTenant();
        PageClient browser = new PageClient();
        PageClient.Page page = browser.open(OAuthApps.installLink(server.baseUrl(), setup.app(), SCOPE, null));

        assertRefusalPage(browser.submit(page(server), page, List.of(), "allow"), 400, "Choose one location");
        assertRefusalPage(browser.submit(page(server), page,
                List.of(setup.tenant().locationId(), sibling.locationId()), "allow"), 400, "Choose one location");
        assertRefusalPage(browser.submit(page(server), page, List.of(stranger.locationId()), "allow"), 400,
                "Choose among the locations of");
        assertRefusalPage(browser.submit(page(server), page, List.of("NoSuchLocation000000"), "allow"), 400,
                "Choose among the locations of");
        assertThat(browser.submit(page(server), page, List.of(sibling.locationId()), "allow").status())
                .isEqualTo(303);
    }

    @Test
    void aCompanyAppsPageTicksTheApprovedLocationsAndANewApprovalReplacesThem(TestServer server) {
        Tenant first = server.newTenant();
        Tenant second = server.newLocation(first.companyId());
        OAuthApps.RegisteredApp app = OAuthApps.register(server, first.companyId(), "Company", REDIRECT,
                "products.readonly", "oauth.write", "oauth.readonly");
        String scope = "products.readonly oauth.write oauth.readonly";
        JsonNode tokens = OAuthApps.tokens(server.baseUrl(), app, scope, List.of(first.locationId()));
        Api agency = OAuthApps.api(server.baseUrl(), tokens.path("access_token").asText());
        String locationToken = agency.post("/oauth/locationToken",
                "companyId=" + first.companyId() + "&locationId=" + first.locationId()).json()
                .path("access_token").asText();

        PageClient browser = new PageClient();
        PageClient.Page page = browser.open(OAuthApps.installLink(server.baseUrl(), app, scope, null));
        assertThat(page.body()).contains("value=\"" + first.locationId() + "\" checked")
                .contains("value=\"" + second.locationId() + "\">");
        URI redirect = URI.create(browser.submit(page(server), page, List.of(second.locationId()), "allow")
                .location());
        JsonNode renewed = OAuthApps.exchange(server.baseUrl(), app, OAuthApps.query(redirect).get("code")).json();

        assertThat(renewed.path("approvedLocations").toString()).isEqualTo("[\"" + second.locationId() + "\"]");
        // The location no longer approved is uninstalled: its location token stops working at once.
        ApiResponse revoked = new Api(server.baseUrl(), locationToken).get("/products/?locationId=" + first.locationId());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(agency.get("/products/?locationId=" + first.locationId()).status()).isEqualTo(403);
        assertThat(agency.get("/products/?locationId=" + second.locationId()).status()).isEqualTo(200);
    }
}
