package dev.stockroom.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.bulk.BulkAction;
import dev.stockroom.bulk.BulkUpdate;
import dev.stockroom.bulk.PriceAdjustment;
import dev.stockroom.product.ProductQuery;
import dev.stockroom.product.ProductType;
import dev.stockroom.product.SortOrder;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Maps BulkUpdateDto to a bulk update: which products (productIds, or every product its filters match) and what to do. */
final class BulkUpdateJson {
    static final String DELETE = "bulk-delete-products";
    private static final String PRICE = "bulk-update-price";
    private static final String AVAILABILITY = "bulk-update-availability";
    private static final String COLLECTION = "bulk-update-product-collection";
    private static final String CURRENCY = "bulk-update-currency";
    private static final List<String> TYPES = List.of(PRICE, AVAILABILITY, COLLECTION, DELETE, CURRENCY);
    private static final List<String> PRODUCT_TYPES =
            Arrays.stream(ProductType.values()).map(ProductType::wireValue).toList();
    private static final List<String> ADJUSTMENTS =
            Arrays.stream(PriceAdjustment.Kind.values()).map(Enum::name).toList();

    private BulkUpdateJson() {}

    static Parsed<BulkUpdate> parse(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String altId = Alt.fromBody(in);
        String type = in.requiredEnum("type", value -> Optional.of(value).filter(TYPES::contains), TYPES);
        JsonNode rawIds = in.raw("productIds");
        if (rawIds == null || rawIds.isNull()) in.error("productIds", "must be an array");
        List<String> productIds = in.optionalMongoIdArray("productIds", Limits.PRODUCT_IDS).orElse(List.of());
        Field<Boolean> selectAll = in.optionalBoolean("selectAll");
        Field<ProductQuery> filters = in.optionalObject("filters", BulkUpdateJson::readFilters);
        ProductQuery selection = select(in, productIds, selectAll, filters);
        BulkAction action = type == null ? null : readAction(in, type);
        in.finish();
        return new Parsed<>(altId, new BulkUpdate(selection, action));
    }

    /**
     * "Filters to apply when selectAll is true" (BulkUpdateDto.filters), though the schema has no selectAll: every
     * product matching the filters is selected with {@code selectAll: true}, or with an empty productIds and filters
     * present. Otherwise productIds names the products, and filters would be ambiguous.
     */
    private static ProductQuery select(
            BodyReader in, List<String> productIds, Field<Boolean> selectAll, Field<ProductQuery> filters) {
        boolean filtered = given(in, "filters");
        boolean all = selectAll.state() == Field.State.VALUE ? selectAll.value() : productIds.isEmpty() && filtered;
        if (all) {
            if (!productIds.isEmpty()) in.error("productIds", "must be empty when all products are selected");
            return filters.orElse(query(null, List.of(), List.of(), null, null));
        }
        JsonNode rawIds = in.raw("productIds");
        if (rawIds != null && rawIds.isArray() && rawIds.isEmpty()) {
            in.error("productIds", "should not be empty unless selectAll is true");
        }
        if (filtered) in.error("filters", "must be empty unless selectAll is true");
        return query(null, List.of(), productIds, null, null);
    }

    private static ProductQuery readFilters(BodyReader in) {
        List<String> collectionIds = in.optionalMongoIdArray("collectionIds", Limits.ARRAY_ITEMS).orElse(List.of());
        Field<ProductType> productType = in.optionalEnum("productType", ProductType::fromWire, PRODUCT_TYPES);
        Field<Boolean> availableInStore = in.optionalBoolean("availableInStore");
        Field<String> search = in.optionalString("search", Limits.SHORT_TEXT);
        return query(search.orElse(null), collectionIds, List.of(), availableInStore.orElse(null),
                productType.orElse(null));
    }

    private static ProductQuery query(
            String search, List<String> collectionIds, List<String> productIds, Boolean available, ProductType type) {
        return new ProductQuery(
                search, collectionIds, null, productIds, available, type, null, null, SortOrder.ASC, null);
    }

    /** The fields the type uses; the others are ignored like unknown properties. */
    private static BulkAction readAction(BodyReader in, String type) {
        switch (type) {
            case PRICE -> {
                PriceAdjustment price = in.optionalObject("price", BulkUpdateJson::readAdjustment).orElse(null);
                PriceAdjustment compareAt = in.optionalObject("compareAtPrice", BulkUpdateJson::readAdjustment)
                        .orElse(null);
                if (!given(in, "price") && !given(in, "compareAtPrice")) {
                    in.error("price", "or compareAtPrice should not be empty");
                }
                return new BulkAction.AdjustPrices(price, compareAt);
            }
            case AVAILABILITY -> {
                Boolean available = in.optionalBoolean("availability").orElse(null);
                if (!given(in, "availability")) in.error("availability", "must be a boolean value");
                return new BulkAction.SetAvailability(Boolean.TRUE.equals(available));
            }
            case COLLECTION -> {
                JsonNode raw = in.raw("collectionIds");
                if (raw == null || raw.isNull() || (raw.isArray() && raw.isEmpty())) in.error("collectionIds", "should not be empty");
                List<String> ids = in.optionalMongoIdArray("collectionIds", Limits.ARRAY_ITEMS).orElse(List.of());
                return new BulkAction.AddToCollections(ids);
            }
            case CURRENCY -> {
                String currency = in.requiredString("currency", Limits.SHORT_TEXT);
                return new BulkAction.SetCurrency(currency == null ? "" : currency);
            }
            default -> {
                return new BulkAction.Delete();
            }
        }
    }

    private static boolean given(BodyReader in, String name) {
        return in.raw(name) != null && !in.raw(name).isNull();
    }

    private static PriceAdjustment readAdjustment(BodyReader in) {
        PriceAdjustment.Kind kind = in.requiredEnum("type", PriceAdjustment.Kind::fromWire, ADJUSTMENTS);
        BigDecimal value = in.requiredDecimal("value", BigDecimal.ZERO);
        boolean roundToWhole = in.optionalBoolean("roundToWhole").orElse(false);
        return new PriceAdjustment(kind, value, roundToWhole);
    }
}
