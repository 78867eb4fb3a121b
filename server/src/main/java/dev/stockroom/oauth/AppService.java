package dev.stockroom.oauth;

import dev.stockroom.auth.Scope;
import dev.stockroom.auth.Secrets;
import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.common.ShortIds;
import dev.stockroom.common.Transactions;
import dev.stockroom.tenant.Location;
import dev.stockroom.tenant.TenantRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Registers marketplace apps and uninstalls them. */
public final class AppService {
    private final AppRepository apps;
    private final InstallRepository installs;
    private final TenantRepository tenants;
    private final Uninstaller uninstaller;
    private final Transactions transactions;
    private final Clock clock;

    public AppService(OAuthStore store, Clock clock) {
        this.apps = store.apps();
        this.installs = store.installs();
        this.tenants = store.tenants();
        this.uninstaller = new Uninstaller(store);
        this.transactions = store.transactions();
        this.clock = clock;
    }

    /**
     * Registers an app of {@code draft.companyId()}. {@code grantable}: the Products scopes the app may ask for (see
     * {@link AppRules#problems}). Returns it with its client secret, which is stored hashed and never shown again.
     */
    public NewApp create(AppDraft draft, Set<Scope> grantable) {
        List<String> problems = AppRules.problems(draft, grantable);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Instant now = clock.instant();
        String id = ObjectIds.generate(now);
        // HighLevel's client ids are the app id, a hyphen and a short lowercase suffix; its secrets are UUIDs.
        String clientId = id + "-" + ShortIds.generate().substring(0, 8).toLowerCase(Locale.ROOT);
        String secret = UUID.randomUUID().toString();
        InstallTarget target = draft.target() == null
                ? InstallTarget.LOCATION
                : InstallTarget.fromWire(draft.target()).orElseThrow();
        App app = new App(id, clientId, Secrets.hash(secret), draft.companyId(), draft.name().strip(), target,
                draft.redirectUris(), ScopeNames.sorted(draft.scopes()), ObjectIds.generate(now), now);
        transactions.write(() -> {
            if (tenants.findCompany(draft.companyId()).isEmpty()) {
                throw new InvalidInputException("unknown company: " + draft.companyId());
            }
            apps.insert(app);
        });
        return new NewApp(app, secret);
    }

    /** Uninstalls the app from a location and revokes its tokens there; returns how many tokens and codes. */
    public int uninstallFromLocation(String clientId, String locationId) {
        return transactions.write(() -> {
            App app = app(clientId);
            Location location = tenants.findLocation(locationId)
                    .orElseThrow(() -> new InvalidInputException("unknown location: " + locationId));
            if (installs.findLocationInstall(app.id(), locationId).isEmpty()) {
                throw new InvalidInputException("the app is not installed on location " + locationId);
            }
            return uninstaller.fromLocation(app.id(), location.companyId(), locationId);
        });
    }

    /** Uninstalls the app from a company and all its locations, revoking every token; returns how many. */
    public int uninstallFromCompany(String clientId, String companyId) {
        return transactions.write(() -> {
            App app = app(clientId);
            if (tenants.findCompany(companyId).isEmpty()) {
                throw new InvalidInputException("unknown company: " + companyId);
            }
            if (installs.findCompanyInstall(app.id(), companyId).isEmpty()
                    && installs.installedLocationIds(app.id(), companyId).isEmpty()) {
                throw new InvalidInputException("the app is not installed in company " + companyId);
            }
            return uninstaller.fromCompany(app.id(), companyId);
        });
    }

    private App app(String clientId) {
        return apps.findByClientId(clientId)
                .orElseThrow(() -> new InvalidInputException("unknown client id: " + clientId));
    }
}
