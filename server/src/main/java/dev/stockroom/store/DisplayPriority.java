package dev.stockroom.store;

/** Where a product is shown in a store: lower priorities first. */
public record DisplayPriority(String productId, int priority) {}
