package dev.stockroom.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void boundsLimitDecimalPlacesAndDigitsWhateverTheExponent() {
        assertThat(Decimals.isWithinBounds(new BigDecimal("99.99"))).isTrue();
        assertThat(Decimals.isWithinBounds(new BigDecimal("0.000001"))).isTrue();
        assertThat(Decimals.isWithinBounds(new BigDecimal("0.0000001"))).isFalse();
        assertThat(Decimals.isWithinBounds(new BigDecimal("999999999999.999999"))).isTrue();
        assertThat(Decimals.isWithinBounds(new BigDecimal("1E+17"))).isTrue();
        assertThat(Decimals.isWithinBounds(new BigDecimal("1E+18"))).isFalse();
        assertThat(Decimals.isWithinBounds(new BigDecimal("1E+999999999"))).isFalse();
        assertThat(Decimals.isWithinBounds(new BigDecimal("10.500000000"))).isTrue();
    }

    @Test
    void normalFormHasNoTrailingZerosAndNoExponent() {
        assertThat(Decimals.normalize(new BigDecimal("10.50")).toString()).isEqualTo("10.5");
        assertThat(Decimals.normalize(new BigDecimal("1E+2")).toString()).isEqualTo("100");
        assertThat(Decimals.normalize(new BigDecimal("0.00")).toString()).isEqualTo("0");
    }
}
