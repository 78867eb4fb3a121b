package dev.stockroom.api;

import java.util.List;

/** Stockroom's preview of smart collection rules: one page of the products they match, and how many match. */
public record SmartCollectionPreviewDto(List<ProductDto> products, long total) {}
