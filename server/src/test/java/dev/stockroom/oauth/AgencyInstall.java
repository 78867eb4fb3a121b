package dev.stockroom.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.List;

/**
 * A Company app of a company with two locations, installed on the agency with {@code approved} locations; the agency
 * token calls with a form body.
 */
record AgencyInstall(Tenant first, Tenant second, OAuthApps.RegisteredApp app, JsonNode tokens, Api agency) {
    static final String SCOPE = "oauth.readonly oauth.write products.readonly";

    static AgencyInstall of(TestServer server, boolean approveSecond) {
        Tenant first = server.newTenant();
        Tenant second = server.newLocation(first.companyId());
        OAuthApps.RegisteredApp app = OAuthApps.register(server, first.companyId(), "Company",
                "https://app.example.com/cb", "oauth.readonly", "oauth.write", "products.readonly", "products.write");
        List<String> approved = approveSecond
                ? List.of(first.locationId(), second.locationId())
                : List.of(first.locationId());
        JsonNode tokens = OAuthApps.tokens(server.baseUrl(), app, SCOPE, approved);
        return new AgencyInstall(first, second, app, tokens,
                OAuthApps.api(server.baseUrl(), tokens.path("access_token").asText()));
    }

    String companyId() {
        return first.companyId();
    }
}
