package dev.stockroom.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockroom.collection.RuleCondition;
import dev.stockroom.collection.RuleField;
import dev.stockroom.collection.RuleOperator;
import dev.stockroom.collection.RuleSet;
import dev.stockroom.product.ProductType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Smart collection rules as stored in {@code collections.rules}: the wire form,
 * {@code {"logic":"AND","conditions":[{"field":..,"operator":..,"value":..}]}}. Parsed rules are kept by their hash:
 * a hash names one set of rules for good, so the cache can never serve rules another node has changed, and catalog
 * writes do not parse the location's rules again each time.
 */
final class RulesDocument {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // numbers stay exact
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final int CACHED_RULE_SETS = 10_000;
    private static final Map<String, RuleSet> PARSED = new ConcurrentHashMap<>();

    private RulesDocument() {}

    static String write(RuleSet rules) {
        ObjectNode document = JSON.createObjectNode().put("logic", rules.logic().name());
        ArrayNode conditions = document.putArray("conditions");
        for (RuleCondition condition : rules.conditions()) {
            ObjectNode node = conditions.addObject()
                    .put("field", condition.field().wireName())
                    .put("operator", condition.operator().wireName());
            Object value = condition.value();
            if (value instanceof String text) node.put("value", text);
            else if (value instanceof BigDecimal number) node.put("value", number);
            else if (value instanceof ProductType type) node.put("value", type.wireValue());
            else if (value instanceof Boolean flag) node.put("value", flag);
            else throw new IllegalStateException("unexpected rule value " + value);
        }
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store rules", e);
        }
    }

    /** The rules stored under {@code hash}, parsed once per process. */
    static RuleSet read(String hash, String json) {
        RuleSet cached = PARSED.get(hash);
        if (cached != null) return cached;
        RuleSet rules = read(json);
        if (PARSED.size() >= CACHED_RULE_SETS) PARSED.clear(); // rules that many are rare; start over rather than grow
        PARSED.put(hash, rules);
        return rules;
    }

    static RuleSet read(String json) {
        try {
            JsonNode document = JSON.readTree(json);
            List<RuleCondition> conditions = new ArrayList<>();
            for (JsonNode node : document.get("conditions")) {
                RuleField field = RuleField.fromWire(node.get("field").textValue()).orElseThrow();
                RuleOperator operator = RuleOperator.fromWire(node.get("operator").textValue()).orElseThrow();
                JsonNode value = node.get("value");
                Object parsed = switch (field.kind()) {
                    case TEXT -> value.textValue();
                    case NUMBER, INTEGER -> value.decimalValue();
                    case PRODUCT_TYPE -> ProductType.fromWire(value.textValue()).orElseThrow();
                    case BOOLEAN -> value.booleanValue();
                };
                conditions.add(new RuleCondition(field, operator, parsed));
            }
            return new RuleSet(RuleSet.Logic.valueOf(document.get("logic").textValue()), conditions);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("stored rules are unreadable", e);
        }
    }
}
