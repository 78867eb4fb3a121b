package dev.stockroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A product as HighLevel returns it ({@code DefaultProductResponseDto}, also used for create, get and update). The
 * spec's response schema omits {@code medias}, {@code seo}, {@code isLabelEnabled} and {@code taxInclusive}; they are
 * returned as well so that every field of the request round-trips.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductDto(
        @JsonProperty("_id") String id,
        String description,
        List<ProductVariantDto> variants,
        String locationId,
        String name,
        String productType,
        boolean availableInStore,
        String createdAt,
        String updatedAt,
        String statementDescriptor,
        String image,
        List<String> collectionIds,
        @JsonProperty("isTaxesEnabled") boolean isTaxesEnabled,
        List<String> taxes,
        String automaticTaxCategoryId,
        @JsonProperty("isLabelEnabled") boolean isLabelEnabled,
        ProductLabelDto label,
        String slug,
        SeoDto seo,
        boolean taxInclusive,
        List<ProductMediaDto> medias) {}
