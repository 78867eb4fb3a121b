package dev.stockroom.collection;

import java.time.Instant;
import java.util.Objects;

/**
 * The rules a collection was last given, with their hash and version, and when they were last evaluated over the
 * whole catalog. A manual collection that was smart keeps them; they apply while the collection is smart.
 */
public record SmartRules(RuleSet rules, String ruleHash, int ruleVersion, Instant evaluatedAt) {
    public SmartRules {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(ruleHash, "ruleHash");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
        if (ruleVersion < 1) throw new IllegalArgumentException("ruleVersion starts at 1");
    }

    /** The first rules of a collection. */
    static SmartRules first(RuleSet rules, Instant now) {
        return new SmartRules(rules, rules.hash(), 1, now);
    }

    /** These rules replaced by {@code next}: the version grows by one when the hash changes, and only then. */
    SmartRules replacedBy(RuleSet next) {
        String nextHash = next.hash();
        return nextHash.equals(ruleHash) ? this : new SmartRules(next, nextHash, ruleVersion + 1, evaluatedAt);
    }

    SmartRules withEvaluatedAt(Instant when) {
        return new SmartRules(rules, ruleHash, ruleVersion, when);
    }
}
