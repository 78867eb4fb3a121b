package dev.stockroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * A price as HighLevel returns it ({@code DefaultPriceResponseDto}). The spec's response omits several fields the
 * request accepts (description, trialPeriod, totalCycles, setupFee, meta, sku, shippingOptions, isDigitalProduct,
 * digitalDelivery); they are returned too, so every field round-trips. Amounts are exact decimals.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PriceDto(
        @JsonProperty("_id") String id,
        List<MembershipOffer> membershipOffers,
        List<String> variantOptionIds,
        String locationId,
        String product,
        String userId,
        String name,
        String type,
        String currency,
        BigDecimal amount,
        Recurring recurring,
        String createdAt,
        String updatedAt,
        BigDecimal compareAtPrice,
        Boolean trackInventory,
        Long availableQuantity,
        Boolean allowOutOfStockPurchases,
        String description,
        Integer trialPeriod,
        Integer totalCycles,
        BigDecimal setupFee,
        Meta meta,
        String sku,
        ShippingOptions shippingOptions,
        @JsonProperty("isDigitalProduct") Boolean isDigitalProduct,
        List<String> digitalDelivery) {

    /** RecurringDto. */
    public record Recurring(String interval, int intervalCount) {}

    /** MembershipOfferDto. */
    public record MembershipOffer(String label, String value, @JsonProperty("_id") String id) {}

    /** PriceMetaDto. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meta(String source, String sourceId, String stripePriceId, String internalSource) {}

    /** WeightOptionsDto. */
    public record Weight(BigDecimal value, String unit) {}

    /** PriceDimensionsDto. */
    public record Dimensions(BigDecimal height, BigDecimal width, BigDecimal length, String unit) {}

    /** ShippingOptionsDto. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShippingOptions(Weight weight, Dimensions dimensions) {}
}
