package dev.stockroom.collection;

import dev.stockroom.common.ConflictException;
import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.NotFoundException;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.common.Page;
import dev.stockroom.common.PageRequest;
import dev.stockroom.common.Slugs;
import dev.stockroom.common.Times;
import dev.stockroom.common.Transactions;
import dev.stockroom.product.Product;
import dev.stockroom.product.ProductRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Product collections within one location: manual ones list their products, smart ones hold exactly the products
 * their rules match ({@link SmartMemberships}). Every write runs in one transaction.
 */
public final class CollectionService {
    static final String NOT_FOUND = "Collection not found";
    static final String SMART_PRODUCT_IDS =
            "productIds cannot be set on a smart collection: its products are the ones its rules match";
    static final String RULES_REQUIRED = "rules should not be empty: a smart collection selects its products by rules";

    private final CollectionRepository repository;
    private final SmartMemberships smart;
    private final ProductRepository products;
    private final Transactions transactions;
    private final Clock clock;

    public CollectionService(
            CollectionRepository repository,
            SmartMemberships smart,
            ProductRepository products,
            Transactions transactions,
            Clock clock) {
        this.repository = repository;
        this.smart = smart;
        this.products = products;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Collection create(String locationId, CollectionDraft draft) {
        List<String> productIds = draft.productIds().orElse(List.of());
        List<String> errors = uniqueProducts(productIds);
        boolean isSmart = draft.details().type() == CollectionType.SMART;
        RuleSet rules = null;
        if (isSmart) {
            if (draft.productIds().isPresent()) errors.add(SMART_PRODUCT_IDS);
            rules = requiredRules(draft.rules(), null, errors);
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        Instant now = Times.now(clock);
        String id = draft.requestedId() != null ? draft.requestedId() : ObjectIds.generate(now);
        RuleSet smartRules = rules;
        return transactions.write(() -> {
            if (isSmart) smart.lockExclusively(locationId);
            if (repository.findById(locationId, id).isPresent()) {
                throw new ConflictException("A collection with id '" + id + "' already exists in this location");
            }
            requireKnownProducts(locationId, productIds);
            CollectionDetails details = draft.details().withSlug(slugFor(locationId, id, draft.details()));
            SmartRules state = isSmart ? SmartRules.first(smartRules, now) : null;
            repository.insert(new Collection(id, locationId, details, 0, now, now, state));
            long count;
            if (isSmart) {
                count = smart.evaluate(locationId, id, smartRules);
            } else {
                repository.replaceProducts(locationId, id, productIds);
                count = productIds.size();
            }
            return new Collection(id, locationId, details, count, now, now, state);
        });
    }

    public Collection get(String locationId, String collectionId) {
        return transactions.read(() -> find(locationId, collectionId)).orElseThrow(CollectionService::notFound);
    }

    public Page<Collection> list(String locationId, CollectionQuery query) {
        return transactions.read(() -> repository.list(locationId, query));
    }

    public Collection update(String locationId, String collectionId, CollectionPatch patch) {
        // A type switch locks too: once a collection stops being smart, no catalog write may still be adding members.
        boolean locksCatalog = patch.setsType().isPresent() || !(patch.rules() instanceof RulesInput.Absent);
        return transactions.write(() -> {
            if (locksCatalog) smart.lockExclusively(locationId); // before the collection's row is locked
            Collection current = find(locationId, collectionId).orElseThrow(CollectionService::notFound);
            CollectionDetails details = patch.changes().apply(current.details());
            List<String> errors = uniqueProducts(patch.productIds().orElse(List.of()));
            boolean isSmart = details.type() == CollectionType.SMART;
            RuleSet rules = null;
            if (isSmart) {
                if (patch.productIds().isPresent()) errors.add(SMART_PRODUCT_IDS);
                rules = requiredRules(patch.rules(), current.smartRules(), errors);
            }
            if (!errors.isEmpty()) throw new InvalidInputException(errors);
            details = details.withSlug(slugFor(locationId, current.id(), details));
            Instant now = Times.notBefore(clock, current.updatedAt());
            SmartRules state = current.smartRules();
            long productCount = current.productCount();
            if (isSmart) {
                SmartRules next = state == null ? SmartRules.first(rules, now) : state.replacedBy(rules);
                // Manual -> smart replaces the members with the rules' result; new rules are evaluated again.
                if (state == null || !current.isSmart() || !next.ruleHash().equals(state.ruleHash())) {
                    next = next.withEvaluatedAt(now);
                    productCount = smart.evaluate(locationId, current.id(), rules);
                }
                state = next;
            } else if (patch.productIds().isPresent()) {
                // A manual collection's productIds replace its members (smart -> manual without them keeps the
                // members it had, as manual ones).
                requireKnownProducts(locationId, patch.productIds().get());
                repository.replaceProducts(locationId, current.id(), patch.productIds().get());
                productCount = patch.productIds().get().size();
            }
            Collection updated =
                    new Collection(current.id(), locationId, details, productCount, current.createdAt(), now, state);
            repository.update(updated);
            return updated;
        });
    }

    public void delete(String locationId, String collectionId) {
        transactions.write(() -> {
            // A smart collection's members may be written by catalog writes meanwhile: wait for them first.
            smart.lockExclusively(locationId);
            Collection current = find(locationId, collectionId).orElseThrow(CollectionService::notFound);
            repository.delete(locationId, current.id());
        });
    }

    /** The products {@code rules} would select, newest first, and how many; nothing is saved. */
    public Page<Product> preview(String locationId, RuleSet rules, PageRequest page) {
        return transactions.read(() -> {
            Page<String> ids = smart.preview(locationId, rules, page);
            Map<String, Product> found = products.findByIds(locationId, ids.items());
            return new Page<>(ids.items().stream().map(found::get).toList(), ids.total());
        });
    }

    private Optional<Collection> find(String locationId, String collectionId) {
        return ObjectIds.isValid(collectionId)
                ? repository.findById(locationId, collectionId.toLowerCase(Locale.ROOT))
                : Optional.empty();
    }

    /** The rules a smart collection gets: the request's, else those it kept; violations are added to {@code errors}. */
    private static RuleSet requiredRules(RulesInput input, SmartRules kept, List<String> errors) {
        if (input instanceof RulesInput.Valid valid) return valid.rules();
        if (input instanceof RulesInput.Invalid invalid) {
            errors.addAll(invalid.errors());
        } else if (input instanceof RulesInput.Absent && kept != null) {
            return kept.rules();
        } else {
            errors.add(RULES_REQUIRED);
        }
        return null;
    }

    private static List<String> uniqueProducts(List<String> productIds) {
        List<String> errors = new ArrayList<>();
        if (new HashSet<>(productIds).size() != productIds.size()) {
            errors.add("All productIds's elements must be unique");
        }
        return errors;
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
