package dev.stockroom.oauth;

import static dev.stockroom.oauth.OAuthApps.assertOAuthError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.product.Products;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /oauth/token}: every refusal in OAuth's shape with its status, single-use codes, rotating refresh tokens,
 * and refusals that change nothing (a refused exchange leaves the code good).
 */
@StockroomTest
class TokenEndpointApiTest {
    private static final String SCOPE = "products.readonly products.write";

    private record Install(Tenant tenant, OAuthApps.RegisteredApp app) {
        String code(TestServer server) {
            return OAuthApps.code(server.baseUrl(), app, SCOPE, List.of(tenant.locationId()));
        }

        Map<String, String> codeForm(String code) {
            return new HashMap<>(Map.of("client_id", app.clientId(), "client_secret", app.clientSecret(),
                    "grant_type", "authorization_code", "code", code));
        }
    }

    private static Install install(TestServer server) {
        Tenant tenant = server.newTenant();
        return new Install(tenant, OAuthApps.register(server, tenant.companyId(), "Location",
                "https://app.example.com/oauth/callback", "products.readonly", "products.write"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"client_id", "client_secret", "grant_type", "code"})
    void aMissingParameterIsInvalidRequestAndLeavesTheCodeGood(String missing, TestServer server) {
        Install install = install(server);
        String code = install.code(server);
        Map<String, String> form = install.codeForm(code);
        form.remove(missing);

        ApiResponse refused = OAuthApps.token(server.baseUrl(), form);

        assertOAuthError(refused, 400, "invalid_request");
        assertThat(refused.json().path("error_description").asText()).isEqualTo(missing + " is missing.");
        assertThat(OAuthApps.exchange(server.baseUrl(), install.app(), code).status()).isEqualTo(200);
    }

    @Test
    void anUnknownClientOrAWrongSecretIsInvalidClientWith401AndLeavesTheCodeGood(TestServer server) {
        Install install = install(server);
        Install other = install(server);
        String code = install.code(server);

        for (Map.Entry<String, String> wrong : List.of(
                Map.entry("client_id", "000000000000000000000000-unknown0"),
                Map.entry("client_secret", "not-the-secret"),
                Map.entry("client_secret", other.app().clientSecret()))) {
            Map<String, String> form = install.codeForm(code);
            form.put(wrong.getKey(), wrong.getValue());
            ApiResponse refused = OAuthApps.token(server.baseUrl(), form);
            assertOAuthError(refused, 401, "invalid_client");
        }
        assertThat(OAuthApps.exchange(server.baseUrl(), install.app(), code).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"client_credentials", "password", "implicit", "AUTHORIZATION_CODE"})
    void anotherGrantTypeIsUnsupported(String grantType, TestServer server) {
        Install install = install(server);
        Map<String, String> form = install.codeForm(install.code(server));
        form.put("grant_type", grantType);

        assertOAuthError(OAuthApps.token(server.baseUrl(), form), 400, "unsupported_grant_type");
    }

    @Test
    void aCodeIsGoodOnceAndItsTokensStayGood(TestServer server) {
        Install install = install(server);
        String code = install.code(server);

        ApiResponse first = OAuthApps.exchange(server.baseUrl(), install.app(), code);
        ApiResponse second = OAuthApps.exchange(server.baseUrl(), install.app(), code);

        assertThat(first.status()).isEqualTo(200);
        assertOAuthError(second, 400, "invalid_grant");
        assertThat(second.json().path("error_description").asText())
                .isEqualTo("Invalid grant: authorization code is invalid or was already used.");
        Api api = new Api(server.baseUrl(), first.json().path("access_token").asText());
        assertThat(api.get("/products/?locationId=" + install.tenant().locationId()).status()).isEqualTo(200);
    }

    @Test
    void ofTwoExchangesOfOneCodeAtOnceExactlyOneSucceeds(TestServer server) throws Exception {
        Install install = install(server);
        String code = install.code(server);

        assertExactlyOneOf8AtOnceSucceeds(() -> OAuthApps.exchange(server.baseUrl(), install.app(), code));
    }

    @Test
    void aCodeIsRefusedToAnotherAppForAnUnknownCodeAndForARefreshToken(TestServer server) {
        Install install = install(server);
        Install other = install(server);
        String code = install.code(server);
        JsonNode tokens = OAuthApps.exchange(server.baseUrl(), install.app(), install.code(server)).json();

        assertOAuthError(OAuthApps.exchange(server.baseUrl(), other.app(), code), 400, "invalid_grant");
        assertOAuthError(OAuthApps.exchange(server.baseUrl(), install.app(), "no-such-code"), 400, "invalid_grant");
        assertOAuthError(OAuthApps.exchange(server.baseUrl(), install.app(), tokens.path("refresh_token").asText()),
                400, "invalid_grant");
        assertThat(OAuthApps.exchange(server.baseUrl(), install.app(), code).status()).isEqualTo(200);
    }

    @Test
    void aRedirectUriOtherThanTheCodesIsInvalidGrantAndTheSameOneIsAccepted(TestServer server) {
        Install install = install(server);
        String code = install.code(server);
        Map<String, String> form = install.codeForm(code);

        form.put("redirect_uri", "https://app.example.com/oauth/callback/");
        assertOAuthError(OAuthApps.token(server.baseUrl(), form), 400, "invalid_grant");
        form.put("redirect_uri", "https://app.example.com/oauth/callback");
        assertThat(OAuthApps.token(server.baseUrl(), form).status()).isEqualTo(200);
    }

    @Test
    void userTypeMustBeTheGrantsWhenSentInAnyLetterCase(TestServer server) {
        Install install = install(server);
        String code = install.code(server);
        Map<String, String> form = install.codeForm(code);

        form.put("user_type", "Agency");
        assertOAuthError(OAuthApps.token(server.baseUrl(), form), 400, "invalid_request");
        form.put("user_type", "Company");
        ApiResponse wrongType = OAuthApps.token(server.baseUrl(), form);
        assertOAuthError(wrongType, 400, "invalid_grant");
        assertThat(wrongType.json().path("error_description").asText())
                .isEqualTo("Invalid grant: the grant is for a Location, not a Company (user_type).");
        form.put("user_type", "location");
        ApiResponse accepted = OAuthApps.token(server.baseUrl(), form);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("userType").asText()).isEqualTo("Location");
    }

