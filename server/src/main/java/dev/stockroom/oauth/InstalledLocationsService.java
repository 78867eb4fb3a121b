package dev.stockroom.oauth;

import dev.stockroom.auth.Principal;
import dev.stockroom.common.BadRequestException;
import dev.stockroom.common.ForbiddenException;
import dev.stockroom.common.Texts;
import dev.stockroom.common.Transactions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code GET /oauth/installedLocations}: the locations of the agency token's company, each with whether its app is
 * installed there. The company's locations are read in one indexed query and filtered here, so the cost grows with
 * the company's locations, not with the installation.
 */
public final class InstalledLocationsService {
    private static final String NO_APP_ACCESS = "The token does not have access to this app.";

    private final AppRepository apps;
    private final InstallRepository installs;
    private final Transactions transactions;

    public InstalledLocationsService(OAuthStore store) {
        this.apps = store.apps();
        this.installs = store.installs();
        this.transactions = store.transactions();
    }

    /**
     * Filters by name, id and install; sorted by name, then id. Stockroom has no trials and no plans: {@code onTrial}
     * true or any {@code planId} matches no location.
     */
    public InstalledLocationsPage list(Principal agency, InstalledLocationsQuery query) {
        if (!query.companyId().equals(agency.companyId())) {
            throw new ForbiddenException(ForbiddenException.NO_COMPANY_ACCESS);
        }
        if (!query.appId().equals(agency.appId())) throw new ForbiddenException(NO_APP_ACCESS);
        return transactions.read(() -> {
            App app = apps.findById(agency.appId()).orElseThrow();
            if (query.versionId() != null && !query.versionId().equals(app.versionId())) {
                throw new BadRequestException("versionId is not a version of this app");
            }
            List<InstalledLocation> matching = installs.locationsOfCompany(app.id(), query.companyId()).stream()
                    .filter(location -> query.locationId() == null || location.locationId().equals(query.locationId()))
                    .filter(location -> query.nameContains() == null
                            || Texts.fold(location.name()).contains(query.nameContains()))
                    .filter(location -> query.installed() == null || location.installed() == query.installed())
                    .filter(location -> !Boolean.TRUE.equals(query.onTrial()) && query.planId() == null)
                    .sorted(Comparator.comparing((InstalledLocation location) -> Texts.fold(location.name()))
                            .thenComparing(InstalledLocation::locationId))
                    .toList();
            Stream<InstalledLocation> page =
                    matching.stream().skip(query.page().offset()).limit(query.page().limit());
            return new InstalledLocationsPage(app, page.toList(), matching.size());
        });
    }
}
