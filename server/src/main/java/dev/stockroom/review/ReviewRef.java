package dev.stockroom.review;

/** One review named in a bulk update (HighLevel's UpdateProductReviewObjectDto): all three must match it. */
public record ReviewRef(String reviewId, String productId, String storeId) {}
