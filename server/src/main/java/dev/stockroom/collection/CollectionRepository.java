package dev.stockroom.collection;

import dev.stockroom.common.Page;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collections and, from their side, their product memberships; always scoped by location. */
public interface CollectionRepository {
    Optional<Collection> findById(String locationId, String collectionId);

    Page<Collection> list(String locationId, CollectionQuery query);

    Optional<String> slugOwner(String locationId, String slug);

    void insert(Collection collection);

    void update(Collection collection);

    /** Deletes the collection and its memberships. */
    void delete(String locationId, String collectionId);

    /** Makes {@code productIds} the collection's products; memberships kept keep their place on the product side. */
    void replaceProducts(String locationId, String collectionId, List<String> productIds);

    /** Those of {@code productIds} that are not products of the location. */
    Set<String> unknownProducts(String locationId, java.util.Collection<String> productIds);
}
