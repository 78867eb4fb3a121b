package dev.stockroom.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/** A WHERE clause built from optional filters, with its named parameters; lists become {@code :name0, :name1...}. */
final class SqlFilter {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    SqlFilter where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** Adds {@code condition} with {@code (:name0, :name1, ...)} put in place of {@code :name}. */
    SqlFilter whereIn(String condition, String name, List<?> values) {
        List<String> placeholders = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            placeholders.add(":" + name + i);
            parameters.put(name + i, values.get(i));
        }
        conditions.add(condition.replace(":" + name, "(" + String.join(", ", placeholders) + ")"));
        return this;
    }

    String sql() {
        return String.join(" AND ", conditions);
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        parameters.forEach(statement::bind);
        return statement;
    }
}
