package dev.stockroom.oauth;

import dev.stockroom.tenant.Company;
import java.util.SortedSet;

/**
 * A checked authorization request: a registered app, one of its redirect URIs, scopes it may ask for, and the
 * {@code state} to hand back (null when the app sent none). {@code company} owns the app: its locations are the ones
 * the page offers.
 */
public record AuthorizationRequest(App app, Company company, String redirectUri, SortedSet<String> scopes, String state) {
    public AuthorizationRequest {
        scopes = ScopeNames.sorted(scopes);
    }
}
