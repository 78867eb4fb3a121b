package dev.stockroom.product;

import dev.stockroom.common.Page;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Products and their collection memberships, always scoped by location. */
public interface ProductRepository {
    Optional<Product> findById(String locationId, String productId);

    Optional<Product> findBySlug(String locationId, String slug);

    Page<Product> list(String locationId, ProductQuery query);

    /** The id of the location's product that has this slug, if any. */
    Optional<String> slugOwner(String locationId, String slug);

    void insert(Product product);

    void update(Product product);

    void delete(String locationId, String productId);

    /** Replaces the product's memberships with {@code collectionIds}, in that order. */
    void replaceCollections(String locationId, String productId, List<String> collectionIds);

    /** Ids of the product's prices. */
    List<String> priceIds(String locationId, String productId);

    /** Deletes the product's prices whose ids are not in {@code keep}. */
    void deletePricesExcept(String locationId, String productId, Collection<String> keep);

    /** Those of {@code collectionIds} that are not collections of the location. */
    Set<String> unknownCollections(String locationId, Collection<String> collectionIds);
}
