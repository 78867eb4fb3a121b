package dev.stockroom.price;

/** One item of an inventory update; a null field is left as it is. */
public record InventoryChange(String priceId, Long availableQuantity, Boolean allowOutOfStockPurchases) {}
