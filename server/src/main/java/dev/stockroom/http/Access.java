package dev.stockroom.http;

import dev.stockroom.auth.Scope;
import io.javalin.security.RouteRole;

/** What a route requires of a token: a scope, and whether agency (company) tokens may call it. */
record Access(Scope scope, boolean agencyAllowed) implements RouteRole {
    static Access locationOrAgency(Scope scope) {
        return new Access(scope, true);
    }

    static Access locationOnly(Scope scope) {
        return new Access(scope, false);
    }
}
