package dev.stockroom.product;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A partial update: {@code changes} applies the fields the body carried to the stored details; {@code collectionIds}
 * is present only when the body carried it, and then replaces the memberships whole; {@code keptPriceIds}, when
 * present, lists the product's prices that stay: the others are deleted.
 */
public record ProductPatch(
        UnaryOperator<ProductDetails> changes, Optional<List<String>> collectionIds, Optional<List<String>> keptPriceIds) {}
