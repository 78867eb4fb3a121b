package dev.stockroom.bulk;

import dev.stockroom.collection.Collection;
import dev.stockroom.collection.CollectionRepository;
import dev.stockroom.collection.CollectionType;
import dev.stockroom.common.Decimals;
import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.Times;
import dev.stockroom.common.Transactions;
import dev.stockroom.price.Price;
import dev.stockroom.price.PriceDetails;
import dev.stockroom.price.PriceRepository;
import dev.stockroom.price.PriceRules;
import dev.stockroom.product.CatalogListener;
import dev.stockroom.product.Product;
import dev.stockroom.product.ProductDetails;
import dev.stockroom.product.ProductQuery;
import dev.stockroom.product.ProductRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * HighLevel's bulk update: one action on many products of a location, in one transaction (all or nothing). Products
 * are handled a chunk at a time, each chunk read in one statement and written in one batch, so memory and round trips
 * grow with the number of chunks, not of rows. A product or price whose value does not change is not written.
 */
public final class BulkUpdateService {
    private static final int CHUNK = 500;

    private final ProductRepository products;
    private final PriceRepository prices;
    private final CollectionRepository collections;
    private final CatalogListener listener;
    private final Transactions transactions;
    private final Clock clock;

    public BulkUpdateService(
            ProductRepository products,
            PriceRepository prices,
            CollectionRepository collections,
            CatalogListener listener,
            Transactions transactions,
            Clock clock) {
        this.products = products;
        this.prices = prices;
        this.collections = collections;
        this.listener = listener;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void apply(String locationId, BulkUpdate update) {
        validate(update.action(), update.selection().productIds());
        transactions.write(() -> {
            listener.beforeChange(locationId);
            List<String> ids = select(locationId, update.selection());
            BulkAction action = update.action();
            if (action instanceof BulkAction.Delete) {
                inChunks(ids, chunk -> products.deleteAll(locationId, chunk));
            } else if (action instanceof BulkAction.SetAvailability set) {
                inChunks(ids, chunk -> changeProducts(locationId, chunk, product -> availability(product, set)));
                listener.changed(locationId, ids);
            } else if (action instanceof BulkAction.AddToCollections add) {
                requireManualCollections(locationId, add.collectionIds());
                inChunks(ids, chunk -> addToCollections(locationId, chunk, add.collectionIds()));
            } else if (action instanceof BulkAction.AdjustPrices adjust) {
                changePrices(locationId, ids, adjust::apply);
                listener.changed(locationId, ids);
            } else if (action instanceof BulkAction.SetCurrency set) {
                // No rule looks at currencies: memberships stay as they are.
                changePrices(locationId, ids, details -> details.withCurrency(set.currency()));
            }
        });
    }

    private static void validate(BulkAction action, List<String> productIds) {
        List<String> errors = new ArrayList<>();
        if (new HashSet<>(productIds).size() != productIds.size()) errors.add("All productIds's elements must be unique");
        if (action instanceof BulkAction.AddToCollections add
                && new HashSet<>(add.collectionIds()).size() != add.collectionIds().size()) {
            errors.add("All collectionIds's elements must be unique");
        }
        if (action instanceof BulkAction.SetCurrency set && !PriceRules.isCurrency(set.currency())) {
            errors.add("currency must be a valid ISO 4217 currency code");
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    /** The selected products' ids, locked; named ones that are not the location's are refused, naming each. */
    private List<String> select(String locationId, ProductQuery selection) {
        List<String> ids = products.selectIds(locationId, selection);
        if (selection.productIds().isEmpty()) return ids;
        Set<String> unknown = new HashSet<>(selection.productIds());
        ids.forEach(unknown::remove);
        InvalidInputException.refuseAny(unknown, "productIds contains an unknown product: ");
        return ids;
    }

    private static void inChunks(List<String> ids, Consumer<List<String>> work) {
        for (int from = 0; from < ids.size(); from += CHUNK) work.accept(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
    }

    /** Writes, in one batch, the products of the chunk that {@code change} changes. */
    private void changeProducts(String locationId, List<String> chunk, Function<Product, Optional<Product>> change) {
        List<Product> changed = new ArrayList<>();
        for (Product product : products.findByIds(locationId, chunk).values()) change.apply(product).ifPresent(changed::add);
        products.updateAll(changed);
    }

    private Optional<Product> availability(Product product, BulkAction.SetAvailability set) {
        if (product.details().availableInStore() == set.availableInStore()) return Optional.empty();
        ProductDetails details = product.details().toBuilder().availableInStore(set.availableInStore()).build();
        return Optional.of(touched(product, details, product.collectionIds()));
    }

    /** Memberships the products lack are added after those they have; a product that gains one is updated. */
    private void addToCollections(String locationId, List<String> chunk, List<String> collectionIds) {
        List<Product> changed = new ArrayList<>();
        for (Product product : products.findByIds(locationId, chunk).values()) {
            List<String> added = collectionIds.stream().filter(id -> !product.collectionIds().contains(id)).toList();
            if (added.isEmpty()) continue;
            List<String> all = new ArrayList<>(product.collectionIds());
            all.addAll(added);
            changed.add(touched(product, product.details(), all));
        }
        products.updateAll(changed);
        products.addCollections(locationId, changed.stream().map(Product::id).toList(), collectionIds);
    }

    /** Only the location's manual collections list products by hand; smart ones follow their rules. */
    private void requireManualCollections(String locationId, List<String> collectionIds) {
        List<String> errors = new ArrayList<>();
        for (String id : collectionIds) {
            Optional<Collection> collection = collections.findById(locationId, id);
            if (collection.isEmpty()) {
                errors.add("collectionIds contains an unknown collection: " + id);
            } else if (collection.get().details().type() != CollectionType.MANUAL) {
                errors.add("collectionIds contains a collection that is not manual: " + id);
            }
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    /** Every price of the products; refused, naming each, when an amount would outgrow the decimals' bounds. */
    private void changePrices(String locationId, List<String> ids, UnaryOperator<PriceDetails> change) {
        List<String> errors = new ArrayList<>();
        inChunks(ids, chunk -> {
            List<Price> changed = new ArrayList<>();
            for (Price price : prices.ofProducts(locationId, chunk)) {
                PriceDetails details = change.apply(price.details());
                if (details.equals(price.details())) continue;
                if (!withinBounds(details)) {
                    errors.add("price " + price.id() + " would get an amount of more than " + Decimals.MAX_PRECISION
                            + " digits");
                }
                changed.add(new Price(price.id(), locationId, price.productId(), details, price.createdAt(),
                        Times.notBefore(clock, price.updatedAt())));
            }
            if (errors.isEmpty()) prices.updateAll(changed);
        });
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    private static boolean withinBounds(PriceDetails details) {
        return Decimals.isWithinBounds(details.amount())
                && (details.compareAtPrice() == null || Decimals.isWithinBounds(details.compareAtPrice()));
    }

    private Product touched(Product product, ProductDetails details, List<String> collectionIds) {
        return new Product(product.id(), product.locationId(), details, collectionIds, product.createdAt(),
                Times.notBefore(clock, product.updatedAt()));
    }
}
