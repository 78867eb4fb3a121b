package dev.stockroom.store;

import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.Transactions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * HighLevel's storefront: which products a store includes, in what order, and how many. A product never included in a
 * store is not in it; the product's own {@code availableInStore} flag is a separate thing and is neither read nor
 * changed here. Every write runs in one transaction and changes nothing unless every product id is known.
 */
public final class StoreService {
    private final StoreRepository repository;
    private final Transactions transactions;

    public StoreService(StoreRepository repository, Transactions transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    public void updateStatus(String locationId, String storeId, StoreAction action, List<String> productIds) {
        requireUnique("productIds", productIds);
        transactions.write(() -> {
            requireKnownProducts(locationId, "productIds", productIds);
            repository.setIncluded(locationId, storeId, productIds, action == StoreAction.INCLUDE);
        });
    }

    public void updatePriorities(String locationId, String storeId, List<DisplayPriority> priorities) {
        List<String> productIds = priorities.stream().map(DisplayPriority::productId).toList();
        requireUnique("products", productIds);
        transactions.write(() -> {
            requireKnownProducts(locationId, "products", productIds);
            repository.setPriorities(locationId, storeId, priorities);
        });
    }

    public StoreStats stats(String locationId, String storeId, StoreStatsQuery query) {
        return transactions.read(() -> repository.stats(locationId, storeId, query));
    }

    private static void requireUnique(String field, List<String> productIds) {
        Set<String> seen = new HashSet<>();
        List<String> errors = new ArrayList<>();
        for (String id : productIds) {
            if (!seen.add(id)) errors.add(field + " must have unique product ids, " + id + " is repeated");
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    /** Unknown ids and ids of other locations read alike: the answer names them without telling which is which. */
    private void requireKnownProducts(String locationId, String field, List<String> productIds) {
        Set<String> unknown = new HashSet<>(productIds);
        unknown.removeAll(repository.lockProducts(locationId, productIds));
        InvalidInputException.refuseAny(unknown, field + " contains an unknown product: ");
    }
}
