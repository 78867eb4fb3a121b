package dev.stockroom.product;

import java.util.List;

/** A product variant such as "Size", with its options. */
public record Variant(String id, String name, List<VariantOption> options) {
    public Variant {
        options = List.copyOf(options);
    }

    /** One option of a variant, such as "XL". */
    public record VariantOption(String id, String name) {}
}
