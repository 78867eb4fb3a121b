package dev.stockroom.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits long id lists so that one statement never binds more than a few hundred values (SQLite limits them). */
final class Chunks {
    static final int SIZE = 500;

    private Chunks() {}

    static <T> List<List<T>> of(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
