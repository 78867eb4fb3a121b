package dev.stockroom.product;

import java.util.Arrays;
import java.util.Optional;

/** HighLevel's product types, with their wire values. */
public enum ProductType {
    DIGITAL("DIGITAL"),
    PHYSICAL("PHYSICAL"),
    SERVICE("SERVICE"),
    PHYSICAL_DIGITAL("PHYSICAL/DIGITAL");

    private final String wireValue;

    ProductType(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    public static Optional<ProductType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wireValue.equals(value)).findFirst();
    }
}
