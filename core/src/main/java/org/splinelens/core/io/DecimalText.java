package org.splinelens.core.io;

/**
 * Doubles as text, the way Java 19 and later write them: the shortest decimal that reads back as the same double,
 * laid out as {@link Double#toString} lays it out, several times faster than Java 17's {@code Double.toString} and
 * without allocating.
 *
 * <h2>Contract</h2>
 * {@code NaN}, {@code Infinity}, {@code -Infinity}, {@code 0.0} and {@code -0.0} are written as such. For any other
 * double {@code v}, let {@code R} be the set of decimals that round to {@code v} under IEEE 754 round to nearest
 * (ties to even), which is what {@link Double#parseDouble} does, and {@code m} the fewest significant digits of a
 * decimal in {@code R}. Among the decimals of {@code R} with {@code max(m, 2)} significant digits, the one closest to
 * {@code v} is written (the one with an even last digit if two are equally close). This is the specification of
 * {@code Double.toString} since Java 19 (JDK-4511638), and the layout is the one all Java versions use:
 * <ul>
 * <li>{@code 10^-3 ≤ |v| < 10^7}: plain notation, the integer part (at least {@code 0}), a point and the fraction,
 *     at least one digit: {@code 100.0}, {@code 123.45}, {@code 0.001};
 * <li>otherwise computerized scientific notation, one non-zero digit, a point, at least one more digit, {@code E}
 *     and the exponent: {@code 1.0E7}, {@code 1.2345E-5}, {@code -4.9E-324}.
 * </ul>
 * Each output reads back exactly: {@code Double.parseDouble(DecimalText.of(v))} has the bits of {@code v}.
 *
 * <p>The two-digit floor ({@code max(m, 2)}) is Java's and only matters for the few subnormals whose rounding
 * interval is wider than a one-digit step: {@link Double#MIN_VALUE} is written {@code 4.9E-324} although
 * {@code 5E-324} reads back too.
 *
 * <p>Java 17's {@code Double.toString} (before JDK-4511638 was fixed) writes the same string for almost all doubles: it
 * differs for about 0.3% of random bit patterns, more often for powers of two. Where it differs, its string is the
 * worse one in one of two ways:
 * <ul>
 * <li>Java 17 writes more digits than needed: {@code 9.999999999999999E22} for the double nearest {@code 1e23}
 *     ({@code 1.0E23} here), {@code 5.6843418860808015E-14} for {@code 2^-44} ({@code 5.684341886080802E-14}),
 *     {@code 8.409999999999999E21} for {@code 8.41E21}, or even 18 digits ({@code 2.82879384806159008E17} for
 *     {@code 2.82879384806159E17});
 * <li>Java 17 picks a decimal of the right length that is not the closest: {@code 1.9400994884341944E25} for
 *     {@code 1.9400994884341945E25}, and {@code 1.0E-323} for {@code 2·Double.MIN_VALUE} ({@code 9.9E-324}).
 * </ul>
 * Both strings read back as the same double; only the text differs.
 *
 * <h2>Algorithm</h2>
 * Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2020; the algorithm of Java 19's
 * {@code Double.toString}). Write {@code v = c·2^q} with integer {@code c} ({@code 2^52 ≤ c < 2^53} for normal
 * doubles). {@code R} is the interval between the midpoints to the neighbouring doubles,
 * {@code [v - 2^(q-1), v + 2^(q-1)]}, except at a power of two ({@code c = 2^52}, not the smallest normal) where the
 * double below is closer: {@code [v - 2^(q-2), v + 2^(q-1)]}. Its ends belong to it when {@code c} is even (ties
 * round to even). Take {@code k = floor(log10 w)} for its width {@code w} ({@code 2^q} or {@code 3/4·2^q}), so that
 * {@code 10^k ≤ w < 10^(k+1)}. Then
 * <ol>
 * <li>{@code R} holds at most one multiple of {@code 10^(k+1)} (it is narrower than their spacing); if it holds one,
 *     that is the answer, as no decimal of {@code R} is shorter;
 * <li>otherwise {@code R} holds one or both of {@code s·10^k} and {@code (s+1)·10^k}, {@code s = floor(v/10^k)}
 *     (it is at least as wide as their spacing), and none of its decimals is shorter: the one in {@code R}, or the
 *     closer to {@code v}, is the answer.
 * </ol>
 * The only real arithmetic is {@code v·10^-k} and the ends of {@code R} times {@code 10^-k}, each a 64-by-126-bit
 * product with a 126-bit approximation of {@code 10^-k} from above ({@code PowersOfTen}); rounding the product to
 * odd keeps the information whether the exact value is an integer, and the paper proves that this makes every
 * comparison above exact for all doubles. The tests check the result against a brute force with
 * {@link java.math.BigDecimal}.
 */
