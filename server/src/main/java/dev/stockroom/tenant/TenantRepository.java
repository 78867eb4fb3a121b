package dev.stockroom.tenant;

import java.util.List;
import java.util.Optional;

/** Companies and their locations. */
public interface TenantRepository {
    void insertCompany(Company company);

    void insertLocation(Location location);

    Optional<Company> findCompany(String companyId);

    Optional<Location> findLocation(String locationId);

    /** The company's locations, oldest first. */
    List<Location> listLocations(String companyId);

    boolean anyCompanyExists();

    /** Holds off other nodes' first-start setup until this transaction ends (one bootstrap per database). */
    void lockForBootstrap();
}
