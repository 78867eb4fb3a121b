package dev.stockroom.oauth;

import dev.stockroom.auth.TokenRepository;

/**
 * Removes installs together with everything issued under them: access tokens, refresh tokens and unused codes. Tokens
 * are checked against the database on every request, so they stop working at once on every node. Runs inside the
 * caller's write transaction.
 */
final class Uninstaller {
    private final InstallRepository installs;
    private final GrantRepository grants;
    private final TokenRepository tokens;

    Uninstaller(OAuthStore store) {
        this.installs = store.installs();
        this.grants = store.grants();
        this.tokens = store.tokens();
    }

    /** Uninstalls the app from one location; returns how many tokens and codes were revoked. */
    int fromLocation(String appId, String companyId, String locationId) {
        installs.deleteLocationInstall(appId, locationId);
        return tokens.deleteAppTokens(appId, companyId, locationId) + grants.revoke(appId, companyId, locationId);
    }

    /** Uninstalls the app from a company and every location of it; returns how many tokens and codes were revoked. */
    int fromCompany(String appId, String companyId) {
        for (String locationId : installs.installedLocationIds(appId, companyId)) {
            installs.deleteLocationInstall(appId, locationId);
        }
        installs.deleteCompanyInstall(appId, companyId);
        return tokens.deleteAppTokens(appId, companyId, null) + grants.revoke(appId, companyId, null);
    }
}
