package dev.stockroom.http;

import dev.stockroom.auth.Scope;
import io.javalin.security.RouteRole;

/**
 * What a route requires of a token: a scope, whether agency (company) tokens may call it, and whether the request must
 * carry HighLevel's {@code Version} header (HighLevel's paths do; Stockroom's own do not).
 */
record Access(Scope scope, boolean agencyAllowed, boolean versionRequired) implements RouteRole {
    static Access locationOrAgency(Scope scope) {
        return new Access(scope, true, true);
    }

    static Access locationOnly(Scope scope) {
        return new Access(scope, false, true);
    }

    /** A Stockroom-only path acting on a location's data: a location token with the scope, no Version header. */
    static Access stockroomLocationOnly(Scope scope) {
        return new Access(scope, false, false);
    }
}
