package dev.stockroom.oauth;

import java.time.Instant;
import java.util.SortedSet;

/**
 * An app installed on a location, or on a company ({@code locationId} null: a Company app's agency install). A Company
 * app's install also approves some of the company's locations, each an install of its own with the same scopes and
 * user. {@code userId} stands for the person who approved it: Stockroom has no users, so it is an id made at the first
 * install and kept.
 */
public record Install(
        String appId, String companyId, String locationId, SortedSet<String> scopes, String userId, Instant installedAt) {
    public Install {
        scopes = ScopeNames.sorted(scopes);
    }
}
