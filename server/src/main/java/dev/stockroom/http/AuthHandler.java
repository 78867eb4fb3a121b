package dev.stockroom.http;

import dev.stockroom.auth.Principal;
import dev.stockroom.auth.TokenService;
import dev.stockroom.common.BadRequestException;
import dev.stockroom.common.UnauthorizedException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;

/**
 * Runs before every matched route that carries an {@link Access}: bearer token (401), {@code Version} header (400,
 * HighLevel's paths only), the route's scope and token type (401, with HighLevel's IAM wording). Routes without an
 * {@link Access} (health) pass.
 */
final class AuthHandler implements Handler {
    /** 2021-07-28 is documented; 2021-04-15 and 2023-02-21 are what HighLevel's clients send; v3 is the v3 spec. */
    static final Set<String> VERSIONS = Set.of("2021-07-28", "2021-04-15", "2023-02-21", "v3");

    static final String MISSING_SCOPE = "The token is not authorized for this scope.";
    static final String WRONG_TOKEN_TYPE =
            "This authClass type is not allowed to access this scope. Please reach out to the Platform team to get it"
                    + " added.";

    private final TokenService tokens;

    AuthHandler(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public void handle(Context ctx) {
        Access access = ctx.routeRoles().stream()
                .filter(Access.class::isInstance)
                .map(Access.class::cast)
                .findFirst()
                .orElse(null);
        if (access == null) return;
        Principal principal = tokens.authenticate(bearerToken(ctx.header("Authorization")));
        if (access.versionRequired()) requireVersion(ctx.header("Version"));
        if (access.scope() != null && !principal.scopes().contains(access.scope())) {
            throw new UnauthorizedException(MISSING_SCOPE);
        }
        if (!access.callers().contains(Access.Caller.of(principal))) throw new UnauthorizedException(WRONG_TOKEN_TYPE);
        ctx.attribute(Requests.PRINCIPAL, principal);
    }

    private static void requireVersion(String version) {
        if (version == null || version.isEmpty()) throw new BadRequestException("Version header was not found");
        if (!VERSIONS.contains(version)) {
            throw new BadRequestException("Version header must be one of: 2021-07-28, 2021-04-15, 2023-02-21, v3");
        }
    }

    private static String bearerToken(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        return header.substring(7).strip();
    }
}
