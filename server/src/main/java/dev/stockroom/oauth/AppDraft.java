package dev.stockroom.oauth;

import java.util.List;

/**
 * An app to register, as given: {@code target} is a wire name ({@code Location}, the default when null, or
 * {@code Company}); {@link AppRules} lists what is wrong with it.
 */
public record AppDraft(String companyId, String name, String target, List<String> redirectUris, List<String> scopes) {
    public AppDraft {
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }
}
