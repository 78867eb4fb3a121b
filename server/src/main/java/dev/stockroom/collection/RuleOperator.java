package dev.stockroom.collection;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a condition compares a field with its value. The negative operators ({@code not_equals}, {@code not_contains})
 * hold when the positive one holds for no value of the field: on a price-row field, when no row matches.
 */
public enum RuleOperator {
    EQUALS("equals", EnumSet.allOf(ValueKind.class)),
    NOT_EQUALS("not_equals", EnumSet.allOf(ValueKind.class)),
    CONTAINS("contains", EnumSet.of(ValueKind.TEXT)),
    NOT_CONTAINS("not_contains", EnumSet.of(ValueKind.TEXT)),
    STARTS_WITH("starts_with", EnumSet.of(ValueKind.TEXT)),
    ENDS_WITH("ends_with", EnumSet.of(ValueKind.TEXT)),
    GREATER_THAN("greater_than", EnumSet.of(ValueKind.NUMBER, ValueKind.INTEGER)),
    LESS_THAN("less_than", EnumSet.of(ValueKind.NUMBER, ValueKind.INTEGER)),
    GREATER_THAN_OR_EQUAL("greater_than_or_equal", EnumSet.of(ValueKind.NUMBER, ValueKind.INTEGER)),
    LESS_THAN_OR_EQUAL("less_than_or_equal", EnumSet.of(ValueKind.NUMBER, ValueKind.INTEGER));

    private final String wireName;
    private final Set<ValueKind> kinds;

    RuleOperator(String wireName, Set<ValueKind> kinds) {
        this.wireName = wireName;
        this.kinds = kinds;
    }

    public String wireName() {
        return wireName;
    }

    public boolean appliesTo(ValueKind kind) {
        return kinds.contains(kind);
    }

    /** The wire names of the operators a kind of field takes, in declaration order. */
    public static List<String> wireNamesFor(ValueKind kind) {
        return Arrays.stream(values()).filter(o -> o.appliesTo(kind)).map(RuleOperator::wireName).toList();
    }

    /** By wire name, in any letter case. */
    public static Optional<RuleOperator> fromWire(String name) {
        return Arrays.stream(values()).filter(o -> o.wireName.equalsIgnoreCase(name)).findFirst();
    }

    boolean isNegative() {
        return this == NOT_EQUALS || this == NOT_CONTAINS;
    }

    /** Whether one value of a field satisfies the positive form of this operator against the condition's value. */
    boolean holdsPositively(Object fieldValue, Object ruleValue) {
        return switch (this) {
            case EQUALS, NOT_EQUALS -> fieldValue instanceof BigDecimal number
                    ? number.compareTo((BigDecimal) ruleValue) == 0
                    : fieldValue.equals(ruleValue);
            case CONTAINS, NOT_CONTAINS -> ((String) fieldValue).contains((String) ruleValue);
            case STARTS_WITH -> ((String) fieldValue).startsWith((String) ruleValue);
            case ENDS_WITH -> ((String) fieldValue).endsWith((String) ruleValue);
            case GREATER_THAN -> compare(fieldValue, ruleValue) > 0;
            case LESS_THAN -> compare(fieldValue, ruleValue) < 0;
            case GREATER_THAN_OR_EQUAL -> compare(fieldValue, ruleValue) >= 0;
            case LESS_THAN_OR_EQUAL -> compare(fieldValue, ruleValue) <= 0;
        };
    }

    private static int compare(Object fieldValue, Object ruleValue) {
        return ((BigDecimal) fieldValue).compareTo((BigDecimal) ruleValue);
    }
}
