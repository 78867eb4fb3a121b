package dev.stockroom.api;

import java.util.List;

/**
 * A smart collection's rules, as the newer "Update Product Collection" page sends them: {@code logic} joins the
 * conditions (AND: all, OR: any).
 */
public record RulesDto(String logic, List<Condition> conditions) {
    /** {@code field operator value}; the value is a string, a number or a boolean, as the field takes. */
    public record Condition(String field, String operator, Object value) {}
}
