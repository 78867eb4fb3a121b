package dev.stockroom.storage;

import java.util.List;

/** The SQL differences between the supported databases; everything else is written once for both. */
enum Dialect {
    SQLITE("group_concat", "") {
        /**
         * The FTS5 trigram index answers searches of three characters or more (a phrase of trigrams is a substring
         * match); shorter ones cannot be cut into trigrams and scan the location's rows.
         */
        @Override
        void whereContains(SqlFilter filter, String column, String folded, TrigramIndex index) {
            if (index != null && folded.codePointCount(0, folded.length()) >= 3) {
                filter.where(
                        index.keyColumn() + " IN (SELECT rowid FROM " + index.table() + " WHERE " + index.table()
                                + " MATCH :search)",
                        "search",
                        "\"" + folded.replace("\"", "\"\"") + "\"");
            } else {
                filter.where(containsSql(column, "search"), "search", folded);
            }
        }

        @Override
        String containsSql(String column, String parameter) {
            return "instr(" + column + ", :" + parameter + ") > 0";
        }

        @Override
        Object containsArgument(String folded) {
            return folded;
        }

        @Override
        String jsonText(String column, String field) {
            return "json_extract(" + column + ", '$." + field + "')";
        }

        @Override
        List<String> deriveRuleColumns() {
            return List.of(
                    "UPDATE products SET product_type = json_extract(details, '$.productType'), option_names = ("
                            + "SELECT NULLIF(json_group_array(json_extract(o.value, '$.name')), '[]')"
                            + " FROM json_each(products.details, '$.variants') v, json_each(v.value, '$.options') o)",
                    // -> keeps a number's text as stored (json_extract would turn it into a binary float).
                    "UPDATE prices SET amount = CASE WHEN json_type(details, '$.amount') IN ('integer', 'real')"
                            + " THEN details -> '$.amount' END, compare_at_price = CASE WHEN"
                            + " json_type(details, '$.compareAtPrice') IN ('integer', 'real')"
                            + " THEN details -> '$.compareAtPrice' END");
        }

        /** SQLite has one writer at a time: write transactions are already in order. */
        @Override
        String catalogLock(boolean exclusive) {
            return null;
        }

        @Override
        String idTable(String parameter) {
            return "json_each(:" + parameter + ") j";
        }
    },
    POSTGRESQL("string_agg", " FOR NO KEY UPDATE OF ") {
        /** LIKE rather than strpos, so that the pg_trgm index on the column serves the search. '!' escapes. */
        @Override
        void whereContains(SqlFilter filter, String column, String folded, TrigramIndex index) {
            filter.where(containsSql(column, "search"), "search", containsArgument(folded));
        }

        @Override
        String containsSql(String column, String parameter) {
            return column + " LIKE :" + parameter + " ESCAPE '!'";
        }

        @Override
        Object containsArgument(String folded) {
            return "%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        }

        @Override
        String jsonText(String column, String field) {
            return "(" + column + "::jsonb ->> '" + field + "')";
        }

        /**
         * json, not jsonb: it keeps a number's text as stored. to_json(array_agg(...)) writes names as the server does,
         * without spaces (json_agg puts one after each comma).
         */
        @Override
        List<String> deriveRuleColumns() {
            return List.of(
                    "UPDATE products SET product_type = details::json ->> 'productType', option_names = ("
                            + "SELECT to_json(array_agg(o ->> 'name'))::text FROM json_array_elements(details::json -> 'variants') v,"
                            + " json_array_elements(v -> 'options') o) WHERE json_typeof(details::json -> 'variants')"
                            + " = 'array'",
                    "UPDATE products SET product_type = details::json ->> 'productType' WHERE product_type = ''",
                    "UPDATE prices SET amount = CASE WHEN json_typeof(details::json -> 'amount') = 'number'"
                            + " THEN details::json ->> 'amount' END, compare_at_price = CASE WHEN"
                            + " json_typeof(details::json -> 'compareAtPrice') = 'number'"
                            + " THEN details::json ->> 'compareAtPrice' END");
        }

        /** A transaction-scoped advisory lock per location; a hash collision only makes two locations wait alike. */
        @Override
        String catalogLock(boolean exclusive) {
            return "SELECT count(*) FROM (SELECT pg_advisory_xact_lock" + (exclusive ? "" : "_shared")
                    + "(hashtextextended(:locationId, 0))) AS locked";
        }

        @Override
        String idTable(String parameter) {
            return "json_array_elements_text(CAST(:" + parameter + " AS json)) WITH ORDINALITY AS j(value, key)";
        }
    };

    /** A trigram full-text table over a column, keyed by the integer {@code keyColumn} of the searched rows. */
    record TrigramIndex(String table, String keyColumn) {}

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
     * concurrent read-modify-writes from several nodes serialise; NO KEY, because keys never change and the
     * foreign-key checks of membership writes must not wait on it. SQLite transactions already hold the write lock.
     */
    String forUpdate(String tableAlias) {
        return forUpdate.isEmpty() ? "" : forUpdate + tableAlias;
    }

    /**
     * Adds "{@code column} contains {@code folded}" (both case-folded) to the filter, through {@code index} where the
     * database needs a separate one (null when there is none).
     */
    abstract void whereContains(SqlFilter filter, String column, String folded, TrigramIndex index);

    /** "{@code column} contains the bound {@code parameter}" without an index, for {@link #containsArgument}. */
    abstract String containsSql(String column, String parameter);

    /** What to bind for {@link #containsSql}: the case-folded text, escaped as the database needs. */
    abstract Object containsArgument(String folded);

    /** The text of top-level {@code field} (a constant, never client input) of the JSON document in {@code column}. */
    abstract String jsonText(String column, String field);

    /**
     * A query taking the location's catalog lock ({@code :locationId}), shared or exclusive, until the transaction
     * ends; null where the database needs none.
     */
    abstract String catalogLock(boolean exclusive);

    /**
     * Fills the product and price columns smart collection rules read from the documents: migration 8.1 for rows
     * already there, and an import of an export written before those columns existed.
     */
    abstract List<String> deriveRuleColumns();

    /**
     * A FROM item {@code j} with columns {@code value} (text) and {@code key} (its position) over the JSON array of
     * strings bound to {@code parameter}: one statement for any number of ids.
     */
    abstract String idTable(String parameter);
}
