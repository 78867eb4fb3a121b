package dev.stockroom.oauth;

import dev.stockroom.auth.Secrets;
import dev.stockroom.common.Transactions;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code POST /oauth/token}: the authorization code grant (RFC 6749 4.1.3) and the refresh token grant (section 6).
 * Codes are single-use; refresh tokens rotate, so a refresh token that was used once is refused from then on. The
 * access tokens that came before a refresh stay good until they expire.
 */
public final class TokenGrantService {
    private final AppRepository apps;
    private final GrantRepository grants;
    private final InstallRepository installs;
    private final TokenIssuer issuer;
    private final Transactions transactions;
    private final Clock clock;

    public TokenGrantService(OAuthStore store, OAuthLifetimes lifetimes, Clock clock) {
        this.apps = store.apps();
        this.grants = store.grants();
        this.installs = store.installs();
        this.issuer = new TokenIssuer(store, lifetimes, clock);
        this.transactions = store.transactions();
        this.clock = clock;
    }

    /**
     * Checks the client, then the grant, in that order (a caller without the client's secret learns nothing about
     * codes or tokens), and hands out new tokens.
     */
    public IssuedTokens grant(TokenRequest request) {
        String clientId = required(request.clientId(), "client_id");
        String clientSecret = required(request.clientSecret(), "client_secret");
        String grantType = required(request.grantType(), "grant_type");
        InstallTarget userType = userType(request.userType());
        return transactions.write(() -> {
            App app = apps.findByClientId(clientId)
                    .filter(found -> Secrets.matches(clientSecret, found.clientSecretHash()))
                    .orElseThrow(() -> new OAuthException(
                            OAuthError.INVALID_CLIENT, "Invalid client: client_id or client_secret is wrong."));
            return switch (grantType) {
                case "authorization_code" -> redeemCode(app, request, userType);
                case "refresh_token" -> refresh(app, request, userType);
                default -> throw new OAuthException(OAuthError.UNSUPPORTED_GRANT_TYPE,
                        "grant_type must be authorization_code or refresh_token.");
            };
        });
    }

    private IssuedTokens redeemCode(App app, TokenRequest request, InstallTarget userType) {
        String codeHash = Secrets.hash(required(request.code(), "code"));
        AuthorizationCode code = usable(grants.findCode(codeHash), app, AuthorizationCode::grant)
                .orElseThrow(() -> invalidGrant("authorization code is invalid or was already used."));
        if (!code.expiresAt().isAfter(clock.instant())) throw invalidGrant("authorization code has expired.");
        if (request.redirectUri() != null && !request.redirectUri().isEmpty()
                && !request.redirectUri().equals(code.redirectUri())) {
            throw invalidGrant("redirect_uri does not match the one the code was sent to.");
        }
        requireUserType(userType, code.grant());
        if (!grants.deleteCode(codeHash)) throw invalidGrant("authorization code is invalid or was already used.");
        return issuer.issue(app, code.grant(), true);
    }

    private IssuedTokens refresh(App app, TokenRequest request, InstallTarget userType) {
        String tokenHash = Secrets.hash(required(request.refreshToken(), "refresh_token"));
        RefreshToken token = usable(grants.findRefreshToken(tokenHash), app, RefreshToken::grant)
                .orElseThrow(() -> invalidGrant("refresh token is invalid or was already used."));
        if (!token.expiresAt().isAfter(clock.instant())) throw invalidGrant("refresh token has expired.");
        requireUserType(userType, token.grant());
        if (!grants.deleteRefreshToken(tokenHash)) {
            throw invalidGrant("refresh token is invalid or was already used.");
        }
        return issuer.issue(app, narrowedToInstall(token.grant()), true);
    }

    /**
     * A refresh gets no scope the install no longer has: a later approval with fewer scopes reaches the rotating
     * refresh tokens too, not only new codes.
     */
    private Grant narrowedToInstall(Grant grant) {
        Optional<Install> install = grant.locationId() == null
                ? installs.findCompanyInstall(grant.appId(), grant.companyId())
                : installs.findLocationInstall(grant.appId(), grant.locationId());
        if (install.isEmpty()) throw invalidGrant("the app is no longer installed.");
        java.util.SortedSet<String> scopes = new java.util.TreeSet<>(grant.scopes());
        scopes.retainAll(install.get().scopes());
        return new Grant(grant.appId(), grant.companyId(), grant.locationId(), scopes, grant.userId());
    }

    /** One issued to another app reads like one that does not exist. */
    private static <T> Optional<T> usable(Optional<T> found, App app, java.util.function.Function<T, Grant> grant) {
        return found.filter(value -> grant.apply(value).appId().equals(app.id()));
    }

    /** {@code user_type} is optional; when sent it must be what the grant is for. */
    private static void requireUserType(InstallTarget userType, Grant grant) {
        if (userType != null && userType != grant.target()) {
            throw invalidGrant("the grant is for a " + grant.target().wireName() + ", not a " + userType.wireName()
                    + " (user_type).");
        }
    }

    private static InstallTarget userType(String value) {
        if (value == null || value.isEmpty()) return null;
        return InstallTarget.fromWire(value).orElseThrow(() -> new OAuthException(
                OAuthError.INVALID_REQUEST, "user_type must be one of the following values: Company, Location."));
    }

    private static String required(String value, String name) {
        if (value == null || value.isEmpty()) throw new OAuthException(OAuthError.INVALID_REQUEST, name + " is missing.");
        return value;
    }

    private static OAuthException invalidGrant(String problem) {
        return new OAuthException(OAuthError.INVALID_GRANT, "Invalid grant: " + problem);
    }
}
