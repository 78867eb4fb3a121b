package dev.stockroom.storage;

/** The SQL differences between the supported databases; everything else is written once for both. */
enum Dialect {
    SQLITE("group_concat", "") {
        @Override
        String contains(String column, String parameter) {
            return "instr(" + column + ", :" + parameter + ") > 0";
        }

        @Override
        Object containsArgument(String folded) {
            return folded;
        }
    },
    POSTGRESQL("string_agg", " FOR UPDATE OF ") {
        /** LIKE rather than strpos, so that the trigram index on the column serves the search. '!' escapes. */
        @Override
        String contains(String column, String parameter) {
            return column + " LIKE :" + parameter + " ESCAPE '!'";
        }

        @Override
        Object containsArgument(String folded) {
            return "%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        }
    };

    private final String stringAggregate;
    private final String forUpdate;

    Dialect(String stringAggregate, String forUpdate) {
        this.stringAggregate = stringAggregate;
        this.forUpdate = forUpdate;
    }

    /** {@code fn(column, ',' ORDER BY ...)} joins strings on both databases (SQLite 3.44+). */
    String stringAggregate() {
        return stringAggregate;
    }

    /**
     * Appended to the SELECT that reads a row a write transaction will change. PostgreSQL locks the row so that
     * concurrent read-modify-writes from several nodes serialise; SQLite transactions already hold the write lock.
     */
    String forUpdate(String tableAlias) {
        return forUpdate.isEmpty() ? "" : forUpdate + tableAlias;
    }

    /** A condition: {@code column} contains the bound {@code parameter}, both already case-folded. */
    abstract String contains(String column, String parameter);

    /** The value to bind for {@link #contains}. */
    abstract Object containsArgument(String folded);
}
