package dev.stockroom.storage;

import dev.stockroom.store.DisplayPriority;
import dev.stockroom.store.StoreRepository;
import dev.stockroom.store.StoreStats;
import dev.stockroom.store.StoreStatsQuery;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Rows of {@code store_products}: one per store and product the store's writes have named. */
final class JdbiStoreRepository implements StoreRepository {
    private static final int CHUNK = 500;

    private final JdbiTransactions tx;
    private final Dialect dialect;

    JdbiStoreRepository(JdbiTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    /** In id order, so that two writes naming the same products lock them in the same order and do not deadlock. */
    @Override
    public Set<String> lockProducts(String locationId, Collection<String> productIds) {
        List<String> sorted = List.copyOf(new TreeSet<>(productIds));
        Set<String> found = new HashSet<>();
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            SqlFilter filter = new SqlFilter()
                    .where("p.location_id = :locationId", "locationId", locationId)
                    .whereIn("p.id IN :ids", "ids", sorted.subList(from, Math.min(sorted.size(), from + CHUNK)));
            filter.bind(tx.handle()
                            .createQuery("SELECT p.id FROM products p WHERE " + filter.sql() + " ORDER BY p.id"
                                    + dialect.forUpdate("p")))
                    .mapTo(String.class)
                    .forEach(found::add);
        }
        return found;
    }

    @Override
    public void setIncluded(String locationId, String storeId, List<String> productIds, boolean included) {
        PreparedBatch batch = tx.handle()
                .prepareBatch("INSERT INTO store_products (location_id, store_id, product_id, included)"
                        + " VALUES (:locationId, :storeId, :productId, :included)"
                        + " ON CONFLICT (location_id, store_id, product_id) DO UPDATE SET included = excluded.included");
        for (String productId : productIds) {
            batch.bind("locationId", locationId)
                    .bind("storeId", storeId)
                    .bind("productId", productId)
                    .bind("included", included ? 1 : 0)
                    .add();
        }
        if (!productIds.isEmpty()) batch.execute();
    }

    @Override
    public void setPriorities(String locationId, String storeId, List<DisplayPriority> priorities) {
        PreparedBatch batch = tx.handle()
                .prepareBatch("INSERT INTO store_products (location_id, store_id, product_id, included, priority)"
                        + " VALUES (:locationId, :storeId, :productId, 0, :priority)"
                        + " ON CONFLICT (location_id, store_id, product_id) DO UPDATE SET priority = excluded.priority");
        for (DisplayPriority priority : priorities) {
            batch.bind("locationId", locationId)
                    .bind("storeId", storeId)
                    .bind("productId", priority.productId())
                    .bind("priority", priority.priority())
                    .add();
        }
        if (!priorities.isEmpty()) batch.execute();
    }

    @Override
    public StoreStats stats(String locationId, String storeId, StoreStatsQuery query) {
        SqlFilter filter = ProductFilter.searching(dialect, locationId, query.search(), query.collectionIds());
        return filter.bind(tx.handle()
                        .createQuery("SELECT count(*) AS total, coalesce(sum(CASE WHEN "
                                + ProductFilter.includedIn(":storeId") + " THEN 1 ELSE 0 END), 0) AS included"
                                + " FROM products p WHERE " + filter.sql()))
                .bind("storeId", storeId)
                .map((rs, ctx) -> new StoreStats(rs.getLong("total"), rs.getLong("included")))
                .one();
    }
}
