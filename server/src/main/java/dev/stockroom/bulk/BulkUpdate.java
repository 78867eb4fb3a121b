package dev.stockroom.bulk;

import dev.stockroom.product.ProductQuery;

/**
 * One bulk update: {@code action} on the products {@code selection} names. With {@code productIds} the selection is
 * exactly those (every one must exist, and no other filter is set); without, it is every product its filters match.
 */
public record BulkUpdate(ProductQuery selection, BulkAction action) {}
