package dev.stockroom.collection;

import java.time.Instant;

/** A stored collection; {@code productCount} is read from the memberships, never stored apart from them. */
public record Collection(
        String id, String locationId, CollectionDetails details, long productCount, Instant createdAt, Instant updatedAt) {}
