package dev.stockroom.storage;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Writes rows of {@code product_collections}, the single record of which product is in which collection. */
final class Memberships {
    private Memberships() {}

    /** Adds every pair of {@code productIds} × {@code collectionIds} in one batch; pairs already there stay as they are. */
    static void insert(Handle handle, String locationId, List<String> productIds, List<String> collectionIds) {
        if (productIds.isEmpty() || collectionIds.isEmpty()) return;
        // DO NOTHING: a product-side and a collection-side write on two nodes may add the same membership at once.
        PreparedBatch batch = handle.prepareBatch("INSERT INTO product_collections (location_id, product_id, collection_id)"
                + " VALUES (:locationId, :productId, :collectionId) ON CONFLICT DO NOTHING");
        for (String productId : productIds) {
            for (String collectionId : collectionIds) bindMembership(batch, locationId, productId, collectionId).add();
        }
        batch.execute();
    }

    /**
     * Adds the product to those of {@code collectionIds} that are manual collections, in that order; smart ones are
     * skipped (their members follow their rules), as are memberships already there.
     */
    static void insertManual(Handle handle, String locationId, String productId, List<String> collectionIds) {
        if (collectionIds.isEmpty()) return;
        PreparedBatch batch = handle.prepareBatch("INSERT INTO product_collections (location_id, product_id,"
                + " collection_id) SELECT c.location_id, :productId, c.id FROM collections c"
                + " WHERE c.location_id = :locationId AND c.id = :collectionId AND c.smart = 0 ON CONFLICT DO NOTHING");
        for (String collectionId : collectionIds) bindMembership(batch, locationId, productId, collectionId).add();
        batch.execute();
    }

    /**
     * Removes these products from the collection, one delete per membership in one batch: each finds its row by the
     * unique key whatever the table's statistics say. (A single DELETE ... IN (ids) once got a plan on PostgreSQL,
     * from statistics taken before a large insert, that read the id list again for every member: seconds for ten
     * thousand ids.)
     */
    static void delete(Handle handle, String locationId, String collectionId, Collection<String> productIds) {
        if (productIds.isEmpty()) return;
        PreparedBatch batch = handle.prepareBatch("DELETE FROM product_collections WHERE location_id = :locationId"
                + " AND product_id = :productId AND collection_id = :collectionId");
        for (String productId : productIds) bindMembership(batch, locationId, productId, collectionId).add();
        batch.execute();
    }

    private static PreparedBatch bindMembership(
            PreparedBatch batch, String locationId, String productId, String collectionId) {
        return batch.bind("locationId", locationId).bind("productId", productId).bind("collectionId", collectionId);
    }

    /** Those of {@code ids} that are not rows of {@code table} in the location; asked in chunks to bound the SQL. */
    static Set<String> missing(Handle handle, String table, String locationId, Collection<String> ids) {
        Set<String> missing = new HashSet<>(ids);
        List<String> distinct = List.copyOf(missing);
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            SqlFilter filter = new SqlFilter()
                    .where("location_id = :locationId", "locationId", locationId)
                    .whereIn("id IN :ids", "ids", distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
            filter.bind(handle.createQuery("SELECT id FROM " + table + " WHERE " + filter.sql()))
                    .mapTo(String.class)
                    .forEach(missing::remove);
        }
        return missing;
    }

    private static final int CHUNK = 500;
}
