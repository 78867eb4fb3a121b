package dev.stockroom.collection;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A partial update; {@code productIds}, when present, replaces a manual collection's products whole. {@code setsType}
 * is the type the request sets, if any ({@code changes} applies it too).
 */
public record CollectionPatch(
        UnaryOperator<CollectionDetails> changes,
        Optional<CollectionType> setsType,
        Optional<List<String>> productIds,
        RulesInput rules) {}
