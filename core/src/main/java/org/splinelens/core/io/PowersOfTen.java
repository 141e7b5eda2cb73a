package org.splinelens.core.io;

import java.math.BigInteger;

/**
 * The tables and integer logarithms {@link DecimalText} needs: for each decimal exponent {@code k} it can choose, a
 * 126-bit approximation from above of {@code 10^-k}, and {@code floor} of a few logarithms, exact over the exponents
 * of doubles.
 *
 * <p>For {@code K_MIN ≤ k ≤ K_MAX} write {@code 10^-k = β·2^r} with {@code 2^125 ≤ β < 2^126}, so
 * {@code r = floorLog2Pow10(-k) - 125}. The table holds {@code g = floor(β) + 1}: always strictly above
 * {@code β}, even when {@code β} is an integer, because Schubfach's proof of exactness (Giulietti 2020) assumes
 * {@code β < g ≤ β + 1}. It is split into two 63-bit halves, {@code g = g1·2^63 + g0}, so that both are
 * non-negative {@code long}s and a product with a 61-bit multiplier can be assembled from
 * {@link Math#multiplyHigh}. The 617 entries are computed once, exactly, with {@link BigInteger}.
 */
final class PowersOfTen {
    /** {@code floor(log10(2^-1074))}: the smallest {@code k}, for the smallest subnormal's exponent. */
    static final int K_MIN = -324;
    /** {@code floor(log10(2^971))}: the largest {@code k}, for the exponent of {@link Double#MAX_VALUE}. */
    static final int K_MAX = 292;

    /** {@code g1(k), g0(k)} at {@code 2(k - K_MIN)} and {@code 2(k - K_MIN) + 1}. */
    private static final long[] G = table();

    private PowersOfTen() {
    }

    /** @return the upper 63 bits of {@code g} for {@code 10^-k}, {@code K_MIN ≤ k ≤ K_MAX} */
    static long g1(int k) {
        return G[2 * (k - K_MIN)];
    }

    /** @return the lower 63 bits of {@code g} for {@code 10^-k}, {@code K_MIN ≤ k ≤ K_MAX} */
    static long g0(int k) {
        return G[2 * (k - K_MIN) + 1];
    }

    /**
     * @return {@code floor(q·log10 2)} for {@code |q| ≤ 1100}: {@code 1262611 / 2^22} is {@code log10 2} to within
     *         {@code 8·10^-8}, close enough for no product {@code q·log10 2} in that range to cross an integer (checked
     *         exhaustively against exact arithmetic in the tests)
     */
    static int floorLog10Pow2(int q) {
        return q * 1_262_611 >> 22;
    }

    /** @return {@code floor(log10(3/4 · 2^q))} for {@code |q| ≤ 1100}, with {@code -524032 / 2^22 ≈ log10(3/4)} */
    static int floorLog10ThreeQuartersPow2(int q) {
        return q * 1_262_611 - 524_032 >> 22;
    }

    /** @return {@code floor(e·log2 10)} for {@code |e| ≤ 350}, with {@code 870823 / 2^18 ≈ log2 10} */
    static int floorLog2Pow10(int e) {
        return e * 870_823 >> 18;
    }

    private static long[] table() {
        long[] g = new long[2 * (K_MAX - K_MIN + 1)];
        BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = K_MIN; k <= K_MAX; k++) {
            BigInteger beta;
            if (k <= 0) {
                // 10^-k is an integer of L bits: β = 10^-k · 2^(126 - L), a shift either way
                BigInteger p = BigInteger.TEN.pow(-k);
                int shift = 126 - p.bitLength();
                beta = shift >= 0 ? p.shiftLeft(shift) : p.shiftRight(-shift);
            } else {
                // 10^-k = 1/p with p of L bits and not a power of two: β = 2^(125 + L) / p lies in (2^125, 2^126)
                BigInteger p = BigInteger.TEN.pow(k);
                beta = BigInteger.ONE.shiftLeft(125 + p.bitLength()).divide(p);
            }
            BigInteger above = beta.add(BigInteger.ONE);
            g[2 * (k - K_MIN)] = above.shiftRight(63).longValueExact();
            g[2 * (k - K_MIN) + 1] = above.and(mask63).longValueExact();
        }
        return g;
    }
}
