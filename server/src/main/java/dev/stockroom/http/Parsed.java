package dev.stockroom.http;

/** A validated create or update body; {@code locationId} still has to pass the access check. */
record Parsed<T>(String locationId, T value) {}
