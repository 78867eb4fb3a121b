package dev.stockroom.collection;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The README's rule language, evaluated the plainest way over the JSON the API answers: a product (as GET answers it)
 * and its prices. Written apart from the server's evaluator so that the two can be compared.
 */
final class PlainRuleEvaluator {
    private PlainRuleEvaluator() {}

    /** A condition as the test sent it: value is a String, a BigDecimal or a Boolean. */
    record Condition(String field, String operator, Object value) {}

    record Rules(String logic, List<Condition> conditions) {}

    static boolean matches(Rules rules, JsonNode product, List<JsonNode> prices) {
        boolean and = rules.logic().equals("AND");
        for (Condition condition : rules.conditions()) {
            boolean holds = holds(condition, product, prices);
            if (and && !holds) return false;
            if (!and && holds) return true;
        }
        return and;
    }

    private static boolean holds(Condition condition, JsonNode product, List<JsonNode> prices) {
        List<Object> values = new ArrayList<>();
        switch (condition.field()) {
            case "title" -> values.add(product.path("name").asText());
            case "productType" -> values.add(product.path("productType").asText());
            case "availableInStore" -> values.add(product.path("availableInStore").asBoolean());
            case "variantTitle" -> {
                for (JsonNode price : prices) values.add(price.path("name").asText());
                for (JsonNode variant : product.path("variants")) {
                    for (JsonNode option : variant.path("options")) values.add(option.path("name").asText());
                }
            }
            case "sku" -> {
                for (JsonNode price : prices) if (price.hasNonNull("sku")) values.add(price.path("sku").asText());
            }
            case "price" -> {
                for (JsonNode price : prices) values.add(price.path("amount").decimalValue());
            }
            case "compareAtPrice" -> {
                for (JsonNode price : prices) {
                    if (price.hasNonNull("compareAtPrice")) values.add(price.path("compareAtPrice").decimalValue());
                }
            }
            case "inventory" -> {
                for (JsonNode price : prices) {
                    if (price.path("trackInventory").asBoolean()) {
                        values.add(BigDecimal.valueOf(price.path("availableQuantity").asLong(0)));
                    }
                }
            }
            default -> throw new IllegalArgumentException(condition.field());
        }
        String operator = condition.operator();
        boolean negative = operator.equals("not_equals") || operator.equals("not_contains");
        String positive = negative ? operator.substring(4) : operator;
        boolean any = false;
        for (Object value : values) any |= test(positive, value, condition.value());
        return negative ? !any : any;
    }

    private static boolean test(String operator, Object fieldValue, Object ruleValue) {
        if (fieldValue instanceof String text) {
            String field = text.toLowerCase(Locale.ROOT);
            String rule = ((String) ruleValue).toLowerCase(Locale.ROOT);
            return switch (operator) {
                case "equals" -> field.equals(rule);
                case "contains" -> field.contains(rule);
                case "starts_with" -> field.startsWith(rule);
                case "ends_with" -> field.endsWith(rule);
                default -> throw new IllegalArgumentException(operator);
            };
        }
        if (fieldValue instanceof BigDecimal number) {
            int comparison = number.compareTo((BigDecimal) ruleValue);
            return switch (operator) {
                case "equals" -> comparison == 0;
                case "greater_than" -> comparison > 0;
                case "less_than" -> comparison < 0;
                case "greater_than_or_equal" -> comparison >= 0;
                case "less_than_or_equal" -> comparison <= 0;
                default -> throw new IllegalArgumentException(operator);
            };
        }
        return fieldValue.equals(ruleValue); // a boolean, or a product type's wire value
    }
}
