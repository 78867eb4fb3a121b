package dev.stockroom.common;

import java.util.Locale;

/** Case folding for case-insensitive search, the same on every storage backend. */
public final class Texts {
    private Texts() {}

    public static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
