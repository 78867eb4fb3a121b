package dev.stockroom.store;

import java.util.regex.Pattern;

/**
 * Store ids are chosen by clients (HighLevel's example is 20 characters like a location id,
 * {@code 3SwdhCu3svxI8AKsPJt6}); any short run of letters, digits, hyphens and underscores is accepted, so that ids
 * fit a URL path unescaped.
 */
public final class StoreIds {
    public static final int MAX_LENGTH = 64;
    public static final String RULE = "must be 1 to " + MAX_LENGTH + " letters, digits, hyphens or underscores";

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    private StoreIds() {}

    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
