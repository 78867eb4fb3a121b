package dev.stockroom.auth;

import dev.stockroom.common.ForbiddenException;
import dev.stockroom.common.Transactions;
import dev.stockroom.tenant.TenantRepository;

/**
 * Which location a request may act on. A location token reaches its own location only; an agency token reaches the
 * locations of its company. Every refusal reads the same, so it reveals nothing about other tenants.
 */
public final class AccessPolicy {
    private final TenantRepository tenants;
    private final Transactions transactions;

    public AccessPolicy(TenantRepository tenants, Transactions transactions) {
        this.tenants = tenants;
        this.transactions = transactions;
    }

    /** The location the request asked for, once the principal is known to reach it. */
    public String authorizeLocation(Principal principal, String requestedLocationId) {
        boolean allowed = switch (principal.type()) {
            case LOCATION -> principal.locationId().equals(requestedLocationId);
            case COMPANY -> transactions
                    .read(() -> tenants.findLocation(requestedLocationId))
                    .filter(location -> location.companyId().equals(principal.companyId()))
                    .isPresent();
        };
        if (!allowed) throw new ForbiddenException(ForbiddenException.NO_LOCATION_ACCESS);
        return requestedLocationId;
    }
}
