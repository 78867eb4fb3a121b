package dev.stockroom.review;

import java.time.Instant;

/** A stored review of one product of a location, left in one store. */
public record Review(
        String id,
        String locationId,
        String productId,
        String storeId,
        ReviewDetails details,
        Instant createdAt,
        Instant updatedAt) {}
