package dev.stockroom.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.api.GetProductStatsResponseDto;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.store.DisplayPriority;
import dev.stockroom.store.StoreAction;
import dev.stockroom.store.StoreStats;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Maps HighLevel's store bodies (UpdateProductStoreDto, UpdateDisplayPriorityBodyDto) to the domain, and stats out. */
final class StoreJson {
    private static final List<String> ACTIONS =
            Arrays.stream(StoreAction.values()).map(StoreAction::wireValue).toList();

    private StoreJson() {}

    /** What UpdateProductStoreDto asks for. */
    record StatusChange(StoreAction action, List<String> productIds) {}

    static Parsed<StatusChange> parseStatus(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String altId = Alt.fromBody(in);
        StoreAction action = in.requiredEnum("action", StoreAction::fromWire, ACTIONS);
        if (isMissing(in.raw("productIds"))) {
            in.error("productIds", "must be an array");
            in.error("productIds", "should not be empty");
        }
        Field<List<String>> productIds = in.optionalMongoIdArray("productIds", Limits.PRODUCT_IDS);
        if (productIds.state() == Field.State.VALUE && productIds.value().isEmpty()) {
            in.error("productIds", "should not be empty");
        }
        in.finish();
        return new Parsed<>(altId, new StatusChange(action, productIds.value()));
    }

    /** The errata define each element of {@code products} as {@code {"productId", "priority"}}. */
    static Parsed<List<DisplayPriority>> parsePriorities(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String altId = Alt.fromBody(in);
        if (isMissing(in.raw("products"))) {
            in.error("products", "must be an array");
            in.error("products", "should not be empty");
        }
        Field<List<DisplayPriority>> products =
                in.optionalObjectArray("products", Limits.PRODUCT_IDS, (item, i) -> readPriority(item));
        if (products.state() == Field.State.VALUE && products.value().isEmpty()) {
            in.error("products", "should not be empty");
        }
        in.finish();
        return new Parsed<>(altId, products.value());
    }

    /** A priority is a whole number from 0: lower ones are shown first. */
    private static DisplayPriority readPriority(BodyReader in) {
        String productId = in.requiredString("productId", Limits.SHORT_TEXT);
        if (productId != null && !ObjectIds.isValid(productId)) {
            in.error("productId", "must be a mongodb id");
        }
        JsonNode priority = in.raw("priority");
        if (priority == null || !priority.isNumber() || !priority.canConvertToExactIntegral()) {
            in.error("priority", "must be an integer number");
            return null;
        }
        if (priority.decimalValue().signum() < 0) {
            in.error("priority", "must not be less than 0");
            return null;
        }
        if (!priority.canConvertToInt()) {
            in.error("priority", "must not be greater than " + Integer.MAX_VALUE);
            return null;
        }
        return productId == null ? null : new DisplayPriority(productId.toLowerCase(Locale.ROOT), priority.intValue());
    }

    private static boolean isMissing(JsonNode value) {
        return value == null || value.isNull();
    }

    static GetProductStatsResponseDto toDto(StoreStats stats) {
        return new GetProductStatsResponseDto(
                stats.totalProducts(), stats.includedInStore(), stats.excludedFromStore());
    }
}