public final class DecimalText {
    /** The exponent of the subnormals: {@code v = c·2^Q_MIN} with {@code c < 2^52}. */
    private static final int Q_MIN = -1074;
    /** The significand of a power of two ({@code 2^52}), where the spacing of doubles halves below. */
    private static final long C_MIN = 1L << 52;
    /**
     * The smallest subnormal significand for which {@code s} above has two digits ({@code 3·2^-1074 ≥ 10^-323});
     * below it ({@link Double#MIN_VALUE} and twice it) the computation runs on {@code 10c} and divides the result by
     * ten, giving the two digits the contract asks for. The narrower interval that {@code 10c} implies still holds
     * the closest two-digit decimals, so the result is the contract's.
     */
    private static final long C_TINY = 3;
    private static final long MASK_63 = (1L << 63) - 1;
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = 10 * POW10[i - 1];
        }
    }

    private DecimalText() {
    }

    /** @return {@code v} as the class Javadoc describes; equal to Java 19's {@code Double.toString(v)} */
    public static String of(double v) {
        StringBuilder out = new StringBuilder(24);
        append(v, out);
        return out.toString();
    }

    /** Appends {@code v} as the class Javadoc describes, allocating nothing but {@code out}'s own growth. */
    public static void append(double v, StringBuilder out) {
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long t = bits & (C_MIN - 1);
        if (biased == 0x7ff) {
            out.append(t != 0 ? "NaN" : bits < 0 ? "-Infinity" : "Infinity");
            return;
        }
        if (bits < 0) {
            out.append('-');
        }
        if (biased != 0) {
            long c = C_MIN | t;
            int q = biased - 1075;
            // 1 ≤ v < 2^53 and an integer: v itself is the only decimal in R with no fraction digit, hence the
            // shortest (R is at most 1/2 wide), so skip the products (the paper's fast path for integers)
            if (-53 < q && q < 0 && (c & (1L << -q) - 1) == 0) {
                appendDecimal(c >> -q, 0, out);
            } else {
                appendShortest(c, q, 0, out);
            }
        } else if (t >= C_TINY) {
            appendShortest(t, Q_MIN, 0, out);
        } else if (t != 0) {
            appendShortest(10 * t, Q_MIN, -1, out);
        } else {
            out.append("0.0");
        }
    }

    /** Appends the decimal of {@code R(c·2^q)} the contract picks, times {@code 10^dk}. */
    private static void appendShortest(long c, int q, int dk, StringBuilder out) {
        // work in quarters of 2^q, so that the ends of R are integers: v = cb, R = [cbl, cbr] (in units 2^(q-2))
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = PowersOfTen.floorLog10Pow2(q);
        } else {
            cbl = cb - 1;
            k = PowersOfTen.floorLog10ThreeQuartersPow2(q);
        }
        // 4v·10^-k = cb·2^q·β·2^r ≈ (cb·2^h)·g / 2^127 for h = q + r + 127, r = floorLog2Pow10(-k) - 125; h is 2 to 5,
        // so cb·2^h < 2^60
        int h = q + PowersOfTen.floorLog2Pow10(-k) + 2;
        long g1 = PowersOfTen.g1(k);
        long g0 = PowersOfTen.g0(k);
        // four times v, its lower and its upper end, over 10^k, rounded to odd
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        // an open interval (odd c) needs strict inequalities: a + 1 ≤ b on the integers of the scaled comparisons
        // (decisive for the multiples of 10^(k+1); for s and s + 1 an end of R is never hit exactly, as 10^k ≤ w)
        int open = (int) c & 1;
        long s = vb >> 2;
        if (s >= 100) {
            // the multiples of 10^(k+1) around v; skipped below 100, where they would have one digit (the contract's
            // two-digit floor) — and only the tiny subnormals get there
            long below = s / 10 * 10;
            long above = below + 10;
            boolean belowIn = vbl + open <= below << 2;
            boolean aboveIn = (above << 2) + open <= vbr;
            if (belowIn != aboveIn) {
                appendDecimal(belowIn ? below : above, k + dk, out);
                return;
            }
        }
        long above = s + 1;
        boolean belowIn = vbl + open <= s << 2;
        boolean aboveIn = (above << 2) + open <= vbr;
        long f;
        if (belowIn != aboveIn) {
            f = belowIn ? s : above;
        } else {
            // both in R: the closer to v, 4v against 2(s + above) = 4(s + 1/2); exact ties go to even
            long toMidpoint = vb - (s + above << 1);
            f = toMidpoint < 0 || toMidpoint == 0 && (s & 1) == 0 ? s : above;
        }
        appendDecimal(f, k + dk, out);
    }

    /**
     * @return {@code x = g·cp / 2^127} rounded to odd, for {@code g = g1·2^63 + g0} and {@code 0 < cp < 2^61}:
     *         {@code floor(x)} if {@code x} is an integer, else {@code floor(x) | 1}; so comparing the result with a
     *         multiple of four tells exactly on which side {@code x} lies
     */
    private static long roundToOdd(long g1, long g0, long cp) {
        // g·cp / 2^127 = (g1·cp)/2^64 + (g0·cp)/2^127; the two 63-bit halves keep every partial product unsigned
        long low = Math.multiplyHigh(g0, cp);
        long highLow = g1 * cp;
        long highHigh = Math.multiplyHigh(g1, cp);
        // the fraction of (g1·cp)/2^64 in 63 bits, plus (g0·cp)/2^127's; bit 63 is a carry into the integer part
        long fraction = (highLow >>> 1) + low;
        long integer = highHigh + (fraction >>> 63);
        // sticky bit: odd unless the 63 fraction bits are all zero (the bits below 2^-63, dropped from both partial
        // products, never decide a comparison: part of the paper's proof, and of what the brute-force tests check)
        return integer | ((fraction & MASK_63) + MASK_63) >>> 63;
    }

    /**
     * Appends {@code f·10^e}, {@code 0 < f < 10^17}, in {@code Double.toString}'s layout. The digit runs go through
     * {@link StringBuilder#append(long)}, which writes two digits per step straight into the builder's array, about
     * twice as fast as appending the digits one {@code char} at a time.
     */
    private static void appendDecimal(long f, int e, StringBuilder out) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        // f·10^e = d1.d2…dn × 10^exponent, dn ≠ 0
        int n = digitCount(f);
        int exponent = e + n - 1;
        if (0 <= exponent && exponent < 7) {
            int point = exponent + 1;
            if (n <= point) {
                out.append(f);
                for (int i = n; i < point; i++) {
                    out.append('0');
                }
                out.append(".0");
            } else {
                long unit = POW10[n - point];
                long integer = f / unit;
                out.append(integer).append('.');
                appendFraction(f - integer * unit, n - point, out);
            }
        } else if (-3 <= exponent && exponent < 0) {
            out.append("0.");
            for (int i = -1; i > exponent; i--) {
                out.append('0');
            }
            out.append(f);
        } else {
            long unit = POW10[n - 1];
            int d1 = (int) (f / unit);
            out.append((char) ('0' + d1)).append('.');
            if (n == 1) {
                out.append('0');
            } else {
                appendFraction(f - d1 * unit, n - 1, out);
            }
            out.append('E').append(exponent);
        }
    }

    /** Appends {@code 0 < r < 10^width} as exactly {@code width} digits, with leading zeros. */
    private static void appendFraction(long r, int width, StringBuilder out) {
        for (int i = digitCount(r); i < width; i++) {
            out.append('0');
        }
        out.append(r);
    }

    /** @return the number of decimal digits of {@code 0 < f < 10^18} */
    private static int digitCount(long f) {
        // 2^(b-1) ≤ f < 2^b for b bits, so f has floor(b·log10 2) or one more digits
        int estimate = PowersOfTen.floorLog10Pow2(64 - Long.numberOfLeadingZeros(f));
        return f >= POW10[estimate] ? estimate + 1 : estimate;
    }
}
