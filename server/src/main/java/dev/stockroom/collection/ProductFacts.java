package dev.stockroom.collection;

import dev.stockroom.product.ProductType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What smart collection rules can see of a product: its own fields and one row per price. Texts are case-folded
 * ({@code Texts.fold}), as rules compare them.
 */
public record ProductFacts(
        String id,
        String nameFolded,
        ProductType productType,
        boolean availableInStore,
        List<String> optionNamesFolded,
        List<PriceFacts> prices) {

    public ProductFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameFolded, "nameFolded");
        Objects.requireNonNull(productType, "productType");
        optionNamesFolded = List.copyOf(optionNamesFolded);
        prices = List.copyOf(prices);
    }

    /** One price row. {@code skuFolded}, {@code compareAtPrice} and {@code availableQuantity} may be null. */
    public record PriceFacts(
            String nameFolded,
            String skuFolded,
            BigDecimal amount,
            BigDecimal compareAtPrice,
            boolean trackInventory,
            Long availableQuantity) {}

    List<String> variantTitles() {
        List<String> titles = ofPrices(PriceFacts::nameFolded);
        titles.addAll(optionNamesFolded);
        return titles;
    }

    List<BigDecimal> amounts() {
        return ofPrices(PriceFacts::amount);
    }

    /** Prices without a compare-at price have no value. */
    List<BigDecimal> compareAtPrices() {
        return ofPrices(PriceFacts::compareAtPrice);
    }

    /** Untracked prices have no inventory; a tracked one without a quantity has 0, as the inventory list says. */
    List<BigDecimal> inventories() {
        return ofPrices(price -> price.trackInventory()
                ? BigDecimal.valueOf(price.availableQuantity() == null ? 0 : price.availableQuantity())
                : null);
    }

    List<String> skus() {
        return ofPrices(PriceFacts::skuFolded);
    }

    /** One value per price row, rows without one (null) left out. */
    private <T> List<T> ofPrices(Function<PriceFacts, T> value) {
        List<T> values = new ArrayList<>(prices.size());
        for (PriceFacts price : prices) {
            T v = value.apply(price);
            if (v != null) values.add(v);
        }
        return values;
    }
}
