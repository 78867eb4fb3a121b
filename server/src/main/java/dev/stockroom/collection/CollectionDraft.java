package dev.stockroom.collection;

import java.util.List;
import java.util.Optional;

/**
 * A create request. {@code requestedId} is HighLevel's optional {@code collectionId}; null generates one.
 * {@code productIds} is empty when the request did not send them.
 */
public record CollectionDraft(
        String requestedId, CollectionDetails details, Optional<List<String>> productIds, RulesInput rules) {
    public CollectionDraft {
        productIds = productIds.map(List::copyOf);
    }
}