    @Test
    void refreshTokensRotateAndAUsedOneIsRefusedForEver(TestServer server) {
        Install install = install(server);
        JsonNode first = OAuthApps.exchange(server.baseUrl(), install.app(), install.code(server)).json();
        String used = first.path("refresh_token").asText();

        JsonNode second = OAuthApps.refresh(server.baseUrl(), install.app(), used).json();
        assertOAuthError(OAuthApps.refresh(server.baseUrl(), install.app(), used), 400, "invalid_grant");
        JsonNode third = OAuthApps.refresh(server.baseUrl(), install.app(), second.path("refresh_token").asText())
                .json();
        assertOAuthError(OAuthApps.refresh(server.baseUrl(), install.app(), used), 400, "invalid_grant");

        assertThat(List.of(first, second, third)).extracting(tokens -> tokens.path("refresh_token").asText())
                .doesNotHaveDuplicates();
        // Access tokens handed out before a refresh stay good until they expire.
        for (JsonNode tokens : List.of(first, second, third)) {
            Api api = new Api(server.baseUrl(), tokens.path("access_token").asText());
            assertThat(api.post("/products/", Products.body(install.tenant().locationId(), "Mug")).status())
                    .isEqualTo(201);
        }
    }

    @Test
    void aRefreshGetsNoScopeALaterApprovalTookAway(TestServer server) {
        Install install = install(server);
        JsonNode first = OAuthApps.exchange(server.baseUrl(), install.app(), install.code(server)).json();
        OAuthApps.code(server.baseUrl(), install.app(), "products.readonly", List.of(install.tenant().locationId()));

        ApiResponse refreshed = OAuthApps.refresh(server.baseUrl(), install.app(), first.path("refresh_token").asText());

        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(refreshed.json().path("scope").asText()).isEqualTo("products.readonly");
        Api api = new Api(server.baseUrl(), refreshed.json().path("access_token").asText());
        assertThat(api.post("/products/", Products.body(install.tenant().locationId(), "Mug")).status()).isEqualTo(401);
        assertThat(api.get("/products/?locationId=" + install.tenant().locationId()).status()).isEqualTo(200);
    }

