package dev.stockroom.collection;

import java.util.List;

/**
 * The {@code rules} a create or update request sent. Their violations count only when the collection is (or becomes)
 * smart: a manual collection ignores rules, as HighLevel's documentation example sends a placeholder with
 * {@code "type": "manual"}.
 */
public sealed interface RulesInput {
    RulesInput ABSENT = new Absent();

    record Absent() implements RulesInput {}

    /** {@code "rules": null}. */
    record Cleared() implements RulesInput {}

    record Valid(RuleSet rules) implements RulesInput {}

    /** Every violation, each under its path ({@code rules.conditions.2.operator ...}). */
    record Invalid(List<String> errors) implements RulesInput {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
