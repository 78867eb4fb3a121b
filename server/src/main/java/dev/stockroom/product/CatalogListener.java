package dev.stockroom.product;

import java.util.Collection;

/**
 * Hears of every write to a location's products and prices, inside the writing transaction, so that what depends on
 * them (smart collections' members) is exact when the transaction commits.
 */
public interface CatalogListener {
    /** Called first in a transaction that will change the location's products or prices, before any row is locked. */
    void beforeChange(String locationId);

    /**
     * Called once these products (still existing) and their prices are written. Returns whether any of their
     * collection memberships changed.
     */
    boolean changed(String locationId, Collection<String> productIds);

}
