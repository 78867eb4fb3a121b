package dev.stockroom.auth;

import dev.stockroom.common.ForbiddenException;
import dev.stockroom.common.Transactions;
import dev.stockroom.tenant.TenantRepository;

/**
 * Which location a request may act on. A location token reaches its own location only; an agency token reaches the
 * locations of its company, and an app's agency token only those of them its install approved. Every refusal reads
 * the same, so it reveals nothing about other tenants.
 */
public final class AccessPolicy {
    private final TenantRepository tenants;
    private final AppLocations appLocations;
    private final Transactions transactions;

    public AccessPolicy(TenantRepository tenants, AppLocations appLocations, Transactions transactions) {
        this.tenants = tenants;
        this.appLocations = appLocations;
        this.transactions = transactions;
    }

    /** The location the request asked for, once the principal is known to reach it. */
    public String authorizeLocation(Principal principal, String requestedLocationId) {
        boolean allowed = switch (principal.type()) {
            case LOCATION -> principal.locationId().equals(requestedLocationId);
            case COMPANY -> transactions.read(() -> tenants.findLocation(requestedLocationId)
                    .filter(location -> location.companyId().equals(principal.companyId()))
                    .filter(location -> principal.appId() == null
                            || appLocations.isApproved(principal.appId(), location.id()))
                    .isPresent());
        };
        if (!allowed) throw new ForbiddenException(ForbiddenException.NO_LOCATION_ACCESS);
        return requestedLocationId;
    }
}
