package dev.stockroom.collection;

import dev.stockroom.common.PageRequest;
import java.util.List;

/** Filters of {@code GET /products/collections}; {@code name} is a case-insensitive substring. */
public record CollectionQuery(List<String> collectionIds, String name, PageRequest page) {
    public CollectionQuery {
        collectionIds = List.copyOf(collectionIds);
    }
}
