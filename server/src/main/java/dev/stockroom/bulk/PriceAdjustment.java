package dev.stockroom.bulk;

import dev.stockroom.common.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.Optional;

/** HighLevel's PriceUpdateField: how a bulk price update changes an amount, in exact decimals. */
public record PriceAdjustment(Kind kind, BigDecimal value, boolean roundToWhole) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The wire values are the names. */
    public enum Kind {
        INCREASE_BY_AMOUNT,
        REDUCE_BY_AMOUNT,
        SET_NEW_PRICE,
        INCREASE_BY_PERCENTAGE,
        REDUCE_BY_PERCENTAGE;

        public static Optional<Kind> fromWire(String value) {
            return Arrays.stream(values()).filter(kind -> kind.name().equals(value)).findFirst();
        }
    }

    /**
     * The new amount for one in {@code currency}. Adding and subtracting are exact. A percentage is rounded half up to
     * the currency's minor units (2 for USD, 0 for JPY, 3 for KWD), or to the decimals the amount already has when
     * it has more, so 0.125 + 10% is 0.138, never 0.14. {@code roundToWhole} rounds the exact result half up to a
     * whole number instead (rounding once, so 22.4951 is 22, not 22.50 and then 23). Never below 0. An unset amount
     * (a compareAtPrice) stays unset unless the kind sets it.
     */
    public BigDecimal apply(BigDecimal amount, String currency) {
        if (amount == null && kind != Kind.SET_NEW_PRICE) return null;
        BigDecimal exact = switch (kind) {
            case INCREASE_BY_AMOUNT -> amount.add(value);
            case REDUCE_BY_AMOUNT -> amount.subtract(value);
            case SET_NEW_PRICE -> value;
            case INCREASE_BY_PERCENTAGE -> percent(amount, HUNDRED.add(value));
            case REDUCE_BY_PERCENTAGE -> percent(amount, HUNDRED.subtract(value));
        };
        BigDecimal rounded;
        if (roundToWhole) {
            rounded = exact.setScale(0, RoundingMode.HALF_UP);
        } else if (kind == Kind.INCREASE_BY_PERCENTAGE || kind == Kind.REDUCE_BY_PERCENTAGE) {
            rounded = exact.setScale(decimals(amount, currency), RoundingMode.HALF_UP);
        } else {
            rounded = exact;
        }
        return Decimals.normalize(rounded.max(BigDecimal.ZERO));
    }

    private static BigDecimal percent(BigDecimal amount, BigDecimal percentage) {
        return amount.multiply(percentage).movePointLeft(2);
    }

    /** The currency's minor units, or the amount's own decimals when it has more; at most what amounts may have. */
    private static int decimals(BigDecimal amount, String currency) {
        return Math.min(Decimals.MAX_SCALE, Math.max(minorUnits(currency), amount.stripTrailingZeros().scale()));
    }

    /** 0 when the currency has no minor unit or is unknown (stored prices always have a valid one). */
    private static int minorUnits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
