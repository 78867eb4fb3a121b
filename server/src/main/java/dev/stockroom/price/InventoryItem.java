package dev.stockroom.price;

/** A price whose inventory is tracked, with the name and image of its product (InventoryItemDto). */
public record InventoryItem(Price price, String productName, String productImage) {}
