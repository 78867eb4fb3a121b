package dev.stockroom.api;

import java.util.List;

/** The envelopes HighLevel puts around reviews. */
public final class ReviewResponses {
    private ReviewResponses() {}

    /** {@code ListProductReviewsResponseDto}. */
    public record Page(List<ReviewDto> data, long total) {}

    /** {@code CountReviewsByStatusResponseDto}: one element per status ({@code StockroomReviewStatusCountDTO}). */
    public record Counts(List<StatusCount> data) {}

    /** How many of the matching reviews have {@code status}. */
    public record StatusCount(String status, long count) {}
}
