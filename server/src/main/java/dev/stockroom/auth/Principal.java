package dev.stockroom.auth;

import java.util.Objects;
import java.util.Set;

/**
 * The caller behind a valid token. {@code locationId} is null for company (agency) tokens; {@code appId} names the
 * marketplace app an OAuth token was issued to, and is null for Private Integration Tokens.
 */
public record Principal(TokenType type, String companyId, String locationId, Set<Scope> scopes, String appId) {
    public Principal {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(companyId, "companyId");
        if (type == TokenType.LOCATION) Objects.requireNonNull(locationId, "locationId");
        scopes = Set.copyOf(scopes);
    }

    /** A Private Integration Token's caller. */
    public Principal(TokenType type, String companyId, String locationId, Set<Scope> scopes) {
        this(type, companyId, locationId, scopes, null);
    }
}
