package dev.stockroom.collection;

import dev.stockroom.common.Sha256;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A smart collection's rules: 1 to {@value #MAX_CONDITIONS} conditions joined by AND (all) or OR (any). */
public record RuleSet(Logic logic, List<RuleCondition> conditions) {
    public static final int MAX_CONDITIONS = 60;

    public enum Logic {
        AND,
        OR;

        public static final List<String> WIRE_NAMES = Arrays.stream(values()).map(Logic::name).toList();

        /** By name, in any letter case. */
        public static Optional<Logic> fromWire(String name) {
            return Arrays.stream(values()).filter(l -> l.name().equalsIgnoreCase(name)).findFirst();
        }
    }

    public RuleSet {
        Objects.requireNonNull(logic, "logic");
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty() || conditions.size() > MAX_CONDITIONS) {
            throw new IllegalArgumentException("1 to " + MAX_CONDITIONS + " conditions, not " + conditions.size());
        }
    }

    public boolean matches(ProductFacts facts) {
        for (RuleCondition condition : conditions) {
            boolean holds = condition.matches(facts);
            if (logic == Logic.AND && !holds) return false;
            if (logic == Logic.OR && holds) return true;
        }
        return logic == Logic.AND;
    }

    /**
     * SHA-256 (hex) of the normalized rules: field, operator and logic names in their canonical letter case, numbers
     * without trailing zeros. The same rules sent with other key orders or letter cases of names hash alike; the order
     * of the conditions and the text of their values count.
     */
    public String hash() {
        StringBuilder canonical = new StringBuilder(logic.name());
        for (RuleCondition condition : conditions) canonical.append('\n').append(condition.canonical());
        return Sha256.hex(canonical.toString());
    }
}
