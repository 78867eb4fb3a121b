package dev.stockroom.product;

/** SEO preview data, used by products and collections alike. */
public record Seo(String title, String description) {}
