package dev.stockroom.oauth;

import java.util.List;

/** One page of a company's locations with the app's install on each, and how many match in all. */
public record InstalledLocationsPage(App app, List<InstalledLocation> locations, long count) {
    public InstalledLocationsPage {
        locations = List.copyOf(locations);
    }
}
