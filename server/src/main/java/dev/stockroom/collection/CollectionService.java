package dev.stockroom.collection;

import dev.stockroom.common.ConflictException;
import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.NotFoundException;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.common.Page;
import dev.stockroom.common.Slugs;
import dev.stockroom.common.Times;
import dev.stockroom.common.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Manual product collections within one location. Every write runs in one transaction. */
public final class CollectionService {
    static final String NOT_FOUND = "Collection not found";

    private final CollectionRepository repository;
    private final Transactions transactions;
    private final Clock clock;

    public CollectionService(CollectionRepository repository, Transactions transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Collection create(String locationId, CollectionDraft draft) {
        validate(draft.details(), draft.productIds());
        Instant now = Times.now(clock);
        String id = draft.requestedId() != null ? draft.requestedId() : ObjectIds.generate(now);
        return transactions.write(() -> {
            if (repository.findById(locationId, id).isPresent()) {
                throw new ConflictException("A collection with id '" + id + "' already exists in this location");
            }
            requireKnownProducts(locationId, draft.productIds());
            CollectionDetails details = draft.details().withSlug(slugFor(locationId, id, draft.details()));
            repository.insert(new Collection(id, locationId, details, 0, now, now));
            repository.replaceProducts(locationId, id, draft.productIds());
            return new Collection(id, locationId, details, draft.productIds().size(), now, now);
        });
    }

    public Collection get(String locationId, String collectionId) {
        return transactions.read(() -> find(locationId, collectionId)).orElseThrow(CollectionService::notFound);
    }

    public Page<Collection> list(String locationId, CollectionQuery query) {
        return transactions.read(() -> repository.list(locationId, query));
    }

    public Collection update(String locationId, String collectionId, CollectionPatch patch) {
        return transactions.write(() -> {
            Collection current = find(locationId, collectionId).orElseThrow(CollectionService::notFound);
            CollectionDetails details = patch.changes().apply(current.details());
            validate(details, patch.productIds().orElse(List.of()));
            details = details.withSlug(slugFor(locationId, current.id(), details));
            long productCount = current.productCount();
            if (patch.productIds().isPresent()) {
                requireKnownProducts(locationId, patch.productIds().get());
                repository.replaceProducts(locationId, current.id(), patch.productIds().get());
                productCount = patch.productIds().get().size();
            }
            Collection updated = new Collection(
                    current.id(), locationId, details, productCount, current.createdAt(), Times.notBefore(clock, current.updatedAt()));
            repository.update(updated);
            return updated;
        });
    }

    public void delete(String locationId, String collectionId) {
        transactions.write(() -> {
            Collection current = find(locationId, collectionId).orElseThrow(CollectionService::notFound);
            repository.delete(locationId, current.id());
        });
    }

    private Optional<Collection> find(String locationId, String collectionId) {
        return ObjectIds.isValid(collectionId)
                ? repository.findById(locationId, collectionId.toLowerCase(Locale.ROOT))
                : Optional.empty();
    }

    private static void validate(CollectionDetails details, List<String> productIds) {
        List<String> errors = new ArrayList<>();
        if (details.type() == CollectionType.SMART) {
            errors.add("type smart is not supported yet: smart collections are not available in this version");
        }
        if (new HashSet<>(productIds).size() != productIds.size()) {
            errors.add("All productIds's elements must be unique");
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    private void requireKnownProducts(String locationId, List<String> productIds) {
        if (productIds.isEmpty()) return;
        InvalidInputException.refuseAny(
                repository.unknownProducts(locationId, productIds), "productIds contains an unknown product: ");
    }

    private String slugFor(String locationId, String itemId, CollectionDetails details) {
        return Slugs.choose(details.slug(), details.name(), itemId, "collection", slug -> repository
                .slugOwner(locationId, slug)
                .map(itemId::equals)
                .orElse(true));
    }

    private static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND);
    }

}
