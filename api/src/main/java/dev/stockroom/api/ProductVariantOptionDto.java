package dev.stockroom.api;

/** One option of a variant (for example "XL"). */
public record ProductVariantOptionDto(String id, String name) {}
