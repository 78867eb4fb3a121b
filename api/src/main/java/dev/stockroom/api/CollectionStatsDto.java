package dev.stockroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Server-generated statistics of a collection. {@code lastEvaluatedAt}, for collections that have rules, is when
 * the rules were last evaluated over the whole catalog.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectionStatsDto(long productCount, String lastEvaluatedAt) {}
