package dev.stockroom.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.bulk.PriceAdjustment.Kind;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arithmetic of bulk price updates: exact decimals, one rounding, never below zero. */
class PriceAdjustmentTest {

    @ParameterizedTest(name = "{1} {2} on {0} {3} (roundToWhole {4}) = {5}")
    @CsvSource({
        // amount, kind, value, currency, roundToWhole, expected
        "0.1, INCREASE_BY_AMOUNT, 0.2, USD, false, 0.3",
        "99.99, INCREASE_BY_AMOUNT, 0.000001, USD, false, 99.990001",
        "19.99, REDUCE_BY_AMOUNT, 50, USD, false, 0",
        "19.99, REDUCE_BY_AMOUNT, 19.99, USD, false, 0",
        "19.99, SET_NEW_PRICE, 5.50, USD, false, 5.5",
        "19.99, INCREASE_BY_PERCENTAGE, 15, USD, false, 22.99", // 22.9885
        "10, REDUCE_BY_PERCENTAGE, 33.333, USD, false, 6.67", // 6.6667
        "0.125, INCREASE_BY_PERCENTAGE, 10, USD, false, 0.138", // 0.1375: the amount's own three decimals kept
        "1000, INCREASE_BY_PERCENTAGE, 0.05, JPY, false, 1001", // 1000.5: yen have no minor unit
        "1.5, INCREASE_BY_PERCENTAGE, 10, KWD, false, 1.65",
        "2.345, INCREASE_BY_PERCENTAGE, 10, KWD, false, 2.58", // 2.5795
        "0.01, REDUCE_BY_PERCENTAGE, 50, USD, false, 0.01", // 0.005 rounds half up
        "19.99, REDUCE_BY_PERCENTAGE, 100, USD, false, 0",
        "19.99, REDUCE_BY_PERCENTAGE, 150, USD, false, 0",
        "99.99, INCREASE_BY_PERCENTAGE, 0, USD, false, 99.99",
        "19.99, INCREASE_BY_PERCENTAGE, 10, USD, true, 22", // 21.989
        "22.4951, INCREASE_BY_AMOUNT, 0, USD, true, 22", // rounded once: not 22.50 then 23
        "20.45, INCREASE_BY_PERCENTAGE, 10, USD, true, 22", // 22.495
        "0.3, SET_NEW_PRICE, 22.5, USD, true, 23",
        "0.4, REDUCE_BY_AMOUNT, 0.1, USD, true, 0", // 0.3
        "5, REDUCE_BY_AMOUNT, 5.5, USD, true, 0", // -0.5 never becomes -1, nor stays below 0
    })
    void adjustsExactlyAndRoundsOnce(
            String amount, Kind kind, String value, String currency, boolean roundToWhole, String expected) {
        BigDecimal result = new PriceAdjustment(kind, new BigDecimal(value), roundToWhole)
                .apply(new BigDecimal(amount), currency);

        assertThat(result.toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"INCREASE_BY_AMOUNT", "REDUCE_BY_AMOUNT", "INCREASE_BY_PERCENTAGE", "REDUCE_BY_PERCENTAGE"})
    void anUnsetCompareAtPriceStaysUnsetUnlessItIsSet(Kind kind) {
        assertThat(new PriceAdjustment(kind, BigDecimal.TEN, false).apply(null, "USD")).isNull();
        assertThat(new PriceAdjustment(Kind.SET_NEW_PRICE, BigDecimal.TEN, false).apply(null, "USD"))
                .isEqualByComparingTo("10");
    }
}
