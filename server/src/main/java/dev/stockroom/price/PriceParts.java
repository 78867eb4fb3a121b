package dev.stockroom.price;

import java.math.BigDecimal;

/** The small value types a price is made of, as HighLevel's CreatePriceDto nests them. */
public final class PriceParts {
    private PriceParts() {}

    /** RecurringDto: every {@code intervalCount} {@code interval}s (day, week, month, year). */
    public record Recurring(String interval, int intervalCount) {}

    /** MembershipOfferDto. */
    public record MembershipOffer(String label, String value, String id) {}

    /** PriceMetaDto: where the price came from. */
    public record Meta(String source, String sourceId, String stripePriceId, String internalSource) {}

    /** WeightOptionsDto. */
    public record Weight(BigDecimal value, String unit) {}

    /** PriceDimensionsDto. */
    public record Dimensions(BigDecimal height, BigDecimal width, BigDecimal length, String unit) {}

    /** ShippingOptionsDto. */
    public record ShippingOptions(Weight weight, Dimensions dimensions) {}
}
