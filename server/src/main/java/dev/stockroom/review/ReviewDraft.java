package dev.stockroom.review;

import java.time.Instant;

/** A review to seed. A null {@code createdAt} means now; an earlier one lets tests seed a history. */
public record ReviewDraft(String productId, String storeId, ReviewDetails details, Instant createdAt) {}
