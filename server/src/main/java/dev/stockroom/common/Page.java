package dev.stockroom.common;

import java.util.List;

/** One page of a list and the number of items matching the whole query. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