    @Test
    void ofTwoRefreshesWithOneTokenAtOnceExactlyOneSucceeds(TestServer server) throws Exception {
        Install install = install(server);
        String refreshToken = OAuthApps.exchange(server.baseUrl(), install.app(), install.code(server)).json()
                .path("refresh_token").asText();

        assertExactlyOneOf8AtOnceSucceeds(() -> OAuthApps.refresh(server.baseUrl(), install.app(), refreshToken));
    }

    @Test
    void aRefreshTokenIsRefusedToAnotherAppAndAnAccessTokenIsNoRefreshToken(TestServer server) {
        Install install = install(server);
        Install other = install(server);
        JsonNode tokens = OAuthApps.exchange(server.baseUrl(), install.app(), install.code(server)).json();
        String refreshToken = tokens.path("refresh_token").asText();

        assertOAuthError(OAuthApps.refresh(server.baseUrl(), other.app(), refreshToken), 400, "invalid_grant");
        assertOAuthError(OAuthApps.refresh(server.baseUrl(), install.app(), tokens.path("access_token").asText()),
                400, "invalid_grant");
        Map<String, String> noToken = new HashMap<>(Map.of("client_id", install.app().clientId(),
                "client_secret", install.app().clientSecret(), "grant_type", "refresh_token"));
        assertOAuthError(OAuthApps.token(server.baseUrl(), noToken), 400, "invalid_request");
        assertThat(OAuthApps.refresh(server.baseUrl(), install.app(), refreshToken).status()).isEqualTo(200);
    }

    @Test
    void aJsonBodyIsReadLikeAFormAndOtherBodiesAreInvalidRequests(TestServer server) {
        Install install = install(server);
        Api json = new Api(server.baseUrl(), null).withHeader("Version", null);
        String code = install.code(server);

        assertOAuthError(json.withHeader("Content-Type", "text/plain").post("/oauth/token", "client_id=x"), 400,
                "invalid_request");
        assertOAuthError(json.post("/oauth/token", "{\"client_id\": 12}"), 400, "invalid_request");
        assertOAuthError(json.post("/oauth/token", "{not json"), 400, "invalid_request");
        ApiResponse accepted = json.post("/oauth/token", """
                {"client_id": "%s", "client_secret": "%s", "grant_type": "authorization_code", "code": "%s"}
                """.formatted(install.app().clientId(), install.app().clientSecret(), code));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    }

    @Test
    void aRepeatedParameterOrANulCharacterIsInvalidRequest(TestServer server) {
        Install install = install(server);
        Api form = new Api(server.baseUrl(), null).withHeader("Version", null)
                .withHeader("Content-Type", "application/x-www-form-urlencoded");
        String start = "client_id=" + install.app().clientId() + "&client_secret=" + install.app().clientSecret();

        assertOAuthError(form.post("/oauth/token", start + "&grant_type=refresh_token&grant_type=authorization_code"),
                400, "invalid_request");
        assertOAuthError(form.post("/oauth/token", start + "&grant_type=authorization_code&code=a%00b"), 400,
                "invalid_request");
        assertOAuthError(form.post("/oauth/token", "client_id=a%00b&client_secret=s&grant_type=refresh_token"), 400,
                "invalid_request");
    }

    @Test
    void theTokenEndpointTakesPostOnly(TestServer server) {
        ApiResponse get = new Api(server.baseUrl(), null).get("/oauth/token");

        assertThat(get.status()).isEqualTo(404);
        assertThat(get.json().path("message").asText()).isEqualTo("Cannot GET /oauth/token");
    }

    /** Eight of the same call at once: one is served, the seven others get invalid_grant. */
    private static void assertExactlyOneOf8AtOnceSucceeds(Callable<ApiResponse> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<ApiResponse> answers = new ArrayList<>();
        try {
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) futures.add(pool.submit(call));
            for (Future<ApiResponse> future : futures) answers.add(future.get());
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
        answers.stream().filter(answer -> answer.status() != 200)
                .forEach(answer -> assertOAuthError(answer, 400, "invalid_grant"));
    }
}
