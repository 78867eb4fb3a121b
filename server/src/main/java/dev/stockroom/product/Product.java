package dev.stockroom.product;

import java.time.Instant;
import java.util.List;

/** A stored product: its details, the collections it belongs to, and server-kept times. */
public record Product(
        String id,
        String locationId,
        ProductDetails details,
        List<String> collectionIds,
        Instant createdAt,
        Instant updatedAt) {
    public Product {
        collectionIds = List.copyOf(collectionIds);
    }
}
