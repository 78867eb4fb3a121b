package dev.stockroom.api;

/** The answer of {@code POST /products/bulk-update/edit}. */
public record BulkEditResponseDto(String message, boolean status, long updatedCount) {}
