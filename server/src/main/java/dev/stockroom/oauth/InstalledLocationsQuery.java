package dev.stockroom.oauth;

import dev.stockroom.common.PageRequest;

/**
 * The filters of {@code GET /oauth/installedLocations}; null means not filtered. {@code nameContains} is already
 * case-folded.
 */
public record InstalledLocationsQuery(
        String companyId,
        String appId,
        String versionId,
        String locationId,
        String nameContains,
        Boolean installed,
        Boolean onTrial,
        String planId,
        PageRequest page) {}
