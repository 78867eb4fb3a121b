package dev.stockroom.api;

import java.util.List;

/** The envelopes HighLevel puts around collections. */
public final class CollectionResponses {
    private CollectionResponses() {}

    /** {@code CreateCollectionResponseDto}. */
    public record Created(CollectionDto data) {}

    /** {@code DefaultCollectionResponseDto}. */
    public record One(CollectionDto data, boolean status) {}

    /** {@code ListCollectionResponseDto}. */
    public record Page(List<CollectionDto> data, long total) {}
}
