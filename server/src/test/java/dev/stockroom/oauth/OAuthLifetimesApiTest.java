package dev.stockroom.oauth;

import static dev.stockroom.http.Errors.INVALID_TOKEN;
import static dev.stockroom.http.Errors.assertError;
import static dev.stockroom.oauth.OAuthApps.assertOAuthError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestClock;
import dev.stockroom.testing.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Codes, access tokens and refresh tokens expire after their configured lifetimes, here two seconds on a clock the test
 * moves forward; an expired access token gets HighLevel's 401 body, the one of an unknown token. Each test starts a
 * server of its own.
 */
@StockroomTest
class OAuthLifetimesApiTest {
    private static final Duration SHORT = Duration.ofSeconds(2);
    private static final String SCOPE = "products.readonly";

    private final TestClock clock = new TestClock();

    private TestServer server(Duration access, Duration code, Duration refresh) {
        return TestServer.start(config -> config.withOAuth(new OAuthLifetimes(access, code, refresh)), clock);
    }

    private static OAuthApps.RegisteredApp app(TestServer server, Tenant tenant) {
        return OAuthApps.register(server, tenant.companyId(), "Location", "https://app.example.com/cb", SCOPE);
    }

    /** Moves the server's clock just past {@code lifetime}. */
    private void passBeyond(Duration lifetime) {
        clock.advance(lifetime.plusMillis(1));
    }

    @Test
    void anAccessTokenIsRefusedWithHighLevels401OnceItsLifetimeIsOver() {
        try (TestServer server = server(SHORT, Duration.ofMinutes(10), Duration.ofDays(365))) {
            Tenant tenant = server.newTenant();
            OAuthApps.RegisteredApp app = app(server, tenant);
            String code = OAuthApps.code(server.baseUrl(), app, SCOPE, List.of(tenant.locationId()));

            ApiResponse exchanged = OAuthApps.exchange(server.baseUrl(), app, code);
            JsonNode tokens = exchanged.json();
            assertThat(tokens.path("expires_in").asLong()).isEqualTo(2);
            Api api = new Api(server.baseUrl(), tokens.path("access_token").asText());
            String list = "/products/?locationId=" + tenant.locationId();
            assertThat(api.get(list).status()).isEqualTo(200);

            passBeyond(SHORT);
            assertError(api.get(list), 401, INVALID_TOKEN);
            // The refresh token outlives it and brings a working one.
            JsonNode renewed = OAuthApps.refresh(server.baseUrl(), app, tokens.path("refresh_token").asText()).json();
            assertThat(new Api(server.baseUrl(), renewed.path("access_token").asText()).get(list).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aCodeIsRefusedOnceItsLifetimeIsOver() {
        try (TestServer server = server(Duration.ofSeconds(86_399), SHORT, Duration.ofDays(365))) {
            Tenant tenant = server.newTenant();
            OAuthApps.RegisteredApp app = app(server, tenant);
            String code = OAuthApps.code(server.baseUrl(), app, SCOPE, List.of(tenant.locationId()));

            passBeyond(SHORT);
            ApiResponse refused = OAuthApps.exchange(server.baseUrl(), app, code);

            assertOAuthError(refused, 400, "invalid_grant");
            assertThat(refused.json().path("error_description").asText())
                    .isEqualTo("Invalid grant: authorization code has expired.");
        }
    }

    @Test
    void aRefreshTokenIsRefusedOnceItsLifetimeIsOver() {
        try (TestServer server = server(Duration.ofSeconds(86_399), Duration.ofMinutes(10), SHORT)) {
            Tenant tenant = server.newTenant();
            OAuthApps.RegisteredApp app = app(server, tenant);
            String code = OAuthApps.code(server.baseUrl(), app, SCOPE, List.of(tenant.locationId()));
            JsonNode tokens = OAuthApps.exchange(server.baseUrl(), app, code).json();

            passBeyond(SHORT);
            ApiResponse refused = OAuthApps.refresh(server.baseUrl(), app, tokens.path("refresh_token").asText());

            assertOAuthError(refused, 400, "invalid_grant");
            assertThat(refused.json().path("error_description").asText())
                    .isEqualTo("Invalid grant: refresh token has expired.");
        }
    }
}
