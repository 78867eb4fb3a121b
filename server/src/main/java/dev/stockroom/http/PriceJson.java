package dev.stockroom.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.api.ListPricesResponseDto;
import dev.stockroom.api.PriceDto;
import dev.stockroom.common.Page;
import dev.stockroom.price.Price;
import dev.stockroom.price.PriceDetails;
import dev.stockroom.price.PriceParts.Dimensions;
import dev.stockroom.price.PriceParts.MembershipOffer;
import dev.stockroom.price.PriceParts.Meta;
import dev.stockroom.price.PriceParts.Recurring;
import dev.stockroom.price.PriceParts.ShippingOptions;
import dev.stockroom.price.PriceParts.Weight;
import dev.stockroom.price.PriceType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Maps CreatePriceDto and UpdatePriceDto to the domain, and prices to DefaultPriceResponseDto. */
final class PriceJson {
    private static final List<String> TYPES = List.of("one_time", "recurring");
    private static final List<String> INTERVALS = List.of("day", "month", "week", "year");
    private static final List<String> SOURCES = List.of("stripe", "woocommerce", "shopify");
    private static final List<String> INTERNAL_SOURCES =
            List.of("agency_plan", "funnel", "membership", "communities", "gokollab", "calendar");
    private static final List<String> WEIGHT_UNITS = List.of("kg", "lb", "g", "oz");
    private static final List<String> LENGTH_UNITS = List.of("cm", "in", "m");

    private PriceJson() {}

    /** Create: the body's fields over nothing. name, type, currency, amount and locationId are required. */
    static Parsed<PriceDetails> parseCreate(JsonNode body) {
        Parsed<UnaryOperator<PriceDetails>> parsed = parseUpdate(body);
        return new Parsed<>(parsed.locationId(), parsed.value().apply(PriceDetails.EMPTY));
    }

    /**
     * Update: partial (a field present replaces, absent keeps, null clears). The spec marks the same fields required
     * as on create, so they are required here too.
     */
    static Parsed<UnaryOperator<PriceDetails>> parseUpdate(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String locationId = in.requiredString("locationId", Limits.SHORT_TEXT);
        String name = in.requiredString("name", Limits.SHORT_TEXT);
        PriceType type = in.requiredEnum("type", PriceType::fromWire, TYPES);
        String currency = in.requiredString("currency", 3);
        BigDecimal amount = in.requiredDecimal("amount", BigDecimal.ZERO);
        Field<Recurring> recurring = in.optionalObject("recurring", PriceJson::readRecurring);
        Field<String> description = in.optionalString("description", Limits.LONG_TEXT);
        Field<List<MembershipOffer>> offers =
                in.optionalObjectArray("membershipOffers", Limits.ARRAY_ITEMS, (offer, i) -> readOffer(offer));
        Field<Long> trialPeriod = in.optionalInteger("trialPeriod", 0);
        Field<Long> totalCycles = in.optionalInteger("totalCycles", 1);
        Field<BigDecimal> setupFee = in.optionalDecimal("setupFee", BigDecimal.ZERO);
        Field<List<String>> variantOptionIds =
                in.optionalStringArray("variantOptionIds", Limits.ARRAY_ITEMS, id -> !id.isEmpty(), "should not be empty");
        Field<BigDecimal> compareAtPrice = in.optionalDecimal("compareAtPrice", BigDecimal.ZERO);
        Field<String> userId = in.optionalString("userId", Limits.SHORT_TEXT);
        Field<Meta> meta = in.optionalObject("meta", PriceJson::readMeta);
        Field<Boolean> trackInventory = in.optionalBoolean("trackInventory");
        Field<Long> availableQuantity = in.optionalInteger("availableQuantity", 0);
        Field<Boolean> allowOutOfStock = in.optionalBoolean("allowOutOfStockPurchases");
        Field<String> sku = in.optionalString("sku", Limits.SHORT_TEXT);
        Field<ShippingOptions> shipping = in.optionalObject("shippingOptions", PriceJson::readShipping);
        Field<Boolean> isDigitalProduct = in.optionalBoolean("isDigitalProduct");
        Field<List<String>> digitalDelivery =
                in.optionalStringArray("digitalDelivery", Limits.ARRAY_ITEMS, item -> true, "");
        in.finish();
        UnaryOperator<PriceDetails> changes = current -> new PriceDetails(
                name,
                type,
                currency,
                amount,
                recurring.merge(current.recurring(), null),
                description.merge(current.description(), null),
                offers.merge(current.membershipOffers(), List.of()),
                toInt(trialPeriod.merge(toLong(current.trialPeriod()), null)),
                toInt(totalCycles.merge(toLong(current.totalCycles()), null)),
                setupFee.merge(current.setupFee(), null),
                variantOptionIds.merge(current.variantOptionIds(), List.of()),
                compareAtPrice.merge(current.compareAtPrice(), null),
                userId.merge(current.userId(), null),
                meta.merge(current.meta(), null),
                trackInventory.merge(current.trackInventory(), null),
                availableQuantity.merge(current.availableQuantity(), null),
                allowOutOfStock.merge(current.allowOutOfStockPurchases(), null),
                sku.merge(current.sku(), null),
                shipping.merge(current.shippingOptions(), null),
                isDigitalProduct.merge(current.isDigitalProduct(), null),
                digitalDelivery.merge(current.digitalDelivery(), List.of()));
        return new Parsed<>(locationId, changes);
    }

