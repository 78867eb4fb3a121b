package dev.stockroom.product;

/** A product label such as "Featured"; dates are kept as the client sent them (ISO-8601). */
public record Label(String title, String startDate, String endDate) {}
