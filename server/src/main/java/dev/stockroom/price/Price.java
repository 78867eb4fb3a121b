package dev.stockroom.price;

import java.time.Instant;

/** A stored price of one product. */
public record Price(
        String id, String locationId, String productId, PriceDetails details, Instant createdAt, Instant updatedAt) {}
