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

    /**
     * Uninstalls the app from one location; returns how many tokens and codes were revoked. Codes and refresh tokens
     * go first: a redemption or refresh under way holds its row, so this waits for it and the access tokens it made
     * are then deleted too (on PostgreSQL the next statement sees them committed).
     */
    int fromLocation(String appId, String companyId, String locationId) {
        installs.deleteLocationInstall(appId, locationId);
        int grantsRevoked = grants.revoke(appId, companyId, locationId);
        return grantsRevoked + tokens.deleteAppTokens(appId, companyId, locationId);
    }

    /** Uninstalls the app from a company and every location of it; returns how many tokens and codes were revoked. */
    int fromCompany(String appId, String companyId) {
        for (String locationId : installs.installedLocationIds(appId, companyId)) {
            installs.deleteLocationInstall(appId, locationId);
        }
        installs.deleteCompanyInstall(appId, companyId);
        int grantsRevoked = grants.revoke(appId, companyId, null); // first, as in fromLocation
        return grantsRevoked + tokens.deleteAppTokens(appId, companyId, null);
    }
}
