package dev.stockroom.common;

import java.math.BigDecimal;

/**
 * Money and measures are exact decimals end to end, never binary floating point. They are bounded (no amount needs
 * more digits, and unbounded ones cost storage and time) and kept without trailing zeros: 10.50 is stored as 10.5.
 */
public final class Decimals {
    public static final int MAX_SCALE = 6;
    public static final int MAX_PRECISION = 18;

    private Decimals() {}

    /** Whether {@code value} has at most {@link #MAX_SCALE} decimals and {@link #MAX_PRECISION} digits. */
    public static boolean isWithinBounds(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        int decimals = Math.max(plain.scale(), 0);
        long wholeDigits = Math.max((long) plain.precision() - plain.scale(), 0); // 1E+999999 has a million
        return decimals <= MAX_SCALE && wholeDigits + decimals <= MAX_PRECISION;
    }

    /** The canonical form: no trailing zeros and never an exponent (1E+2 becomes 100). */
    public static BigDecimal normalize(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
