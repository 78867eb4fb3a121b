package dev.stockroom.collection;

import dev.stockroom.product.ProductType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
        List<String> titles = new ArrayList<>(prices.size() + optionNamesFolded.size());
        for (PriceFacts price : prices) titles.add(price.nameFolded());
        titles.addAll(optionNamesFolded);
        return titles;
    }

    List<BigDecimal> amounts() {
        List<BigDecimal> amounts = new ArrayList<>(prices.size());
        for (PriceFacts price : prices) {
            if (price.amount() != null) amounts.add(price.amount());
        }
        return amounts;
    }

    List<BigDecimal> compareAtPrices() {
        List<BigDecimal> amounts = new ArrayList<>(prices.size());
        for (PriceFacts price : prices) {
            if (price.compareAtPrice() != null) amounts.add(price.compareAtPrice());
        }
        return amounts;
    }

    /** Untracked prices have no inventory; a tracked one without a quantity has 0, as the inventory list says. */
    List<BigDecimal> inventories() {
        List<BigDecimal> quantities = new ArrayList<>(prices.size());
        for (PriceFacts price : prices) {
            if (price.trackInventory()) {
                quantities.add(BigDecimal.valueOf(price.availableQuantity() == null ? 0 : price.availableQuantity()));
            }
        }
        return quantities;
    }

    List<String> skus() {
        List<String> skus = new ArrayList<>(prices.size());
        for (PriceFacts price : prices) {
            if (price.skuFolded() != null) skus.add(price.skuFolded());
        }
        return skus;
    }
}
