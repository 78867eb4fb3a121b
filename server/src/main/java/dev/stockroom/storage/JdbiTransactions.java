package dev.stockroom.storage;

import dev.stockroom.common.ConflictException;
import dev.stockroom.common.Transactions;
import dev.stockroom.common.UnavailableException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Binds one JDBI handle to the thread for the length of a transaction; repositories fetch it with {@link #handle}. */
final class JdbiTransactions implements Transactions {
    // Per instance, not static: one JVM may hold several databases (tests run several servers).
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private static final int MAX_ATTEMPTS = 5;

    private final Jdbi readJdbi;
    private final Jdbi writeJdbi;

    JdbiTransactions(Jdbi readJdbi, Jdbi writeJdbi) {
        this.readJdbi = readJdbi;
        this.writeJdbi = writeJdbi;
    }

    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<Boolean> writing = new ThreadLocal<>();

    @Override
    public <T> T read(Supplier<T> work) {
        return run(readJdbi, false, work);
    }

    @Override
    public <T> T write(Supplier<T> work) {
        if (current.get() != null && !Boolean.TRUE.equals(writing.get())) {
            throw new IllegalStateException("a write cannot join a read transaction");
        }
        if (current.get() != null) return work.get();
        for (int attempt = 1; ; attempt++) {
            try {
                return run(writeJdbi, true, work);
            } catch (RuntimeException e) {
                if (!Retryable.isRaceLost(e)) throw e;
                if (attempt == MAX_ATTEMPTS) {
                    throw new ConflictException("The request conflicts with concurrent changes; please retry it");
                }
                pauseBeforeRetry(attempt);
            }
        }
    }

    /** A short random pause, growing with each attempt, so that the racing transactions stop meeting. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Interrupted while retrying");
        }
    }

    /** Whether the current transaction writes: its reads of rows it will change must lock them. */
    boolean isWriting() {
        return Boolean.TRUE.equals(writing.get());
    }

    private <T> T run(Jdbi jdbi, boolean write, Supplier<T> work) {
        if (current.get() != null) return work.get(); // join the enclosing transaction
        Handle handle;
        try {
            handle = jdbi.open();
        } catch (ConnectionException e) {
            // Every pooled connection stayed busy for the pool's whole timeout: overload, not a bug.
            throw new UnavailableException("The database is busy, please retry later");
        }
        try (handle) {
            current.set(handle);
            writing.set(write);
            return handle.inTransaction(h -> work.get());
        } finally {
            current.remove();
            writing.remove();
        }
    }

    Handle handle() {
        Handle handle = current.get();
        if (handle == null) throw new IllegalStateException("call repositories inside Transactions.read or write");
        return handle;
    }
}
