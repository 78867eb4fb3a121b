package dev.stockroom.price;

import dev.stockroom.common.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a stored price must satisfy, checked on the result of a create or an update. */
public final class PriceRules {
    private PriceRules() {}

    /** {@code optionIds} are the option ids of the product's variants. */
    static void validate(PriceDetails price, Collection<String> optionIds) {
        List<String> errors = new ArrayList<>();
        if (price.name() == null || price.name().isEmpty()) errors.add("name should not be empty");
        if (price.type() == null) errors.add("type must be one of the following values: one_time, recurring");
        if (price.currency() == null || !isCurrency(price.currency())) {
            errors.add("currency must be a valid ISO 4217 currency code");
        }
        if (price.amount() == null) errors.add("amount must be a number");
        if (price.type() == PriceType.RECURRING && price.recurring() == null) {
            errors.add("recurring should not be empty when type is recurring");
        }
        if (price.type() == PriceType.ONE_TIME && price.recurring() != null) {
            errors.add("recurring must be empty when type is one_time");
        }
        Set<String> unknown = new HashSet<>(price.variantOptionIds());
        unknown.removeAll(optionIds);
        price.variantOptionIds().stream()
                .filter(unknown::contains)
                .distinct()
                .forEach(id -> errors.add("variantOptionIds contains an option that is not one of the product's: " + id));
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    /** An ISO 4217 code, in capitals. */
    public static boolean isCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) return false;
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
