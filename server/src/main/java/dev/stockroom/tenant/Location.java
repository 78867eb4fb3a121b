package dev.stockroom.tenant;

import java.time.Instant;

/** A sub-account of a company; every catalog item belongs to one location. */
public record Location(String id, String companyId, String name, Instant createdAt) {}