    /**
     * One price of a bulk edit (BulkEditPriceDto): only its fields, all optional (absent keeps, null clears, a value
     * replaces). What a price must have (a name, an amount, a valid currency) is then checked on the result.
     */
    static UnaryOperator<PriceDetails> readBulkEdit(BodyReader in) {
        Field<String> name = in.optionalString("name", Limits.SHORT_TEXT);
        Field<BigDecimal> amount = in.optionalDecimal("amount", BigDecimal.ZERO);
        Field<String> currency = in.optionalString("currency", 3);
        Field<BigDecimal> compareAtPrice = in.optionalDecimal("compareAtPrice", BigDecimal.ZERO);
        Field<Long> availableQuantity = in.optionalInteger("availableQuantity", 0);
        Field<Boolean> trackInventory = in.optionalBoolean("trackInventory");
        Field<Boolean> allowOutOfStock = in.optionalBoolean("allowOutOfStockPurchases");
        Field<String> sku = in.optionalString("sku", Limits.SHORT_TEXT);
        Field<Long> trialPeriod = in.optionalInteger("trialPeriod", 0);
        Field<Long> totalCycles = in.optionalInteger("totalCycles", 1);
        Field<BigDecimal> setupFee = in.optionalDecimal("setupFee", BigDecimal.ZERO);
        Field<ShippingOptions> shipping = in.optionalObject("shippingOptions", PriceJson::readShipping);
        Field<Recurring> recurring = in.optionalObject("recurring", PriceJson::readRecurring);
        return current -> new PriceDetails(
                name.merge(current.name(), null),
                current.type(),
                currency.merge(current.currency(), null),
                amount.merge(current.amount(), null),
                recurring.merge(current.recurring(), null),
                current.description(),
                current.membershipOffers(),
                toInt(trialPeriod.merge(toLong(current.trialPeriod()), null)),
                toInt(totalCycles.merge(toLong(current.totalCycles()), null)),
                setupFee.merge(current.setupFee(), null),
                current.variantOptionIds(),
                compareAtPrice.merge(current.compareAtPrice(), null),
                current.userId(),
                current.meta(),
                trackInventory.merge(current.trackInventory(), null),
                availableQuantity.merge(current.availableQuantity(), null),
                allowOutOfStock.merge(current.allowOutOfStockPurchases(), null),
                sku.merge(current.sku(), null),
                shipping.merge(current.shippingOptions(), null),
                current.isDigitalProduct(),
                current.digitalDelivery());
    }

