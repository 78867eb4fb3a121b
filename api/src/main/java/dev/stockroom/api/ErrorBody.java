package dev.stockroom.api;

/**
 * HighLevel's NestJS-style error body ({@code common/common-schemas.json}). {@code message} is a list of strings for
 * 422 and a single string for every other status.
 */
public record ErrorBody(int statusCode, Object message, String error) {}
