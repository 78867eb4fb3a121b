package dev.stockroom.api;

import java.util.List;

/** {@code GET /products/{productId}/price}: a page of prices and the total, a plain number here. */
public record ListPricesResponseDto(List<PriceDto> prices, long total) {}
