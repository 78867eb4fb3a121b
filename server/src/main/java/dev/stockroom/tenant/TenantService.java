package dev.stockroom.tenant;

import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.ShortIds;
import dev.stockroom.common.Transactions;
import java.time.Clock;

/** Creates companies (agencies) and locations (sub-accounts). */
public final class TenantService {
    private final TenantRepository tenants;
    private final Transactions transactions;
    private final Clock clock;

    public TenantService(TenantRepository tenants, Transactions transactions, Clock clock) {
        this.tenants = tenants;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Company createCompany(String name) {
        Company company = new Company(ShortIds.generate(), requireName(name), clock.instant());
        transactions.write(() -> tenants.insertCompany(company));
        return company;
    }

    public Location createLocation(String companyId, String name) {
        Location location = new Location(ShortIds.generate(), companyId, requireName(name), clock.instant());
        transactions.write(() -> {
            if (tenants.findCompany(companyId).isEmpty()) {
                throw new InvalidInputException("unknown company: " + companyId);
            }
            tenants.insertLocation(location);
        });
        return location;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) throw new InvalidInputException("name must not be empty");
        return name.strip();
    }
}
