package dev.stockroom.store;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Which products each store of a location includes, and their display priorities; always scoped by location. */
public interface StoreRepository {
    /**
     * Those of {@code productIds} that are products of the location, locked until the transaction ends so that a
     * concurrent delete waits for the store rows written meanwhile.
     */
    Set<String> lockProducts(String locationId, Collection<String> productIds);

    /** Marks the products included in (or excluded from) the store; their priorities are kept. */
    void setIncluded(String locationId, String storeId, List<String> productIds, boolean included);

    /** Sets the products' priorities in the store; whether they are included is kept. */
    void setPriorities(String locationId, String storeId, List<DisplayPriority> priorities);

    StoreStats stats(String locationId, String storeId, StoreStatsQuery query);
}
