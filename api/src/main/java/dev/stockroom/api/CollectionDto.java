package dev.stockroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A product collection ({@code CollectionSchema}). The spec requires {@code image} and {@code seo}; a collection
 * without them answers {@code ""} and {@code {}}. {@code rules}, {@code ruleHash} and {@code ruleVersion} are
 * omitted for a collection that never had rules.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectionDto(
        @JsonProperty("_id") String id,
        String altId,
        String name,
        String slug,
        String image,
        SeoDto seo,
        String type,
        RulesDto rules,
        String ruleHash,
        Integer ruleVersion,
        CollectionStatsDto stats,
        String createdAt,
        String updatedAt) {}
