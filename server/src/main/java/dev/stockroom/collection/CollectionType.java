package dev.stockroom.collection;

import java.util.Arrays;
import java.util.Optional;

/** Manual collections list their products; smart ones (a later feature) select them by rules. */
public enum CollectionType {
    MANUAL("manual"),
    SMART("smart");

    private final String wireValue;

    CollectionType(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    public static Optional<CollectionType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wireValue.equals(value)).findFirst();
    }
}
