package dev.stockroom.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The filters shared by the review list and the counts. Null or empty filters do not filter; {@code from} is
 * inclusive and {@code until} exclusive.
 */
public record ReviewFilter(
        BigDecimal rating, Instant from, Instant until, List<String> productIds, List<String> storeIds) {
    public ReviewFilter {
        productIds = List.copyOf(productIds);
        storeIds = List.copyOf(storeIds);
    }
}
