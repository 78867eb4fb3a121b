package dev.stockroom.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.api.InventoryDto;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.common.Page;
import dev.stockroom.price.InventoryChange;
import dev.stockroom.price.InventoryItem;
import dev.stockroom.price.PriceDetails;
import java.util.List;
import java.util.Locale;

/** Maps UpdateInventoryDto to inventory changes, and tracked prices to GetInventoryResponseDto. */
final class InventoryJson {
    private InventoryJson() {}

    static Parsed<List<InventoryChange>> parseUpdate(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String altId = Alt.fromBody(in);
        JsonNode rawItems = in.raw("items");
        if (rawItems == null || rawItems.isNull()) in.error("items", "must be an array");
        Field<List<InventoryChange>> items = in.optionalObjectArray("items", Limits.ARRAY_ITEMS, (item, i) -> {
            String priceId = item.requiredString("priceId", Limits.SHORT_TEXT);
            if (priceId != null && !ObjectIds.isValid(priceId)) item.error("priceId", "must be a mongodb id");
            return new InventoryChange(
                    priceId == null ? null : priceId.toLowerCase(Locale.ROOT),
                    item.optionalInteger("availableQuantity", 0).orElse(null),
                    item.optionalBoolean("allowOutOfStockPurchases").orElse(null));
        });
        in.finish();
        return new Parsed<>(altId, items.orElse(List.of()));
    }

    static InventoryDto toDto(Page<InventoryItem> page) {
        return new InventoryDto(page.items().stream().map(InventoryJson::toDto).toList(),
                new InventoryDto.Total(page.total()));
    }

    private static InventoryDto.Item toDto(InventoryItem item) {
        PriceDetails d = item.price().details();
        return new InventoryDto.Item(
                item.price().id(),
                d.name(),
                d.availableQuantity() == null ? 0 : d.availableQuantity(),
                d.sku() == null ? "" : d.sku(),
                Boolean.TRUE.equals(d.allowOutOfStockPurchases()),
                item.price().productId(),
                WireTimes.format(item.price().updatedAt()),
                item.productImage(),
                item.productName());
    }
}
