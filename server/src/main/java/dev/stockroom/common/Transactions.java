package dev.stockroom.common;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction. Repositories called inside share it; a write commits before
 * {@link #write} returns, so a 2xx sent afterwards means the data is durable.
 */
public interface Transactions {
    <T> T read(Supplier<T> work);

    <T> T write(Supplier<T> work);

    default void write(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }
}
