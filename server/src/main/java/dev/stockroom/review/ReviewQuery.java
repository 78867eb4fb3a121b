package dev.stockroom.review;

import dev.stockroom.common.PageRequest;
import dev.stockroom.product.SortOrder;

/** {@code GET /products/reviews}: the filters, the sort and the page. */
public record ReviewQuery(ReviewFilter filter, ReviewSort sort, SortOrder order, PageRequest page) {}
