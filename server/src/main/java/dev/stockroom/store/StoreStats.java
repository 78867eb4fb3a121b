package dev.stockroom.store;

/** GetProductStatsResponseDto: every product not included in the store counts as excluded from it. */
public record StoreStats(long totalProducts, long includedInStore) {
    public long excludedFromStore() {
        return totalProducts - includedInStore;
    }
}
