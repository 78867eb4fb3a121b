package dev.stockroom.tenant;

import java.util.Optional;

/** Companies and their locations. */
public interface TenantRepository {
    void insertCompany(Company company);

    void insertLocation(Location location);

    Optional<Company> findCompany(String companyId);

    Optional<Location> findLocation(String locationId);

    boolean anyCompanyExists();

    /** Holds off other nodes' first-start setup until this transaction ends (one bootstrap per database). */
    void lockForBootstrap();
}
