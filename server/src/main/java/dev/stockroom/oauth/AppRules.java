package dev.stockroom.oauth;

import dev.stockroom.auth.Scope;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What makes an app registrable, every violation listed at once in class-validator's words. */
public final class AppRules {
    static final int MAX_NAME = 255;
    static final int MAX_URI = 2048;
    static final int MAX_REDIRECT_URIS = 10;
    static final int MAX_SCOPES = 100;

    private AppRules() {}

    /**
     * The problems of {@code draft}. {@code grantable} are the Products scopes whoever registers it holds: an app may
     * not ask for more of them, so that registering an app never widens what its owner can reach.
     */
    public static List<String> problems(AppDraft draft, Set<Scope> grantable) {
        List<String> problems = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) problems.add("name should not be empty");
        else if (draft.name().length() > MAX_NAME) problems.add("name must be shorter than or equal to 255 characters");
        if (draft.target() != null && InstallTarget.fromWire(draft.target()).isEmpty()) {
            problems.add("target must be one of the following values: Location, Company");
        }
        redirectUriProblems(draft.redirectUris(), problems);
        scopeProblems(draft.scopes(), grantable, problems);
        return problems;
    }

    private static void redirectUriProblems(List<String> uris, List<String> problems) {
        if (uris.isEmpty()) problems.add("redirectUris should not be empty");
        if (uris.size() > MAX_REDIRECT_URIS) problems.add("redirectUris must contain no more than 10 elements");
        if (new HashSet<>(uris).size() < uris.size()) problems.add("All redirectUris's elements must be unique");
        for (int i = 0; i < uris.size(); i++) {
            String uri = uris.get(i);
            if (uri == null || uri.length() > MAX_URI || !isRedirectUri(uri)) {
                problems.add("redirectUris." + i + " must be an absolute http or https URL without a fragment, of at"
                        + " most 2048 characters");
            }
        }
    }

    /** RFC 6749 3.1.2: absolute, no fragment. Plain http is allowed: apps under development listen on localhost. */
    static boolean isRedirectUri(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void scopeProblems(List<String> scopes, Set<Scope> grantable, List<String> problems) {
        if (scopes.isEmpty()) problems.add("scopes should not be empty");
        if (scopes.size() > MAX_SCOPES) problems.add("scopes must contain no more than 100 elements");
        for (int i = 0; i < scopes.size(); i++) {
            String name = scopes.get(i);
            if (!ScopeNames.isValid(name)) {
                problems.add("scopes." + i + " must be a scope name such as products.readonly");
                continue;
            }
            Optional<Scope> served = Scope.fromWire(name);
            if (served.isPresent() && !served.get().appOnly() && !grantable.contains(served.get())) {
                problems.add("scopes." + i + " names " + name + ", which the registering token does not hold");
            }
        }
    }
}
