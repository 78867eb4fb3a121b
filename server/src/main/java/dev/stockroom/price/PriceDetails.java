package dev.stockroom.price;

import dev.stockroom.price.PriceParts.MembershipOffer;
import dev.stockroom.price.PriceParts.Meta;
import dev.stockroom.price.PriceParts.Recurring;
import dev.stockroom.price.PriceParts.ShippingOptions;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a client can write on a price (CreatePriceDto). Amounts are exact decimals. Null means "not set";
 * {@link PriceRules} checks what a stored price must have.
 */
public record PriceDetails(
        String name,
        PriceType type,
        String currency,
        BigDecimal amount,
        Recurring recurring,
        String description,
        List<MembershipOffer> membershipOffers,
        Integer trialPeriod,
        Integer totalCycles,
        BigDecimal setupFee,
        List<String> variantOptionIds,
        BigDecimal compareAtPrice,
        String userId,
        Meta meta,
        Boolean trackInventory,
        Long availableQuantity,
        Boolean allowOutOfStockPurchases,
        String sku,
        ShippingOptions shippingOptions,
        Boolean isDigitalProduct,
        List<String> digitalDelivery) {

    public PriceDetails {
        membershipOffers = membershipOffers == null ? List.of() : List.copyOf(membershipOffers);
        variantOptionIds = variantOptionIds == null ? List.of() : List.copyOf(variantOptionIds);
        digitalDelivery = digitalDelivery == null ? List.of() : List.copyOf(digitalDelivery);
    }

    /** This price with new inventory values. */
    public PriceDetails withInventory(Long quantity, Boolean allowOutOfStock) {
        return new PriceDetails(name, type, currency, amount, recurring, description, membershipOffers, trialPeriod,
                totalCycles, setupFee, variantOptionIds, compareAtPrice, userId, meta, trackInventory, quantity,
                allowOutOfStock, sku, shippingOptions, isDigitalProduct, digitalDelivery);
    }

    /** This price with new amounts (a bulk price update). */
    public PriceDetails withAmounts(BigDecimal newAmount, BigDecimal newCompareAtPrice) {
        return new PriceDetails(name, type, currency, newAmount, recurring, description, membershipOffers, trialPeriod,
                totalCycles, setupFee, variantOptionIds, newCompareAtPrice, userId, meta, trackInventory,
                availableQuantity, allowOutOfStockPurchases, sku, shippingOptions, isDigitalProduct, digitalDelivery);
    }

    /** This price in another currency, amounts unchanged (a bulk currency update). */
    public PriceDetails withCurrency(String newCurrency) {
        return new PriceDetails(name, type, newCurrency, amount, recurring, description, membershipOffers, trialPeriod,
                totalCycles, setupFee, variantOptionIds, compareAtPrice, userId, meta, trackInventory,
                availableQuantity, allowOutOfStockPurchases, sku, shippingOptions, isDigitalProduct, digitalDelivery);
    }

    /** Nothing set: what a create request's fields are applied to. */
    public static final PriceDetails EMPTY = new PriceDetails(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);
}
