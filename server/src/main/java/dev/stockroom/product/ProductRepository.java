package dev.stockroom.product;

import dev.stockroom.common.Page;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Products and their collection memberships, always scoped by location. */
public interface ProductRepository {
    Optional<Product> findById(String locationId, String productId);

    Optional<Product> findBySlug(String locationId, String slug);

    Page<Product> list(String locationId, ProductQuery query);

    /**
     * Ids of every product the query's filters match, in id order, locked for update in a write transaction; the
     * query's page and order are ignored. Any number of {@code productIds}.
     */
    List<String> selectIds(String locationId, ProductQuery query);

    /** The location's products with these ids, locked for update in a write transaction; unknown ids are absent. */
    Map<String, Product> findByIds(String locationId, Collection<String> productIds);

    /** The id of the location's product that has this slug, if any. */
    Optional<String> slugOwner(String locationId, String slug);

    void insert(Product product);

    void update(Product product);

    /** Updates many products in batched statements (their memberships are not touched). */
    void updateAll(List<Product> products);

    void delete(String locationId, String productId);

    /** Deletes these products of the location with their prices and memberships; unknown ids are ignored. */
    void deleteAll(String locationId, Collection<String> productIds);

    /**
     * Replaces the product's manual memberships with those of {@code collectionIds} that are manual collections, in
     * that order. Smart collections' memberships follow their rules and are left alone.
     */
    void replaceCollections(String locationId, String productId, List<String> collectionIds);

    /** Adds every product to every collection, after the memberships each already has; existing ones stay as they are. */
    void addCollections(String locationId, List<String> productIds, List<String> collectionIds);

    /** Ids of the product's prices. */
    List<String> priceIds(String locationId, String productId);

    /** Deletes the product's prices whose ids are not in {@code keep}. */
    void deletePricesExcept(String locationId, String productId, Collection<String> keep);

    /** Those of {@code collectionIds} that are not collections of the location. */
    Set<String> unknownCollections(String locationId, Collection<String> collectionIds);
}
