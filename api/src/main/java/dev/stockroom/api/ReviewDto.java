package dev.stockroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * A product review, as listed by {@code GET /products/reviews}. HighLevel's spec gives the list's items no shape;
 * this one ({@code StockroomReviewDTO} in the test errata) carries what the review bodies write and the ids they
 * name. {@code headline}, {@code detail} and {@code user} are omitted when unset; {@code reply} is always a list.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewDto(
        @JsonProperty("_id") String id,
        String altId,
        String productId,
        String storeId,
        BigDecimal rating,
        String status,
        String headline,
        String detail,
        UserDetailsDto user,
        List<ProductReviewDto> reply,
        String createdAt,
        String updatedAt) {}
