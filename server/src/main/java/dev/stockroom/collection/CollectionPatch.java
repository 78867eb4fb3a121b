package dev.stockroom.collection;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A partial update; {@code productIds}, when present, replaces the collection's products whole. */
public record CollectionPatch(UnaryOperator<CollectionDetails> changes, Optional<List<String>> productIds) {}
