package dev.stockroom.storage;

/** The SQL differences between the supported databases. */
enum Dialect {
    SQLITE("group_concat"),
    POSTGRESQL("string_agg");

    private final String stringAggregate;

    Dialect(String stringAggregate) {
        this.stringAggregate = stringAggregate;
    }

    /** {@code fn(column, ',' ORDER BY ...)} joins strings on both databases (SQLite 3.44+). */
    String stringAggregate() {
        return stringAggregate;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) return SQLITE;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        throw new IllegalArgumentException("unsupported database URL; use jdbc:sqlite:... or jdbc:postgresql:...");
    }
}
