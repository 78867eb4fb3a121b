package dev.stockroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /products/inventory}: tracked prices, and the total wrapped in an object as HighLevel documents it. */
public record InventoryDto(List<Item> inventory, Total total) {

    /** InventoryItemDto. {@code sku} is {@code ""} and the quantity 0 when the price has none (the spec requires both). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @JsonProperty("_id") String id,
            String name,
            long availableQuantity,
            String sku,
            boolean allowOutOfStockPurchases,
            String product,
            String updatedAt,
            String image,
            String productName) {}

    /** {@code {"total": N}}. */
    public record Total(long total) {}
}
