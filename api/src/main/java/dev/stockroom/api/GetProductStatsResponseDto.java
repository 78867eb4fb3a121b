package dev.stockroom.api;

/** {@code GET /products/store/{storeId}/stats}: how many of the matching products the store includes. */
public record GetProductStatsResponseDto(long totalProducts, long includedInStore, long excludedFromStore) {}
