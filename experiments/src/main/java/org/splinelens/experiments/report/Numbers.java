package org.splinelens.experiments.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.splinelens.experiments.runner.Summary;

/**
 * Numbers as a page shows them: a few significant digits, no binary-float noise ({@code -1.8599999999999999} is
 * {@code -1.86}), plain notation for magnitudes a reader takes in at a glance and {@code 1.235e-7} beyond them. The
 * CSV files keep every digit; a page is for reading.
 */
public final class Numbers {
    /** Significant digits of a mean or any single number. */
    public static final int DIGITS = 4;
    /** Significant digits of a standard deviation: it says how far to trust the mean's digits, no more. */
    public static final int SPREAD_DIGITS = 2;

    private Numbers() {
    }

    /** @return {@code value} to {@value #DIGITS} significant digits */
    public static String format(double value) {
        return format(value, DIGITS);
    }

    /**
     * @return {@code value} rounded half-even to {@code digits} significant digits, trailing zeros dropped; plain for
     *         {@code 1e-4 <= |value| < 1e6}, otherwise {@code mantissa e exponent}; NaN and infinities as Java spells
     *         them
     */
    public static String format(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        // BigDecimal.valueOf reads the shortest decimal that round-trips, so 0.1 stays 0.1 before rounding
        BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(digits, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-4 && magnitude < 1e6) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }

    /** @return "mean ± sd" of {@code stat}: the mean to {@value #DIGITS}, the sd to {@value #SPREAD_DIGITS} digits */
    public static String format(Summary.Stat stat) {
        return format(stat.mean()) + " ± " + format(stat.sd(), SPREAD_DIGITS);
    }

    /**
     * @return a factor level as a page shows it: a decimal fraction to {@value #DIGITS} significant digits, anything
     *         else (names, integers such as a seed) as given
     */
    public static String level(String level) {
        if (!level.matches("[-+]?[0-9]*\\.[0-9]+([eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+")) {
            return level;
        }
        return format(Double.parseDouble(level));
    }
}
