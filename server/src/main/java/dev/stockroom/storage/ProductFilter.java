package dev.stockroom.storage;

import dev.stockroom.common.Texts;
import dev.stockroom.product.ProductQuery;
import java.util.List;

/** The WHERE clauses over products (alias {@code p}) shared by product lists and store stats. */
final class ProductFilter {
    private static final Dialect.TrigramIndex NAME_INDEX = new Dialect.TrigramIndex("products_name_fts", "p.seq");

    private ProductFilter() {}

    /** Every filter of {@code GET /products/}, and bulk updates' productType. */
    static SqlFilter of(Dialect dialect, String locationId, ProductQuery query) {
        SqlFilter filter = searching(dialect, locationId, query.search(), query.collectionIds());
        if (query.availableInStore() != null) {
            filter.where("p.available_in_store = :availableInStore", "availableInStore", query.availableInStore() ? 1 : 0);
        }
        if (query.productType() != null) {
            // Only bulk updates filter on it: the document's field, read on the location's rows, needs no column.
            filter.where(dialect.jsonText("p.details", "productType") + " = :productType", "productType",
                    query.productType().name());
        }
        if (!query.productIds().isEmpty()) {
            filter.whereIn("p.id IN :productIds", "productIds", query.productIds());
        }
        if (query.collectionSlug() != null && !query.collectionSlug().isEmpty()) {
            filter.where(
                    "EXISTS (SELECT 1 FROM product_collections f JOIN collections c ON c.location_id = f.location_id"
                            + " AND c.id = f.collection_id WHERE f.location_id = p.location_id AND f.product_id = p.id"
                            + " AND c.slug = :collectionSlug)",
                    "collectionSlug",
                    query.collectionSlug());
        }
        if (query.storeId() != null && query.includedInStore() != null) {
            filter.where(
                    (query.includedInStore() ? "" : "NOT ") + includedIn(":storeId"), "storeId", query.storeId());
        }
        return filter;
    }

    /**
     * The location's products whose name contains {@code search} (through the trigram index) and that are in one of
     * {@code collectionIds}.
     */
    static SqlFilter searching(Dialect dialect, String locationId, String search, List<String> collectionIds) {
        SqlFilter filter = new SqlFilter().where("p.location_id = :locationId", "locationId", locationId);
        if (search != null && !search.isEmpty()) {
            dialect.whereContains(filter, "p.name_folded", Texts.fold(search), NAME_INDEX);
        }
        if (!collectionIds.isEmpty()) {
            filter.whereIn(
                    "EXISTS (SELECT 1 FROM product_collections f WHERE f.location_id = p.location_id"
                            + " AND f.product_id = p.id AND f.collection_id IN :collectionIds)",
                    "collectionIds",
                    collectionIds);
        }
        return filter;
    }

    /** "Product p is included in the store named by {@code storeParameter}", one lookup in the store's unique key. */
    static String includedIn(String storeParameter) {
        return "EXISTS (SELECT 1 FROM store_products s WHERE s.location_id = p.location_id AND s.store_id = "
                + storeParameter + " AND s.product_id = p.id AND s.included = 1)";
    }
}
