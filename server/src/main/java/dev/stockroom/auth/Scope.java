package dev.stockroom.auth;

import java.util.Arrays;
import java.util.Optional;

/** HighLevel's OAuth scopes for the Products API, with their wire names ({@code scopes.md}). */
public enum Scope {
    PRODUCTS_READONLY("products.readonly"),
    PRODUCTS_WRITE("products.write"),
    PRICES_READONLY("products/prices.readonly"),
    PRICES_WRITE("products/prices.write"),
    COLLECTION_READONLY("products/collection.readonly"),
    COLLECTION_WRITE("products/collection.write");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
