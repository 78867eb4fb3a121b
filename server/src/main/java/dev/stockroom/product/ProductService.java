package dev.stockroom.product;

import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.NotFoundException;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.common.Page;
import dev.stockroom.common.Slugs;
import dev.stockroom.common.Times;
import dev.stockroom.common.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/** Product CRUD within one location. Every write runs in one transaction. */
public final class ProductService {
    static final String NOT_FOUND = "Product not found";

    private final ProductRepository repository;
    private final CatalogListener listener;
    private final Transactions transactions;
    private final Clock clock;

    public ProductService(
            ProductRepository repository, CatalogListener listener, Transactions transactions, Clock clock) {
        this.repository = repository;
        this.listener = listener;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Product create(String locationId, ProductDraft draft) {
        ProductRules.validate(draft.details(), draft.collectionIds());
        Instant now = Times.now(clock);
        String id = ObjectIds.generate(now);
        return transactions.write(() -> {
            listener.beforeChange(locationId);
            requireKnownCollections(locationId, draft.collectionIds());
            ProductDetails details = draft.details().withSlug(slugFor(locationId, id, draft.details()));
            Product product = new Product(id, locationId, details, draft.collectionIds(), now, now);
            repository.insert(product);
            repository.replaceCollections(locationId, id, draft.collectionIds());
            return withMemberships(product, listener.changed(locationId, List.of(id)) || !draft.collectionIds().isEmpty());
        });
    }

    /** By id, or by slug when {@code idOrSlug} is not shaped like an id (HighLevel: "ID or the slug"). */
    public Product get(String locationId, String idOrSlug) {
        return transactions.read(() -> find(locationId, idOrSlug)).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    public Page<Product> list(String locationId, ProductQuery query) {
        return transactions.read(() -> repository.list(locationId, query));
    }

    public Product update(String locationId, String idOrSlug, ProductPatch patch) {
        return transactions.write(() -> {
            listener.beforeChange(locationId);
            Product current = find(locationId, idOrSlug).orElseThrow(() -> new NotFoundException(NOT_FOUND));
            ProductDetails details = patch.changes().apply(current.details());
            List<String> collectionIds = patch.collectionIds().orElse(current.collectionIds());
            ProductRules.validate(details, collectionIds);
            if (patch.collectionIds().isPresent()) requireKnownCollections(locationId, collectionIds);
            details = details.withSlug(slugFor(locationId, current.id(), details));
            Product updated = new Product(
                    current.id(), locationId, details, collectionIds, current.createdAt(), Times.notBefore(clock, current.updatedAt()));
            repository.update(updated);
            if (patch.collectionIds().isPresent()) {
                repository.replaceCollections(locationId, current.id(), collectionIds);
            }
            if (patch.keptPriceIds().isPresent()) keepOnly(locationId, current.id(), patch.keptPriceIds().get());
            boolean membershipsChanged = listener.changed(locationId, List.of(current.id()));
            return withMemberships(updated, membershipsChanged || patch.collectionIds().isPresent());
        });
    }

    public void delete(String locationId, String idOrSlug) {
        transactions.write(() -> {
            listener.beforeChange(locationId);
            Product current = find(locationId, idOrSlug).orElseThrow(() -> new NotFoundException(NOT_FOUND));
            repository.delete(locationId, current.id());
        });
    }

    /**
     * The product as stored when its memberships may differ from those it was written with: smart collections follow
     * their rules, and a product's {@code collectionIds} sets its manual collections only.
     */
    private Product withMemberships(Product written, boolean mayDiffer) {
        return mayDiffer ? repository.findById(written.locationId(), written.id()).orElseThrow() : written;
    }

    private Optional<Product> find(String locationId, String idOrSlug) {
        return ObjectIds.isValid(idOrSlug)
                ? repository.findById(locationId, idOrSlug.toLowerCase(Locale.ROOT))
                : repository.findBySlug(locationId, idOrSlug);
    }

    /** UpdateProductDto.prices lists the price ids the product keeps; each must be one of its prices. */
    private void keepOnly(String locationId, String productId, List<String> kept) {
        Set<String> unknown = new HashSet<>(kept);
        repository.priceIds(locationId, productId).forEach(unknown::remove);
        InvalidInputException.refuseAny(unknown, "prices contains a price that is not one of this product's: ");
        repository.deletePricesExcept(locationId, productId, kept);
    }

    private void requireKnownCollections(String locationId, List<String> collectionIds) {
        if (collectionIds.isEmpty()) return;
        InvalidInputException.refuseAny(
                repository.unknownCollections(locationId, collectionIds), "collectionIds contains an unknown collection: ");
    }

    private String slugFor(String locationId, String itemId, ProductDetails details) {
        return Slugs.choose(details.slug(), details.name(), itemId, "product", slug -> repository
                .slugOwner(locationId, slug)
                .map(itemId::equals)
                .orElse(true));
    }


}
