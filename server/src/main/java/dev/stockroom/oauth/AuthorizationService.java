package dev.stockroom.oauth;

import dev.stockroom.auth.Secrets;
import dev.stockroom.common.ShortIds;
import dev.stockroom.common.Transactions;
import dev.stockroom.tenant.Company;
import dev.stockroom.tenant.Location;
import dev.stockroom.tenant.TenantRepository;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The authorization step (RFC 6749 4.1.1): checks what an app's install link asks for, lists the locations to choose
 * from, and on approval installs the app and answers the redirect that carries a single-use code. Every refusal is an
 * {@link OAuthException} that the page shows: a request that fails its checks is never redirected anywhere.
 */
public final class AuthorizationService {
    /** Longer than any app's {@code state}; bounds what is echoed into the redirect. */
    static final int MAX_STATE = 2048;

    private final AppRepository apps;
    private final InstallRepository installs;
    private final GrantRepository grants;
    private final TenantRepository tenants;
    private final Uninstaller uninstaller;
    private final Transactions transactions;
    private final OAuthLifetimes lifetimes;
    private final Clock clock;

    public AuthorizationService(OAuthStore store, OAuthLifetimes lifetimes, Clock clock) {
        this.apps = store.apps();
        this.installs = store.installs();
        this.grants = store.grants();
        this.tenants = store.tenants();
        this.uninstaller = new Uninstaller(store);
        this.transactions = store.transactions();
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    /** Checks the request's parameters, as sent in the install link (or echoed by the page's form). */
    public AuthorizationRequest check(
            String responseType, String clientId, String redirectUri, String scope, String state) {
        if (clientId == null || clientId.isEmpty()) throw refused(OAuthError.INVALID_REQUEST, "client_id is missing.");
        App app = transactions.read(() -> apps.findByClientId(clientId)).orElseThrow(() -> refused(
                OAuthError.INVALID_REQUEST, "No app is registered with client_id " + clientId + "."));
        String target = chooseRedirectUri(app, redirectUri);
        if (!"code".equals(responseType)) {
            throw refused(OAuthError.UNSUPPORTED_RESPONSE_TYPE, "response_type must be code.");
        }
        SortedSet<String> scopes = ScopeNames.parse(scope);
        if (scopes.isEmpty()) throw refused(OAuthError.INVALID_SCOPE, "scope is missing: the link must name the scopes"
                + " the app asks for, separated by spaces.");
        SortedSet<String> notAllowed = new TreeSet<>(scopes);
        notAllowed.removeAll(app.scopes());
        if (!notAllowed.isEmpty()) {
            throw refused(OAuthError.INVALID_SCOPE, "The app may not ask for " + String.join(", ", notAllowed)
                    + ". It was registered with: " + String.join(", ", app.scopes()) + ".");
        }
        if (state != null && state.length() > MAX_STATE) {
            throw refused(OAuthError.INVALID_REQUEST, "state is longer than " + MAX_STATE + " characters.");
        }
        Company company = transactions.read(() -> tenants.findCompany(app.companyId())).orElseThrow();
        return new AuthorizationRequest(app, company, target, scopes, state);
    }

    /** RFC 6749 3.1.2.3: the one registered, when the link names none; else exactly one of those registered. */
    private static String chooseRedirectUri(App app, String redirectUri) {
        if (redirectUri == null || redirectUri.isEmpty()) {
            if (app.redirectUris().size() == 1) return app.redirectUris().get(0);
            throw refused(OAuthError.INVALID_REQUEST, "redirect_uri is missing, and the app registered several.");
        }
        if (!app.redirectUris().contains(redirectUri)) {
            throw refused(OAuthError.INVALID_REQUEST, "redirect_uri " + redirectUri + " is not registered for this"
                    + " app. Registered: " + String.join(", ", app.redirectUris()) + ".");
        }
        return redirectUri;
    }

    /** The locations the page offers: those of the company that owns the app, oldest first. */
    public List<Location> locations(AuthorizationRequest request) {
        return transactions.read(() -> tenants.listLocations(request.company().id()));
    }

    /** For a Company app: the locations its agency install approves now, which the page shows ticked. */
    public Set<String> approvedLocations(AuthorizationRequest request) {
        return transactions.read(() -> new TreeSet<>(
                installs.installedLocationIds(request.app().id(), request.company().id())));
    }

    /**
     * Installs the app and returns where to send the browser: the redirect URI with a new code. For a Location app,
     * {@code locationIds} holds the one chosen location; for a Company app, the locations the agency install approves
     * (possibly none), which replace those approved before: a location no longer approved is uninstalled.
     */
    public String approve(AuthorizationRequest request, Collection<String> locationIds) {
        App app = request.app();
        String code = Secrets.generate();
        transactions.write(() -> {
            Set<String> chosen = companyLocations(request, locationIds);
            Grant grant = app.target() == InstallTarget.LOCATION
                    ? installOnLocation(request, onlyOne(chosen))
                    : installOnCompany(request, chosen);
            Instant now = clock.instant();
            grants.insertCode(Secrets.hash(code),
                    new AuthorizationCode(grant, request.redirectUri(), now.plus(lifetimes.code())), now);
        });
        return redirect(request, "code=" + encode(code));
    }

    /** Where to send the browser when the person declines (RFC 6749 4.1.2.1). Nothing is installed. */
    public String deny(AuthorizationRequest request) {
        return redirect(request, "error=access_denied");
    }

    private Set<String> companyLocations(AuthorizationRequest request, Collection<String> locationIds) {
        Set<String> chosen = new TreeSet<>();
        for (String locationId : locationIds) {
            Optional<Location> location = tenants.findLocation(locationId)
                    .filter(found -> found.companyId().equals(request.company().id()));
            if (location.isEmpty()) {
                throw refused(OAuthError.INVALID_REQUEST, "Choose among the locations of " + request.company().name()
                        + ".");
            }
            chosen.add(location.get().id());
        }
        return chosen;
    }

    private static String onlyOne(Set<String> chosen) {
        if (chosen.size() != 1) throw refused(OAuthError.INVALID_REQUEST, "Choose one location to install the app on.");
        return chosen.iterator().next();
    }

    private Grant installOnLocation(AuthorizationRequest request, String locationId) {
        String appId = request.app().id();
        Install install = installs.findLocationInstall(appId, locationId)
                .map(existing -> withScopes(existing, request.scopes()))
                .orElseGet(() -> newInstall(request, locationId, ShortIds.generate()));
        installs.saveLocationInstall(install);
        return new Grant(appId, install.companyId(), locationId, install.scopes(), install.userId());
    }

    private Grant installOnCompany(AuthorizationRequest request, Set<String> approved) {
        String appId = request.app().id();
        String companyId = request.company().id();
        Install install = installs.findCompanyInstall(appId, companyId)
                .map(existing -> withScopes(existing, request.scopes()))
                .orElseGet(() -> newInstall(request, null, ShortIds.generate()));
        installs.saveCompanyInstall(install);
        List<String> dropped = new ArrayList<>(installs.installedLocationIds(appId, companyId));
        dropped.removeAll(approved);
        for (String locationId : dropped) uninstaller.fromLocation(appId, companyId, locationId);
        for (String locationId : approved) {
            installs.saveLocationInstall(installs.findLocationInstall(appId, locationId)
                    .map(existing -> withScopes(existing, install.scopes()))
                    .orElseGet(() -> new Install(appId, companyId, locationId, install.scopes(), install.userId(),
                            clock.instant())));
        }
        return new Grant(appId, companyId, null, install.scopes(), install.userId());
    }

    private Install newInstall(AuthorizationRequest request, String locationId, String userId) {
        return new Install(request.app().id(), request.company().id(), locationId, request.scopes(), userId,
                clock.instant());
    }

    private static Install withScopes(Install install, SortedSet<String> scopes) {
        return new Install(install.appId(), install.companyId(), install.locationId(), scopes, install.userId(),
                install.installedAt());
    }

    private static String redirect(AuthorizationRequest request, String parameters) {
        String uri = request.redirectUri();
        String state = request.state() == null ? "" : "&state=" + encode(request.state());
        return uri + (uri.contains("?") ? "&" : "?") + parameters + state;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static OAuthException refused(OAuthError error, String description) {
        return new OAuthException(error, description);
    }
}
