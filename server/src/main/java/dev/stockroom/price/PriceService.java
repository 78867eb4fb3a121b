package dev.stockroom.price;

import dev.stockroom.common.NotFoundException;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.common.Page;
import dev.stockroom.common.PageRequest;
import dev.stockroom.common.Times;
import dev.stockroom.common.Transactions;
import dev.stockroom.product.CatalogListener;
import dev.stockroom.product.Product;
import dev.stockroom.product.ProductRepository;
import dev.stockroom.product.Variant;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Prices of a product. A price belongs to exactly one product: another product's price id is answered like an
 * unknown one. Every write runs in one transaction.
 */
public final class PriceService {
    static final String NOT_FOUND = "Price not found";

    private final PriceRepository prices;
    private final ProductRepository products;
    private final CatalogListener listener;
    private final Transactions transactions;
    private final Clock clock;

    public PriceService(
            PriceRepository prices,
            ProductRepository products,
            CatalogListener listener,
            Transactions transactions,
            Clock clock) {
        this.prices = prices;
        this.products = products;
        this.listener = listener;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Price create(String locationId, String productId, PriceDetails details) {
        Instant now = Times.now(clock);
        String id = ObjectIds.generate(now);
        return transactions.write(() -> {
            listener.beforeChange(locationId);
            Product product = product(locationId, productId);
            PriceRules.validate(details, optionIds(product));
            Price price = new Price(id, locationId, product.id(), details, now, now);
            prices.insert(price);
            listener.changed(locationId, List.of(product.id()));
            return price;
        });
    }

    public Page<Price> list(String locationId, String productId, List<String> ids, PageRequest page) {
        return transactions.read(() -> prices.list(locationId, product(locationId, productId).id(), ids, page));
    }

    public Price get(String locationId, String productId, String priceId) {
        return transactions.read(() -> find(locationId, product(locationId, productId).id(), priceId));
    }

    public Price update(String locationId, String productId, String priceId, UnaryOperator<PriceDetails> changes) {
        return transactions.write(() -> {
            listener.beforeChange(locationId);
            Product product = product(locationId, productId);
            Price current = find(locationId, product.id(), priceId);
            PriceDetails details = changes.apply(current.details());
            PriceRules.validate(details, optionIds(product));
            Price updated = new Price(current.id(), locationId, product.id(), details, current.createdAt(),
                    Times.notBefore(clock, current.updatedAt()));
            prices.update(updated);
            listener.changed(locationId, List.of(product.id()));
            return updated;
        });
    }

    public void delete(String locationId, String productId, String priceId) {
        transactions.write(() -> {
            listener.beforeChange(locationId);
            Product product = product(locationId, productId);
            prices.delete(locationId, product.id(), find(locationId, product.id(), priceId).id());
            listener.changed(locationId, List.of(product.id()));
        });
    }

    private Product product(String locationId, String productId) {
        // The path names the product by id, as HighLevel's price paths do; in a write transaction this locks it.
        return (ObjectIds.isValid(productId)
                        ? products.findById(locationId, productId.toLowerCase(Locale.ROOT))
                        : java.util.Optional.<Product>empty())
                .orElseThrow(() -> new NotFoundException("Product not found"));
    }

    private Price find(String locationId, String productId, String priceId) {
        if (!ObjectIds.isValid(priceId)) throw new NotFoundException(NOT_FOUND);
        return prices.find(locationId, productId, priceId.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static Set<String> optionIds(Product product) {
        return product.details().variants().stream()
                .flatMap(variant -> variant.options().stream())
                .map(Variant.VariantOption::id)
                .collect(Collectors.toSet());
    }
}
