package dev.stockroom.collection;

import java.util.List;

/** A create request. {@code requestedId} is HighLevel's optional {@code collectionId}; null generates one. */
public record CollectionDraft(String requestedId, CollectionDetails details, List<String> productIds) {
    public CollectionDraft {
        productIds = List.copyOf(productIds);
    }
}
