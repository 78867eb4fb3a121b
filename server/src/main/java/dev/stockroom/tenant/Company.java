package dev.stockroom.tenant;

import java.time.Instant;

/** An agency: it owns locations. */
public record Company(String id, String name, Instant createdAt) {}
