package dev.stockroom.collection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** What keeping smart collections' members exact needs from storage; always scoped by location. */
public interface SmartCollectionRepository {
    /**
     * Orders the location's catalog writes (shared: they run side by side) against evaluations of rules over the
     * whole catalog (exclusive), across every node, until the transaction ends. Taken before any row lock.
     */
    void lockCatalog(String locationId, boolean exclusive);

    /** The location's smart collections and their rules. */
    List<SmartCollection> smartCollections(String locationId);

    /** A smart collection's id and rules. */
    record SmartCollection(String collectionId, RuleSet rules) {}

    /** The facts of those of {@code productIds} that are products of the location. */
    List<ProductFacts> facts(String locationId, Collection<String> productIds);

    /** Streams the facts of every product of the location, newest first. */
    void forEachProduct(String locationId, Consumer<ProductFacts> action);

    /** For each of {@code productIds}, those of {@code collectionIds} it is a member of (products without any absent). */
    Map<String, Set<String>> memberships(
            String locationId, Collection<String> productIds, Collection<String> collectionIds);

    /** Ids of every product of the collection. */
    Set<String> members(String locationId, String collectionId);

    /** Adds these products to the collection, in this order; memberships already there stay. */
    void addMembers(String locationId, String collectionId, Collection<String> productIds);

    void removeMembers(String locationId, String collectionId, Collection<String> productIds);
}
