package dev.stockroom.price;

import java.util.Arrays;
import java.util.Optional;

/** A price is paid once or on a schedule. */
public enum PriceType {
    ONE_TIME("one_time"),
    RECURRING("recurring");

    private final String wireValue;

    PriceType(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    public static Optional<PriceType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wireValue.equals(value)).findFirst();
    }
}
