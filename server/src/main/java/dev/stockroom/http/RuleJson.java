package dev.stockroom.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stockroom.api.RulesDto;
import dev.stockroom.collection.RuleCondition;
import dev.stockroom.collection.RuleField;
import dev.stockroom.collection.RuleOperator;
import dev.stockroom.collection.RuleSet;
import dev.stockroom.collection.RulesInput;
import dev.stockroom.common.InvalidInputException;
import dev.stockroom.product.ProductType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Reads smart collection rules, {@code {"logic": "AND", "conditions": [{"field", "operator", "value"}]}}, with every
 * violation under its path ({@code rules.conditions.2.operator must be one of the following values: ...}). Names of
 * fields, operators and the logic are accepted in any letter case.
 */
final class RuleJson {
    private static final List<String> PRODUCT_TYPES =
            Arrays.stream(ProductType.values()).map(ProductType::wireValue).toList();
    private static final List<String> ALL_OPERATORS =
            Arrays.stream(RuleOperator.values()).map(RuleOperator::wireName).toList();

    private RuleJson() {}

    /** The {@code rules} property of a body: absent, null, valid, or its violations (which count for smart only). */
    static RulesInput read(JsonNode rules) {
        if (rules == null) return RulesInput.ABSENT;
        if (rules.isNull()) return new RulesInput.Cleared();
        BodyReader in = BodyReader.of(JsonNodeFactory.instance.objectNode().set("rules", rules));
        Field<RuleSet> parsed = in.optionalObject("rules", RuleJson::readRules);
        try {
            in.finish();
        } catch (InvalidInputException e) {
            return new RulesInput.Invalid(e.messages());
        }
        return new RulesInput.Valid(parsed.value());
    }

    private static RuleSet readRules(BodyReader in) {
        RuleSet.Logic logic = in.requiredEnum("logic", RuleSet.Logic::fromWire, RuleSet.Logic.WIRE_NAMES);
        JsonNode raw = in.raw("conditions");
        if (raw == null || raw.isNull()) {
            in.error("conditions", "must be an array");
            return null;
        }
        if (raw.isArray() && raw.isEmpty()) {
            in.error("conditions", "must contain at least 1 elements");
            return null;
        }
        Field<List<RuleCondition>> conditions =
                in.optionalObjectArray("conditions", RuleSet.MAX_CONDITIONS, (condition, index) -> readCondition(condition));
        if (logic == null || conditions.state() != Field.State.VALUE) return null;
        return new RuleSet(logic, conditions.value());
    }

    private static RuleCondition readCondition(BodyReader in) {
        RuleField field = in.requiredEnum("field", RuleField::fromWire, RuleField.WIRE_NAMES);
        if (field == null) {
            in.requiredEnum("operator", RuleOperator::fromWire, ALL_OPERATORS);
            return null;
        }
        RuleOperator operator = in.requiredEnum(
                "operator",
                name -> RuleOperator.fromWire(name).filter(o -> o.appliesTo(field.kind())),
                RuleOperator.wireNamesFor(field.kind()));
        Object value = readValue(in, field);
        return operator == null || value == null ? null : new RuleCondition(field, operator, value);
    }

    /** The value in the type the field takes; null (with the violation recorded) when it is not. */
    private static Object readValue(BodyReader in, RuleField field) {
        JsonNode raw = in.raw("value");
        return switch (field.kind()) {
            case TEXT -> in.requiredString("value", Limits.SHORT_TEXT);
            case NUMBER -> in.requiredDecimal("value", BigDecimal.ZERO);
            case INTEGER -> {
                if (raw == null || raw.isNull()) {
                    in.error("value", "must be an integer number");
                    yield null;
                }
                Long number = in.optionalInteger("value", 0).value();
                yield number == null ? null : BigDecimal.valueOf(number);
            }
            case PRODUCT_TYPE -> in.requiredEnum("value", ProductType::fromWire, PRODUCT_TYPES);
            case BOOLEAN -> {
                if (raw == null || raw.isNull()) {
                    in.error("value", "must be a boolean value");
                    yield null;
                }
                yield in.optionalBoolean("value").value();
            }
        };
    }

    static RulesDto toDto(RuleSet rules) {
        return new RulesDto(
                rules.logic().name(),
                rules.conditions().stream()
                        .map(c -> new RulesDto.Condition(c.field().wireName(), c.operator().wireName(), wireValue(c)))
                        .toList());
    }

    private static Object wireValue(RuleCondition condition) {
        return condition.value() instanceof ProductType type ? type.wireValue() : condition.value();
    }
}
