package dev.stockroom.product;

import dev.stockroom.common.PageRequest;
import java.util.List;

/**
 * The filters of {@code GET /products/} and of bulk updates. Null or empty filters do not filter. {@code search} is
 * matched as a case-insensitive substring of the name. With a {@code storeId}, products come in that store's display
 * order, and {@code includedInStore} keeps those included in it (true) or those not included (false). {@code page} is
 * null for a selection of every match.
 */
public record ProductQuery(
        String search,
        List<String> collectionIds,
        String collectionSlug,
        List<String> productIds,
        Boolean availableInStore,
        ProductType productType,
        String storeId,
        Boolean includedInStore,
        SortOrder sortOrder,
        PageRequest page) {
    public ProductQuery {
        collectionIds = List.copyOf(collectionIds);
        productIds = List.copyOf(productIds);
    }
}
