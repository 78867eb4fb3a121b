package dev.stockroom.oauth;

import java.util.SortedSet;

/**
 * What an approval granted an app, carried by its authorization code, refresh tokens and access tokens: a location,
 * or a whole company ({@code locationId} null), with scopes, on behalf of a user.
 */
public record Grant(String appId, String companyId, String locationId, SortedSet<String> scopes, String userId) {
    public Grant {
        scopes = ScopeNames.sorted(scopes);
    }

    public InstallTarget target() {
        return locationId == null ? InstallTarget.COMPANY : InstallTarget.LOCATION;
    }
}
