package dev.stockroom.common;

import java.security.SecureRandom;

/** 20 characters of {@code [A-Za-z0-9]}: HighLevel's shape for location and company ids. */
public final class ShortIds {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShortIds() {}

    public static String generate() {
        StringBuilder id = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
