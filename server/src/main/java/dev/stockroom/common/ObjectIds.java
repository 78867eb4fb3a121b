package dev.stockroom.common;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** 24 lowercase hex characters laid out like a MongoDB ObjectId: seconds, 5 random bytes, a counter. */
public final class ObjectIds {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-fA-F]{24}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PROCESS_UNIQUE = RANDOM.generateSeed(5);
    private static final AtomicInteger COUNTER = new AtomicInteger(RANDOM.nextInt());

    private ObjectIds() {}

    public static String generate(Instant now) {
        byte[] bytes = new byte[12];
        int seconds = (int) now.getEpochSecond();
        bytes[0] = (byte) (seconds >>> 24);
        bytes[1] = (byte) (seconds >>> 16);
        bytes[2] = (byte) (seconds >>> 8);
        bytes[3] = (byte) seconds;
        System.arraycopy(PROCESS_UNIQUE, 0, bytes, 4, 5);
        int count = COUNTER.getAndIncrement();
        bytes[9] = (byte) (count >>> 16);
        bytes[10] = (byte) (count >>> 8);
        bytes[11] = (byte) count;
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether the text is shaped like an ObjectId, as class-validator's {@code IsMongoId} checks it. */
    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
