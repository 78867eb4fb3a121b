package dev.stockroom.review;

/** How many of the matching reviews have one status. */
public record StatusCount(ReviewStatus status, long count) {}
