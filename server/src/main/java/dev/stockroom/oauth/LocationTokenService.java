package dev.stockroom.oauth;

import dev.stockroom.auth.Principal;
import dev.stockroom.common.BadRequestException;
import dev.stockroom.common.ForbiddenException;
import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.Transactions;
import dev.stockroom.tenant.TenantRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /oauth/locationToken}: an app's agency token gets a location token for a location of its company that
 * the app is installed on, with the install's scopes. No refresh token: the agency token asks again.
 */
public final class LocationTokenService {
    private final AppRepository apps;
    private final InstallRepository installs;
    private final TenantRepository tenants;
    private final TokenIssuer issuer;
    private final Transactions transactions;

    public LocationTokenService(OAuthStore store, OAuthLifetimes lifetimes, Clock clock) {
        this.apps = store.apps();
        this.installs = store.installs();
        this.tenants = store.tenants();
        this.issuer = new TokenIssuer(store, lifetimes, clock);
        this.transactions = store.transactions();
    }

    /** {@code agency} is an app's company token (the route lets no other through). */
    public IssuedTokens issue(Principal agency, String companyId, String locationId) {
        List<String> problems = new ArrayList<>();
        if (companyId == null || companyId.isEmpty()) problems.add("companyId should not be empty");
        if (locationId == null || locationId.isEmpty()) problems.add("locationId should not be empty");
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        if (!companyId.equals(agency.companyId())) throw new ForbiddenException(ForbiddenException.NO_COMPANY_ACCESS);
        return transactions.write(() -> {
            boolean ofCompany = tenants.findLocation(locationId)
                    .filter(location -> location.companyId().equals(companyId))
                    .isPresent();
            if (!ofCompany) throw new ForbiddenException(ForbiddenException.NO_LOCATION_ACCESS);
            Install install = installs.findLocationInstall(agency.appId(), locationId)
                    .orElseThrow(() -> new BadRequestException("The app is not installed on this location"));
            App app = apps.findById(agency.appId()).orElseThrow();
            Grant grant = new Grant(app.id(), companyId, locationId, install.scopes(), install.userId());
            return issuer.issue(app, grant, false);
        });
    }
}
