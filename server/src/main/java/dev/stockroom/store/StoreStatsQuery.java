package dev.stockroom.store;

import java.util.List;

/**
 * Which products the stats count: {@code search} is a case-insensitive substring of the name; empty filters do not
 * filter.
 */
public record StoreStatsQuery(String search, List<String> collectionIds) {
    public StoreStatsQuery {
        collectionIds = List.copyOf(collectionIds);
    }
}
