package dev.stockroom.auth;

import java.util.Objects;
import java.util.Set;

/** The caller behind a valid token. {@code locationId} is null for company (agency) tokens. */
public record Principal(TokenType type, String companyId, String locationId, Set<Scope> scopes) {
    public Principal {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(companyId, "companyId");
        if (type == TokenType.LOCATION) Objects.requireNonNull(locationId, "locationId");
        scopes = Set.copyOf(scopes);
    }
}
