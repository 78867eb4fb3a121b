package dev.stockroom.api;

/** A reply to a review ({@code ProductReviewDto}, the items of UpdateProductReviewDto.reply). */
public record ProductReviewDto(String headline, String comment, UserDetailsDto user) {}
