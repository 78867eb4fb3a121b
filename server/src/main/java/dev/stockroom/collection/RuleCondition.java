package dev.stockroom.collection;

import dev.stockroom.common.Decimals;
import dev.stockroom.common.Texts;
import dev.stockroom.product.ProductType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One condition of a smart collection: {@code field operator value}. The value's type follows the field's kind: a
 * non-empty String for text, a BigDecimal for numbers, a {@link ProductType} or a Boolean.
 */
public final class RuleCondition {
    private final RuleField field;
    private final RuleOperator operator;
    private final Object value;
    /** The value as fields are compared with it: case-folded text, normalized decimals. */
    private final Object comparedValue;

    public RuleCondition(RuleField field, RuleOperator operator, Object value) {
        this.field = Objects.requireNonNull(field, "field");
        this.operator = Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        if (!operator.appliesTo(field.kind())) {
            throw new IllegalArgumentException(operator.wireName() + " does not apply to " + field.wireName());
        }
        switch (field.kind()) {
            case TEXT -> {
                String text = (String) value;
                if (text.isEmpty()) throw new IllegalArgumentException("empty text value");
                this.value = text;
                this.comparedValue = Texts.fold(text);
            }
            case NUMBER, INTEGER -> {
                BigDecimal number = Decimals.normalize((BigDecimal) value);
                if (field.kind() == ValueKind.INTEGER && number.scale() > 0) {
                    throw new IllegalArgumentException("not a whole number: " + number);
                }
                this.value = number;
                this.comparedValue = number;
            }
            case PRODUCT_TYPE -> {
                this.value = (ProductType) value;
                this.comparedValue = value;
            }
            case BOOLEAN -> {
                this.value = (Boolean) value;
                this.comparedValue = value;
            }
            default -> throw new IllegalStateException("unknown kind " + field.kind());
        }
    }

    public RuleField field() {
        return field;
    }

    public RuleOperator operator() {
        return operator;
    }

    /** The value as the client gave it (text keeps its letter case; numbers are normalized: 10.50 is 10.5). */
    public Object value() {
        return value;
    }

    /** Whether the product satisfies the condition; on price-row fields, whether any row does (none, if negative). */
    public boolean matches(ProductFacts facts) {
        boolean anyHolds = false;
        for (Object fieldValue : field.valuesOf(facts)) {
            if (operator.holdsPositively(fieldValue, comparedValue)) {
                anyHolds = true;
                break;
            }
        }
        return operator.isNegative() != anyHolds;
    }

    /** An unambiguous text of the condition, for the rule hash: each part is prefixed with its length. */
    String canonical() {
        String valueText = switch (field.kind()) {
            case TEXT -> "s" + value;
            case NUMBER, INTEGER -> "n" + ((BigDecimal) value).toPlainString();
            case PRODUCT_TYPE -> "t" + ((ProductType) value).wireValue();
            case BOOLEAN -> "b" + value;
        };
        StringBuilder text = new StringBuilder();
        for (String part : List.of(field.wireName(), operator.wireName(), valueText)) {
            text.append(part.length()).append(':').append(part);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleCondition that
                && field == that.field
                && operator == that.operator
                && canonical().equals(that.canonical());
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return field.wireName() + " " + operator.wireName() + " " + value;
    }
}
