package dev.stockroom.product;

import dev.stockroom.common.PageRequest;
import java.util.List;

/**
 * The filters of {@code GET /products/} and of bulk updates. Null or empty filters do not filter. {@code search} is
 * matched as a case-insensitive substring of the name. {@code page} is null for a selection of every match.
 */
public record ProductQuery(
        String search,
        List<String> collectionIds,
        String collectionSlug,
        List<String> productIds,
        Boolean availableInStore,
        ProductType productType,
        SortOrder sortOrder,
        PageRequest page) {
    public ProductQuery {
        collectionIds = List.copyOf(collectionIds);
        productIds = List.copyOf(productIds);
    }
}
