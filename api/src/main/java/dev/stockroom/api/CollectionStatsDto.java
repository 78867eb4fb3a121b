package dev.stockroom.api;

/** Server-generated statistics of a collection. */
public record CollectionStatsDto(long productCount) {}
