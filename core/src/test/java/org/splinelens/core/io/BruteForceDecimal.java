package org.splinelens.core.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The oracle for {@link DecimalText}: its contract computed the slow, obvious way, with {@link BigDecimal} and
 * {@link Double#parseDouble} and none of its arithmetic.
 *
 * <p>The decimals that read back as {@code v} form an interval around {@code v}, so if one of {@code p} significant
 * digits does, so does {@code v}'s exact value rounded to {@code p} digits down or up (the rounding lies between it and
 * {@code v}). Trying {@code p = 1, 2, …} gives the fewest digits {@code m}; at {@code p = max(m, 2)} the two roundings
 * are the closest {@code p}-digit decimals on either side, so the closer of those that read back is the contract's.
 */
final class BruteForceDecimal {
    private BruteForceDecimal() {
    }

    /** @return the contract's decimal for {@code |v|}, finite and non-zero, without trailing zeros */
    static BigDecimal of(double v) {
        double magnitude = Math.abs(v);
        BigDecimal exact = new BigDecimal(magnitude);
        for (int p = 1; p <= 17; p++) {
            BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
            if (readsBack(down, magnitude) || readsBack(up, magnitude)) {
                return p == 1 ? closest(exact, 2, magnitude) : closest(exact, p, magnitude);
            }
        }
        throw new AssertionError("17 digits always suffice for a double: " + v);
    }

    /** @return the fewest significant digits of a decimal reading back as {@code v} (finite, non-zero) */
    static int fewestDigits(double v) {
        double magnitude = Math.abs(v);
        BigDecimal exact = new BigDecimal(magnitude);
        int p = 1;
        while (!readsBack(exact.round(new MathContext(p, RoundingMode.FLOOR)), magnitude)
                && !readsBack(exact.round(new MathContext(p, RoundingMode.CEILING)), magnitude)) {
            p++;
        }
        return p;
    }

    /** @return the significant digits of {@code d}, trailing zeros not counted */
    static int digits(BigDecimal d) {
        return d.stripTrailingZeros().precision();
    }

    /**
     * @return {@code d} (positive, without trailing zeros) in {@code Double.toString}'s layout, signed as {@code v},
     *         built from {@link BigDecimal#toPlainString} and string operations only
     */
    static String layout(double v, BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        int exponent = digits.length() - 1 - stripped.scale();
        String sign = Double.doubleToRawLongBits(v) < 0 ? "-" : "";
        if (-3 <= exponent && exponent < 7) {
            String plain = stripped.toPlainString();
            return sign + plain + (plain.contains(".") ? "" : ".0");
        }
        String fraction = digits.length() > 1 ? digits.substring(1) : "0";
        return sign + digits.charAt(0) + "." + fraction + "E" + exponent;
    }

    private static BigDecimal closest(BigDecimal exact, int p, double magnitude) {
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
        boolean downIn = readsBack(down, magnitude);
        boolean upIn = readsBack(up, magnitude);
        BigDecimal chosen;
        if (downIn != upIn) {
            chosen = downIn ? down : up;
        } else {
            int order = exact.subtract(down).compareTo(up.subtract(exact));
            // equally close: the one whose p-th digit, the unscaled value's last, is even
            chosen = order < 0 || order == 0 && !down.unscaledValue().testBit(0) ? down : up;
        }
        return chosen.stripTrailingZeros();
    }

    private static boolean readsBack(BigDecimal decimal, double magnitude) {
        return Double.doubleToRawLongBits(Double.parseDouble(decimal.toString()))
                == Double.doubleToRawLongBits(magnitude);
    }
}
