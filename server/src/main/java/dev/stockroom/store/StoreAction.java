package dev.stockroom.store;

import java.util.Arrays;
import java.util.Optional;

/** UpdateProductStoreDto.action: put products in a store, or take them out. */
public enum StoreAction {
    INCLUDE("include"),
    EXCLUDE("exclude");

    private final String wireValue;

    StoreAction(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    public static Optional<StoreAction> fromWire(String value) {
        return Arrays.stream(values()).filter(a -> a.wireValue.equals(value)).findFirst();
    }
}
