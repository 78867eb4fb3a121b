package dev.stockroom.oauth;

import dev.stockroom.auth.Principal;
import dev.stockroom.auth.Secrets;
import dev.stockroom.auth.TokenRepository;
import dev.stockroom.auth.TokenType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes an app's new access token (and refresh token) for a grant, and forgets the app's expired ones in that company
 * on the way, so that a daily refresh does not pile up rows. Runs inside the caller's write transaction.
 */
final class TokenIssuer {
    private final TokenRepository tokens;
    private final GrantRepository grants;
    private final InstallRepository installs;
    private final OAuthLifetimes lifetimes;
    private final Clock clock;

    TokenIssuer(OAuthStore store, OAuthLifetimes lifetimes, Clock clock) {
        this.tokens = store.tokens();
        this.grants = store.grants();
        this.installs = store.installs();
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    IssuedTokens issue(App app, Grant grant, boolean withRefreshToken) {
        Instant now = clock.instant();
        tokens.deleteExpiredAppTokens(app.id(), grant.companyId(), now);
        grants.deleteExpired(app.id(), grant.companyId(), now);
        TokenType type = grant.locationId() == null ? TokenType.COMPANY : TokenType.LOCATION;
        Principal principal = new Principal(
                type, grant.companyId(), grant.locationId(), ScopeNames.served(grant.scopes()), app.id());
        String accessToken = Secrets.generate();
        tokens.insert(Secrets.hash(accessToken), principal, now, now.plus(lifetimes.accessToken()));
        String refreshToken = null;
        if (withRefreshToken) {
            refreshToken = Secrets.generate();
            grants.insertRefreshToken(
                    Secrets.hash(refreshToken), new RefreshToken(grant, now.plus(lifetimes.refreshToken())), now);
        }
        List<String> approved = type == TokenType.COMPANY
                ? installs.installedLocationIds(app.id(), grant.companyId())
                : List.of();
        return new IssuedTokens(accessToken, lifetimes.accessToken(), refreshToken, grant, app, approved);
    }
}