    private static Recurring readRecurring(BodyReader in) {
        String interval = in.requiredEnum("interval", value -> Optional.of(value).filter(INTERVALS::contains), INTERVALS);
        Long count = in.optionalInteger("intervalCount", 1).orElse(null);
        if (in.raw("intervalCount") == null || in.raw("intervalCount").isNull()) {
            in.error("intervalCount", "must be an integer number");
        }
        return new Recurring(interval, count == null ? 0 : count.intValue());
    }

    private static MembershipOffer readOffer(BodyReader in) {
        return new MembershipOffer(
                in.requiredString("label", Limits.SHORT_TEXT),
                in.requiredString("value", Limits.SHORT_TEXT),
                in.requiredString("_id", Limits.SHORT_TEXT));
    }

    private static Meta readMeta(BodyReader in) {
        String source = in.requiredEnum("source", value -> Optional.of(value).filter(SOURCES::contains), SOURCES);
        Field<String> sourceId = in.optionalString("sourceId", Limits.SHORT_TEXT);
        String stripePriceId = in.requiredString("stripePriceId", Limits.SHORT_TEXT);
        String internalSource = in.requiredEnum(
                "internalSource", value -> Optional.of(value).filter(INTERNAL_SOURCES::contains), INTERNAL_SOURCES);
        return new Meta(source, sourceId.orElse(null), stripePriceId, internalSource);
    }

    private static ShippingOptions readShipping(BodyReader in) {
        Field<Weight> weight = in.optionalObject("weight", w -> new Weight(
                w.requiredDecimal("value", BigDecimal.ZERO),
                w.requiredEnum("unit", value -> Optional.of(value).filter(WEIGHT_UNITS::contains), WEIGHT_UNITS)));
        Field<Dimensions> dimensions = in.optionalObject("dimensions", d -> new Dimensions(
                d.requiredDecimal("height", BigDecimal.ZERO),
                d.requiredDecimal("width", BigDecimal.ZERO),
                d.requiredDecimal("length", BigDecimal.ZERO),
                d.requiredEnum("unit", value -> Optional.of(value).filter(LENGTH_UNITS::contains), LENGTH_UNITS)));
        return new ShippingOptions(weight.orElse(null), dimensions.orElse(null));
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static Integer toInt(Long value) {
        return value == null ? null : (int) Math.min(value, Integer.MAX_VALUE);
    }

    static ListPricesResponseDto toDto(Page<Price> page) {
        return new ListPricesResponseDto(page.items().stream().map(PriceJson::toDto).toList(), page.total());
    }

    static PriceDto toDto(Price price) {
        PriceDetails d = price.details();
        ShippingOptions shipping = d.shippingOptions();
        return new PriceDto(
                price.id(),
                d.membershipOffers().stream()
                        .map(o -> new PriceDto.MembershipOffer(o.label(), o.value(), o.id()))
                        .toList(),
                d.variantOptionIds(),
                price.locationId(),
                price.productId(),
                d.userId(),
                d.name(),
                d.type().wireValue(),
                d.currency(),
                d.amount(),
                d.recurring() == null ? null : new PriceDto.Recurring(d.recurring().interval(), d.recurring().intervalCount()),
                WireTimes.format(price.createdAt()),
                WireTimes.format(price.updatedAt()),
                d.compareAtPrice(),
                d.trackInventory(),
                d.availableQuantity(),
                d.allowOutOfStockPurchases(),
                d.description(),
                d.trialPeriod(),
                d.totalCycles(),
                d.setupFee(),
                d.meta() == null
                        ? null
                        : new PriceDto.Meta(d.meta().source(), d.meta().sourceId(), d.meta().stripePriceId(),
                                d.meta().internalSource()),
                d.sku(),
                shipping == null
                        ? null
                        : new PriceDto.ShippingOptions(
                                shipping.weight() == null
                                        ? null
                                        : new PriceDto.Weight(shipping.weight().value(), shipping.weight().unit()),
                                shipping.dimensions() == null
                                        ? null
                                        : new PriceDto.Dimensions(shipping.dimensions().height(),
                                                shipping.dimensions().width(), shipping.dimensions().length(),
                                                shipping.dimensions().unit())),
                d.isDigitalProduct(),
                d.digitalDelivery());
    }
}
