package dev.stockroom.oauth;

import static dev.stockroom.http.Errors.AGENCY_NOT_ALLOWED;
import static dev.stockroom.http.Errors.MISSING_SCOPE;
import static dev.stockroom.http.Errors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.auth.Scope;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code GET /oauth/installedLocations}: the company's locations with the app's installs, its filters and paging. */
@StockroomTest
class InstalledLocationsApiTest {
    private static List<String> ids(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("locations").forEach(location -> ids.add(location.path("_id").asText()));
        return ids;
    }

    private static String list(AgencyInstall install, String filters) {
        return "/oauth/installedLocations?companyId=" + install.companyId() + "&appId=" + install.app().appId()
                + filters;
    }

    @Test
    void everyLocationOfTheCompanyIsListedByNameWithItsInstall(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);

        ApiResponse answer = install.agency().get(list(install, ""));

        assertThat(ids(answer)).containsExactlyInAnyOrder(install.first().locationId(), install.second().locationId());
        assertThat(answer.json().path("count").asLong()).isEqualTo(2);
        for (JsonNode location : answer.json().path("locations")) {
            boolean installed = location.path("_id").asText().equals(install.first().locationId());
            assertThat(location.path("isInstalled").asBoolean()).isEqualTo(installed);
            assertThat(location.path("name").asText()).isEqualTo("Location");
            assertThat(location.path("address").asText()).isEmpty();
            assertThat(location.has("installedAt")).isEqualTo(installed);
            assertThat(location.has("versionId")).isEqualTo(installed);
        }
    }

    @Test
    void isInstalledLocationIdAndTheNameQueryFilter(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);
        String first = install.first().locationId();
        String second = install.second().locationId();

        assertThat(ids(install.agency().get(list(install, "&isInstalled=true")))).containsExactly(first);
        assertThat(ids(install.agency().get(list(install, "&isInstalled=false")))).containsExactly(second);
        assertThat(ids(install.agency().get(list(install, "&locationId=" + second)))).containsExactly(second);
        assertThat(ids(install.agency().get(list(install, "&query=LOCAT")))).hasSize(2);
        assertThat(ids(install.agency().get(list(install, "&query=nowhere")))).isEmpty();
        ApiResponse none = install.agency().get(list(install, "&isInstalled=true&locationId=" + second));
        assertThat(ids(none)).isEmpty();
        assertThat(none.json().path("count").asLong()).isZero();
    }

    @Test
    void noLocationIsOnTrialOrOnAPlanAndAnotherVersionIsA400(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);

        assertThat(ids(install.agency().get(list(install, "&onTrial=true")))).isEmpty();
        assertThat(ids(install.agency().get(list(install, "&onTrial=false")))).hasSize(2);
        assertThat(ids(install.agency().get(list(install, "&planId=basic")))).isEmpty();
        assertThat(ids(install.agency().get(list(install, "&versionId=" + install.app().versionId())))).hasSize(2);
        assertError(install.agency().get(list(install, "&versionId=000000000000000000000000")), 400,
                "versionId is not a version of this app");
    }

    @Test
    void skipAndLimitPageThroughTheLocationsWithTheTotalCount(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);
        for (int i = 0; i < 3; i++) server.newLocation(install.companyId());
        List<String> all = ids(install.agency().get(list(install, "&limit=100")));

        List<String> paged = new ArrayList<>();
        for (int skip = 0; skip < 5; skip += 2) {
            ApiResponse page = install.agency().get(list(install, "&limit=2&skip=" + skip));
            assertThat(page.json().path("count").asLong()).isEqualTo(5);
            paged.addAll(ids(page));
        }

        assertThat(all).hasSize(5);
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void badQueryValuesAreA400(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);

        assertError(install.agency().get("/oauth/installedLocations?appId=" + install.app().appId()), 400,
                "companyId should not be empty");
        assertError(install.agency().get("/oauth/installedLocations?companyId=" + install.companyId()), 400,
                "appId should not be empty");
        assertError(install.agency().get(list(install, "&isInstalled=yes")), 400, "isInstalled must be a boolean value");
        assertError(install.agency().get(list(install, "&limit=1001")), 400, "limit must not be greater than 1000");
        assertError(install.agency().get(list(install, "&skip=-1")), 400, "skip must be a non-negative integer");
    }

    @Test
    void anotherCompanyOrAnotherAppIsA403AndTheAppIdMatchesInAnyLetterCase(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);
        AgencyInstall other = AgencyInstall.of(server, false);

        assertThat(ids(install.agency().get("/oauth/installedLocations?companyId=" + install.companyId() + "&appId="
                + install.app().appId().toUpperCase(Locale.ROOT)))).hasSize(2);

        assertError(install.agency().get("/oauth/installedLocations?companyId=" + other.companyId() + "&appId="
                + install.app().appId()), 403, "The token does not have access to this company.");
        assertError(install.agency().get("/oauth/installedLocations?companyId=" + install.companyId() + "&appId="
                + other.app().appId()), 403, "The token does not have access to this app.");
    }

    @Test
    void onlyAnAppsAgencyTokenWithOauthReadonlyIsServed(TestServer server) {
        AgencyInstall install = AgencyInstall.of(server, false);
        Tenant tenant = install.first();
        JsonNode writeOnly = OAuthApps.tokens(server.baseUrl(), install.app(), "oauth.write",
                List.of(tenant.locationId()));

        assertError(new Api(server.baseUrl(), server.agencyToken(tenant.companyId(), EnumSet.allOf(Scope.class)))
                .get(list(install, "")), 401, AGENCY_NOT_ALLOWED);
        assertError(tenant.api().get(list(install, "")), 401, AGENCY_NOT_ALLOWED);
        assertError(new Api(server.baseUrl(), writeOnly.path("access_token").asText()).get(list(install, "")), 401,
                MISSING_SCOPE);
    }
}
