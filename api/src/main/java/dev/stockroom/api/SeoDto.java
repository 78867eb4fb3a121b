package dev.stockroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** SEO preview data of a product or a collection. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeoDto(String title, String description) {}
