package dev.stockroom.http;

import dev.stockroom.api.OAuthResponses;
import dev.stockroom.oauth.Grant;
import dev.stockroom.oauth.InstallTarget;
import dev.stockroom.oauth.InstalledLocation;
import dev.stockroom.oauth.InstalledLocationsPage;
import dev.stockroom.oauth.IssuedTokens;
import dev.stockroom.oauth.ScopeNames;

/** HighLevel's OAuth answers from what the services hand out. */
final class OAuthJson {
    private OAuthJson() {}

    static OAuthResponses.AccessToken accessToken(IssuedTokens issued) {
        Grant grant = issued.grant();
        boolean company = grant.target() == InstallTarget.COMPANY;
        return new OAuthResponses.AccessToken(
                issued.accessToken(),
                "Bearer",
                issued.expiresIn().toSeconds(),
                issued.refreshToken(),
                ScopeNames.join(grant.scopes()),
                grant.target().wireName(),
                grant.locationId(),
                grant.companyId(),
                company ? issued.approvedLocations() : null,
                grant.userId());
    }

    static OAuthResponses.LocationAccessToken locationToken(IssuedTokens issued) {
        Grant grant = issued.grant();
        return new OAuthResponses.LocationAccessToken(
                issued.accessToken(),
                "Bearer",
                issued.expiresIn().toSeconds(),
                ScopeNames.join(grant.scopes()),
                grant.locationId(),
                grant.userId(),
                issued.app().id(),
                issued.app().versionId());
    }

    /** Stockroom keeps no addresses: {@code address}, which the spec requires, is empty. */
    static OAuthResponses.InstalledLocations installedLocations(InstalledLocationsPage page) {
        return new OAuthResponses.InstalledLocations(
                page.locations().stream().map(location -> installedLocation(location, page)).toList(), page.count());
    }

    private static OAuthResponses.InstalledLocation installedLocation(
            InstalledLocation location, InstalledLocationsPage page) {
        return new OAuthResponses.InstalledLocation(
                location.locationId(),
                location.name(),
                "",
                location.installed(),
                location.installed() ? page.app().versionId() : null,
                location.installed() ? WireTimes.format(location.installedAt()) : null);
    }
}
