package dev.stockroom.http;

import dev.stockroom.auth.Principal;
import dev.stockroom.auth.Scope;
import dev.stockroom.auth.TokenType;
import io.javalin.security.RouteRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a route requires of a token: a scope (none for Stockroom's app registration, which only an agency may call),
 * which kinds of token may call it, and whether the request must carry HighLevel's {@code Version} header (HighLevel's
 * paths do; Stockroom's own do not).
 */
record Access(Scope scope, Set<Caller> callers, boolean versionRequired) implements RouteRole {
    /** The kinds of token, as HighLevel's security schemes tell them apart. */
    enum Caller {
        /** A location (sub-account) token: a Private Integration Token or an app's. */
        LOCATION,
        /** An agency Private Integration Token. */
        AGENCY,
        /** An app's agency token, from the OAuth flow ("generated with user type as Agency"). */
        APP_AGENCY;

        static Caller of(Principal principal) {
            if (principal.type() == TokenType.LOCATION) return LOCATION;
            return principal.appId() == null ? AGENCY : APP_AGENCY;
        }
    }

    Access {
        callers = Set.copyOf(callers);
    }

    static Access locationOrAgency(Scope scope) {
        return new Access(scope, EnumSet.allOf(Caller.class), true);
    }

    static Access locationOnly(Scope scope) {
        return new Access(scope, EnumSet.of(Caller.LOCATION), true);
    }

    /** HighLevel's {@code Agency-Access-Only}: "the Access Token generated with user type as Agency". */
    static Access appAgencyOnly(Scope scope) {
        return new Access(scope, EnumSet.of(Caller.APP_AGENCY), true);
    }

    /** A Stockroom-only path acting on a location's data: a location token with the scope, no Version header. */
    static Access stockroomLocationOnly(Scope scope) {
        return new Access(scope, EnumSet.of(Caller.LOCATION), false);
    }

    /** A Stockroom-only path acting for a company: its agency Private Integration Token, any scope. */
    static Access stockroomAgencyOnly() {
        return new Access(null, EnumSet.of(Caller.AGENCY), false);
    }
}
