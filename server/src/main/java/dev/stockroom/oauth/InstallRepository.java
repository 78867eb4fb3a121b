package dev.stockroom.oauth;

import java.util.List;
import java.util.Optional;

/** Where apps are installed. */
public interface InstallRepository {
    Optional<Install> findCompanyInstall(String appId, String companyId);

    Optional<Install> findLocationInstall(String appId, String locationId);

    /** Inserts the install, or replaces the scopes of the one already there (keeping its user and time). */
    void saveCompanyInstall(Install install);

    /** Inserts the install, or replaces the scopes of the one already there (keeping its user and time). */
    void saveLocationInstall(Install install);

    boolean deleteCompanyInstall(String appId, String companyId);

    boolean deleteLocationInstall(String appId, String locationId);

    /** The ids of the company's locations the app is installed on, in id order. */
    List<String> installedLocationIds(String appId, String companyId);

    /** Every location of the company, installed on or not, in no particular order. */
    List<InstalledLocation> locationsOfCompany(String appId, String companyId);
}
