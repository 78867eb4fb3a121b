package dev.stockroom.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.auth.Scope;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.TestServer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a marketplace app does in the OAuth flow, over real HTTP: register, send a person to approve, get tokens. */
public final class OAuthApps {
    public static final String PAGE = "/stockroom/oauth/chooselocation";

    private OAuthApps() {}

    /** An app as {@code POST /stockroom/apps} answered it. */
    public record RegisteredApp(String appId, String clientId, String clientSecret, String versionId, String companyId,
            String redirectUri) {}

    /** Registers an app of the company (with an agency token holding every Products scope). */
    public static RegisteredApp register(TestServer server, String companyId, String target, String redirectUri,
            String... scopes) {
        return register(server.baseUrl(), server.agencyToken(companyId, Scope.products()), companyId, target,
                redirectUri, scopes);
    }

    /** Registers an app with the agency token of its company. */
    public static RegisteredApp register(String baseUrl, String agencyToken, String companyId, String target,
            String redirectUri, String... scopes) {
        Api agency = new Api(baseUrl, agencyToken);
        ApiResponse created = agency.post("/stockroom/apps", """
                {"name": "Catalog sync", "target": "%s", "redirectUris": ["%s"], "scopes": [%s]}
                """.formatted(target, redirectUri, List.of(scopes).stream()
                        .map(scope -> "\"" + scope + "\"").collect(Collectors.joining(", "))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode app = created.json();
        return new RegisteredApp(app.path("appId").asText(), app.path("clientId").asText(),
                app.path("clientSecret").asText(), app.path("versionId").asText(), companyId, redirectUri);
    }

    /** The link an app sends a person to, like HighLevel's marketplace "choose location" link. */
    public static String installLink(String baseUrl, RegisteredApp app, String scope, String state) {
        return baseUrl + PAGE + "?response_type=code&client_id=" + PageClient.encode(app.clientId())
                + "&redirect_uri=" + PageClient.encode(app.redirectUri()) + "&scope=" + PageClient.encode(scope)
                + (state == null ? "" : "&state=" + PageClient.encode(state));
    }

    /**
     * Opens the install link, approves the locations (one for a Location app) and returns the parameters of the
     * redirect the page answers: {@code code} and {@code state}.
     */
    public static Map<String, String> approve(String baseUrl, RegisteredApp app, String scope, String state,
            List<String> locationIds) {
        PageClient browser = new PageClient();
        PageClient.Page page = browser.open(installLink(baseUrl, app, scope, state));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        PageClient.Page redirect = browser.submit(baseUrl + PAGE, page, locationIds, "allow");
        assertThat(redirect.status()).as(redirect.toString()).isEqualTo(303);
        assertThat(redirect.location()).startsWith(app.redirectUri() + (app.redirectUri().contains("?") ? "&" : "?"));
        return query(URI.create(redirect.location()));
    }

    /** A new code for the app's install on the locations, for all the scopes named. */
    public static String code(String baseUrl, RegisteredApp app, String scope, List<String> locationIds) {
        return approve(baseUrl, app, scope, null, locationIds).get("code");
    }

    /** {@code POST /oauth/token}, form-encoded as HighLevel's spec sends it; checked against the spec. */
    public static ApiResponse token(String baseUrl, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> PageClient.encode(field.getKey()) + "=" + PageClient.encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return new Api(baseUrl, null)
                .withHeader("Version", null)
                .withHeader("Content-Type", "application/x-www-form-urlencoded")
                .post("/oauth/token", body);
    }

    public static ApiResponse exchange(String baseUrl, RegisteredApp app, String code) {
        return token(baseUrl, Map.of("client_id", app.clientId(), "client_secret", app.clientSecret(),
                "grant_type", "authorization_code", "code", code));
    }

    public static ApiResponse refresh(String baseUrl, RegisteredApp app, String refreshToken) {
        return token(baseUrl, Map.of("client_id", app.clientId(), "client_secret", app.clientSecret(),
                "grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    /** Exchanges a new code for the install: the token answer, which must be a 200. */
    public static JsonNode tokens(String baseUrl, RegisteredApp app, String scope, List<String> locationIds) {
        ApiResponse response = exchange(baseUrl, app, code(baseUrl, app, scope, locationIds));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** An app's token calls another endpoint with: Bearer token, Version header, form body where one is sent. */
    public static Api api(String baseUrl, String accessToken) {
        return new Api(baseUrl, accessToken).withHeader("Content-Type", "application/x-www-form-urlencoded");
    }

    /** A refusal of {@code /oauth/token} in OAuth's shape, with HighLevel's statusCode and message beside it. */
    public static void assertOAuthError(ApiResponse response, int status, String error) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        JsonNode body = response.json();
        assertThat(body.path("error").asText()).as(response.toString()).isEqualTo(error);
        assertThat(body.path("statusCode").asInt()).isEqualTo(status);
        assertThat(body.path("error_description").asText()).isNotEmpty().isEqualTo(body.path("message").asText());
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    public static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) return params;
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
