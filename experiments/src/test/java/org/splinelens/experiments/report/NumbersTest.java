package org.splinelens.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.splinelens.experiments.runner.Summary;

/** A page's numbers: four significant digits, read back within half a unit in the fourth digit, no float noise. */
class NumbersTest {

    /** @return the significant digits of a decimal string: its digits without sign, point, exponent or zero padding */
    private static int significant(String text) {
        BigDecimal value = new BigDecimal(text).stripTrailingZeros();
        return value.signum() == 0 ? 1 : value.precision();
    }

    @Property(tries = 300)
    void aNumberReadsBackWithinHalfAUnitOfItsFourthDigit(@ForAll @DoubleRange(min = -1e12, max = 1e12) double value,
            @ForAll @DoubleRange(min = -12, max = 12) double scale) {
        double x = value * Math.pow(10, Math.floor(scale) - 12);
        String shown = Numbers.format(x);
        assertThat(significant(shown)).as(shown).isLessThanOrEqualTo(Numbers.DIGITS);
        // the rounding to 4 digits moves x by at most half a unit of its 4th digit, 5e-4 of its leading power of ten
        double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(x))) - (Numbers.DIGITS - 1));
        assertThat(Math.abs(Double.parseDouble(shown) - x)).as(shown + " for " + x)
                .isLessThanOrEqualTo(unit / 2 * (1 + 1e-9) + Math.ulp(x));
        double magnitude = Math.abs(Double.parseDouble(shown));
        boolean plain = magnitude == 0 || magnitude >= 1e-4 && magnitude < 1e6;
        assertThat(shown.contains("e")).as(shown).isEqualTo(!plain);
    }

    @Test
    void binaryNoiseIsGoneAndNamesStayAsGiven() {
        // -1.86 is the decimal the double -1.8599999999999999 was meant to be (a grid step of 0.02 from -2)
        assertThat(Numbers.level("-1.8599999999999999")).isEqualTo("-1.86");
        assertThat(Numbers.level("0.30000000000000004")).isEqualTo("0.3");
        assertThat(Numbers.level("1e-3")).isEqualTo("0.001");
        assertThat(Numbers.level("123456789")).as("an integer level (a seed, a width)").isEqualTo("123456789");
        assertThat(Numbers.level("he-normal")).isEqualTo("he-normal");
        assertThat(Numbers.level("")).isEmpty();
        assertThat(Numbers.format(1234567.0)).isEqualTo("1.235e6");
        assertThat(Numbers.format(-0.000012345)).isEqualTo("-1.234e-5"); // half-even: ...45 rounds to ...4
        assertThat(Numbers.format(100.0)).isEqualTo("100");
        assertThat(Numbers.format(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.format(new Summary.Stat(3, 102.25, 117.6))).isEqualTo("102.2 ± 120");
    }
}
