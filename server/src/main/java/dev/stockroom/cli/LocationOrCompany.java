package dev.stockroom.cli;

import picocli.CommandLine.Option;

/** Exactly one of {@code --location} and {@code --company}: what a command acts on. */
final class LocationOrCompany {
    @Option(names = "--location", required = true, description = "Location (sub-account) id.")
    String locationId;

    @Option(names = "--company", required = true, description = "Company (agency) id.")
    String companyId;
}
