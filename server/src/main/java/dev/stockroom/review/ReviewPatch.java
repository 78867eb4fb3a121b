package dev.stockroom.review;

import java.util.function.UnaryOperator;

/** A partial update of the review of {@code productId}: {@code changes} applies the fields the body carried. */
public record ReviewPatch(String productId, UnaryOperator<ReviewDetails> changes) {}
