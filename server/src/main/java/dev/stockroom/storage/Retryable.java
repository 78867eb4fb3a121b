package dev.stockroom.storage;

import java.sql.SQLException;

/** Recognises the failures that mean "another transaction got there first": worth running the work again. */
final class Retryable {
    private Retryable() {}

    /**
     * A unique-key violation (two nodes creating the same slug), a serialization failure or a deadlock. Running the
     * work again sees the winner's row, so the service answers as it would have without the race: a generated slug
     * takes another value, a client's slug gets its 409.
     */
    static boolean isRaceLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if ("23505".equals(state) || "40001".equals(state) || "40P01".equals(state)) return true;
                if (String.valueOf(sql.getMessage()).contains("UNIQUE constraint failed")) return true; // SQLite
            }
        }
        return false;
    }
}
