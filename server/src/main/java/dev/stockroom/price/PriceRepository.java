package dev.stockroom.price;

import dev.stockroom.common.Page;
import dev.stockroom.common.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prices, always scoped by location and product. */
public interface PriceRepository {
    Optional<Price> find(String locationId, String productId, String priceId);

    /** The product's prices, oldest first; {@code ids}, when not empty, keeps only those. */
    Page<Price> list(String locationId, String productId, List<String> ids, PageRequest page);

    /** Ids of every price of the product. */
    List<String> idsOf(String locationId, String productId);

    /** The location's prices with these ids, locked for update in a write transaction; unknown ids are absent. */
    Map<String, Price> findByIds(String locationId, Collection<String> priceIds);

    /** Locks, in id order, the products of the location's prices with these ids (a write transaction's first lock). */
    void lockProductsOf(String locationId, Collection<String> priceIds);

    /** Every price of these products of the location, locked for update in a write transaction. */
    List<Price> ofProducts(String locationId, Collection<String> productIds);

    /** Tracked prices with their product's name and image, newest first. */
    Page<InventoryItem> listInventory(String locationId, String search, PageRequest page);

    void insert(Price price);

    void update(Price price);

    /** Updates many prices in batched statements. */
    void updateAll(List<Price> prices);

    void delete(String locationId, String productId, String priceId);
}
