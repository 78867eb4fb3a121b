package dev.stockroom.auth;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * HighLevel's OAuth scopes that Stockroom serves, with their wire names ({@code scopes.md}): the Products API's, and
 * the two of the OAuth API, which only an app's agency token can use.
 */
public enum Scope {
    PRODUCTS_READONLY("products.readonly", false),
    PRODUCTS_WRITE("products.write", false),
    PRICES_READONLY("products/prices.readonly", false),
    PRICES_WRITE("products/prices.write", false),
    COLLECTION_READONLY("products/collection.readonly", false),
    COLLECTION_WRITE("products/collection.write", false),
    OAUTH_READONLY("oauth.readonly", true),
    OAUTH_WRITE("oauth.write", true);

    private final String wireName;
    private final boolean appOnly;

    Scope(String wireName, boolean appOnly) {
        this.wireName = wireName;
        this.appOnly = appOnly;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether only an app's token can use it: HighLevel's {@code Agency-Access-Only} OAuth endpoints. */
    public boolean appOnly() {
        return appOnly;
    }

    /** The Products API's scopes: what a Private Integration Token may hold. */
    public static Set<Scope> products() {
        EnumSet<Scope> products = EnumSet.noneOf(Scope.class);
        for (Scope scope : values()) {
            if (!scope.appOnly) products.add(scope);
        }
        return products;
    }

    public static Optional<Scope> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
