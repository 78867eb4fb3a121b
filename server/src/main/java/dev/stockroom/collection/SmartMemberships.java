package dev.stockroom.collection;

import dev.stockroom.common.Page;
import dev.stockroom.common.PageRequest;
import dev.stockroom.product.CatalogListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps every smart collection's members exactly the products its rules match, in the transaction of the write that
 * changes them: a product or price write re-evaluates those products against the location's rules; new rules are
 * evaluated over the whole catalog. Nothing runs later, so no read ever sees a stale membership.
 */
public final class SmartMemberships implements CatalogListener {
    private static final int CHUNK = 500;

    private final SmartCollectionRepository repository;

    public SmartMemberships(SmartCollectionRepository repository) {
        this.repository = repository;
    }

    @Override
    public void beforeChange(String locationId) {
        repository.lockCatalog(locationId, false);
    }

    /** Costs one indexed query when the location has no smart collection; otherwise grows with the collections. */
    @Override
    public boolean changed(String locationId, Collection<String> productIds) {
        if (productIds.isEmpty()) return false;
        List<SmartCollectionRepository.SmartCollection> smart = repository.smartCollections(locationId);
        if (smart.isEmpty()) return false;
        List<String> smartIds = smart.stream().map(SmartCollectionRepository.SmartCollection::collectionId).toList();
        List<String> ids = List.copyOf(new LinkedHashSet<>(productIds));
        boolean changed = false;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<String, Set<String>> current = repository.memberships(locationId, chunk, smartIds);
            Map<String, List<String>> added = new HashMap<>();
            Map<String, List<String>> removed = new HashMap<>();
            for (ProductFacts facts : repository.facts(locationId, chunk)) {
                Set<String> memberOf = current.getOrDefault(facts.id(), Set.of());
                for (SmartCollectionRepository.SmartCollection collection : smart) {
                    boolean matches = collection.rules().matches(facts);
                    if (matches == memberOf.contains(collection.collectionId())) continue;
                    (matches ? added : removed)
                            .computeIfAbsent(collection.collectionId(), id -> new ArrayList<>())
                            .add(facts.id());
                }
            }
            added.forEach((collectionId, members) -> repository.addMembers(locationId, collectionId, members));
            removed.forEach((collectionId, members) -> repository.removeMembers(locationId, collectionId, members));
            changed |= !added.isEmpty() || !removed.isEmpty();
        }
        return changed;
    }

    /**
     * Makes the collection's members exactly the location's products that {@code rules} match, in one pass over the
     * catalog. The caller holds the catalog lock exclusively. Returns the number of members.
     */
    long evaluate(String locationId, String collectionId, RuleSet rules) {
        Set<String> matching = new LinkedHashSet<>();
        repository.forEachProduct(locationId, facts -> {
            if (rules.matches(facts)) matching.add(facts.id());
        });
        Set<String> current = repository.members(locationId, collectionId);
        List<String> removed = current.stream().filter(id -> !matching.contains(id)).toList();
        List<String> added = matching.stream().filter(id -> !current.contains(id)).toList();
        repository.removeMembers(locationId, collectionId, removed);
        repository.addMembers(locationId, collectionId, added);
        return matching.size();
    }

    /** The ids of one page of the products {@code rules} match, newest first, and how many match in all. */
    Page<String> preview(String locationId, RuleSet rules, PageRequest page) {
        List<String> ids = new ArrayList<>();
        long[] total = {0};
        repository.forEachProduct(locationId, facts -> {
            if (!rules.matches(facts)) return;
            if (total[0] >= page.offset() && ids.size() < page.limit()) ids.add(facts.id());
            total[0]++;
        });
        return new Page<>(ids, total[0]);
    }

    void lockExclusively(String locationId) {
        repository.lockCatalog(locationId, true);
    }
}
