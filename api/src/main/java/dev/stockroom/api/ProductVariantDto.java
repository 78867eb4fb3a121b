package dev.stockroom.api;

import java.util.List;

/** A product variant (for example "Size") and its options. */
public record ProductVariantDto(String id, String name, List<ProductVariantOptionDto> options) {}
