package dev.stockroom.collection;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a smart collection's condition looks at. Product fields have one value per product; price-row fields have one
 * value per price row (or variant option), and a condition on them holds when any row satisfies it.
 */
public enum RuleField {
    TITLE("title", ValueKind.TEXT, facts -> List.of(facts.nameFolded())),
    /** A price's name or a variant option's name. */
    VARIANT_TITLE("variantTitle", ValueKind.TEXT, ProductFacts::variantTitles),
    PRICE("price", ValueKind.NUMBER, ProductFacts::amounts),
    COMPARE_AT_PRICE("compareAtPrice", ValueKind.NUMBER, ProductFacts::compareAtPrices),
    /** The available quantity of the prices that track inventory (0 when a tracked price has none). */
    INVENTORY("inventory", ValueKind.INTEGER, ProductFacts::inventories),
    SKU("sku", ValueKind.TEXT, ProductFacts::skus),
    PRODUCT_TYPE("productType", ValueKind.PRODUCT_TYPE, facts -> List.of(facts.productType())),
    AVAILABLE_IN_STORE("availableInStore", ValueKind.BOOLEAN, facts -> List.of(facts.availableInStore()));

    public static final List<String> WIRE_NAMES =
            Arrays.stream(values()).map(RuleField::wireName).toList();

    private final String wireName;
    private final ValueKind kind;
    private final Function<ProductFacts, List<?>> values;

    RuleField(String wireName, ValueKind kind, Function<ProductFacts, List<?>> values) {
        this.wireName = wireName;
        this.kind = kind;
        this.values = values;
    }

    public String wireName() {
        return wireName;
    }

    public ValueKind kind() {
        return kind;
    }

    /** The product's values of this field: one for product fields, one per row for price-row fields. */
    List<?> valuesOf(ProductFacts facts) {
        return values.apply(facts);
    }

    /** By wire name, in any letter case. */
    public static Optional<RuleField> fromWire(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
