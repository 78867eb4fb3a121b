package dev.stockroom.price;

import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.Page;
import dev.stockroom.common.PageRequest;
import dev.stockroom.common.Times;
import dev.stockroom.common.Transactions;
import dev.stockroom.product.CatalogListener;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The location's tracked stock: a list of tracked prices, and quantity changes to many prices at once. */
public final class InventoryService {
    private final PriceRepository prices;
    private final CatalogListener listener;
    private final Transactions transactions;
    private final Clock clock;

    public InventoryService(PriceRepository prices, CatalogListener listener, Transactions transactions, Clock clock) {
        this.prices = prices;
        this.listener = listener;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Prices with {@code trackInventory}, newest first; {@code search} matches price name, sku or product name. */
    public Page<InventoryItem> list(String locationId, String search, PageRequest page) {
        return transactions.read(() -> prices.listInventory(locationId, search, page));
    }

    /** All or nothing: one unknown, foreign or repeated price id and nothing changes. */
    public void update(String locationId, List<InventoryChange> changes) {
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            if (!seen.add(changes.get(i).priceId())) errors.add("items." + i + ".priceId repeats " + changes.get(i).priceId());
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        transactions.write(() -> {
            listener.beforeChange(locationId);
            // Products before prices, in the order the price endpoints lock them: two writes to prices of one
            // product then run one after the other, so each re-evaluates smart collections on the other's result.
            prices.lockProductsOf(locationId, seen);
            Map<String, Price> found = prices.findByIds(locationId, seen);
            for (int i = 0; i < changes.size(); i++) {
                String id = changes.get(i).priceId();
                if (!found.containsKey(id)) errors.add("items." + i + ".priceId refers to an unknown price: " + id);
            }
            if (!errors.isEmpty()) throw new InvalidInputException(errors);
            for (InventoryChange change : changes) {
                Price current = found.get(change.priceId());
                PriceDetails d = current.details();
                PriceDetails details = d.withInventory(
                        change.availableQuantity() != null ? change.availableQuantity() : d.availableQuantity(),
                        change.allowOutOfStockPurchases() != null
                                ? change.allowOutOfStockPurchases()
                                : d.allowOutOfStockPurchases());
                prices.update(new Price(current.id(), locationId, current.productId(), details, current.createdAt(),
                        Times.notBefore(clock, current.updatedAt())));
            }
            listener.changed(locationId, found.values().stream().map(Price::productId).collect(Collectors.toSet()));
        });
    }
}
