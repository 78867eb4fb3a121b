package dev.stockroom.collection;

import java.time.Instant;

/**
 * A stored collection; {@code productCount} is read from the memberships, never stored apart from them.
 * {@code smartRules} is null for a collection that was never smart.
 */
public record Collection(
        String id,
        String locationId,
        CollectionDetails details,
        long productCount,
        Instant createdAt,
        Instant updatedAt,
        SmartRules smartRules) {

    public boolean isSmart() {
        return details.type() == CollectionType.SMART;
    }
}
