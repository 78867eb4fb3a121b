package dev.stockroom.product;

import dev.stockroom.common.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules between fields, checked on the details a write would store (after merging a partial update). */
final class ProductRules {
    private ProductRules() {}

    /**
     * CreateProductDto: "isTaxesEnabled: if this is true, taxes array cannot be empty"; "isLabelEnabled: if this is
     * true, label object cannot be empty". Ids inside one product must be unique so clients can address them.
     */
    static void validate(ProductDetails details, List<String> collectionIds) {
        List<String> errors = new ArrayList<>();
        if (details.isTaxesEnabled() && details.taxes().isEmpty()) {
            errors.add("taxes should not be empty when isTaxesEnabled is true");
        }
        if (!details.isTaxesEnabled() && !details.taxes().isEmpty()) {
            errors.add("isTaxesEnabled must be true when taxes are given");
        }
        if (details.isLabelEnabled() && details.label() == null) {
            errors.add("label should not be empty when isLabelEnabled is true");
        }
        requireUnique("variants", details.variants().stream().map(Variant::id).toList(), errors);
        for (int i = 0; i < details.variants().size(); i++) {
            Variant variant = details.variants().get(i);
            requireUnique(
                    "variants." + i + ".options",
                    variant.options().stream().map(Variant.VariantOption::id).toList(),
                    errors);
        }
        requireUnique("medias", details.medias().stream().map(Media::id).toList(), errors);
        if (new HashSet<>(collectionIds).size() != collectionIds.size()) {
            errors.add("All collectionIds's elements must be unique");
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    private static void requireUnique(String path, List<String> ids, List<String> errors) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) errors.add(path + " must have unique ids, " + id + " is repeated");
        }
    }
}
