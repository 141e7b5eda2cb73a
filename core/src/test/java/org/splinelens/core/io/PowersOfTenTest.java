package org.splinelens.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** {@link PowersOfTen}' logarithms and table, exhaustively against exact {@link BigDecimal} arithmetic. */
class PowersOfTenTest {

    /** @return {@code floor(log10 x)} for a positive {@code x = u·10^-scale}: u's digit count less one, less scale */
    private static int floorLog10(BigDecimal x) {
        return x.precision() - x.scale() - 1;
    }

    private static BigDecimal twoToThe(int q) {
        BigDecimal p = new BigDecimal(BigInteger.TWO.pow(Math.abs(q)));
        // 1 / 2^|q| terminates, so the division is exact
        return q >= 0 ? p : BigDecimal.ONE.divide(p);
    }

    @Test
    void floorLogarithmsAreExactOverTheirRanges() {
        for (int q = -1100; q <= 1100; q++) {
            assertThat(PowersOfTen.floorLog10Pow2(q)).as("q = %d", q).isEqualTo(floorLog10(twoToThe(q)));
            assertThat(PowersOfTen.floorLog10ThreeQuartersPow2(q)).as("q = %d", q)
                    .isEqualTo(floorLog10(twoToThe(q).multiply(new BigDecimal("0.75"))));
        }
        for (int e = -350; e <= 350; e++) {
            BigInteger p = BigInteger.TEN.pow(Math.abs(e));
            // 10^|e| is not a power of two for e ≠ 0, so log2(10^-|e|) lies strictly between -L and -(L-1)
            int expected = e >= 0 ? p.bitLength() - 1 : -p.bitLength();
            assertThat(PowersOfTen.floorLog2Pow10(e)).as("e = %d", e).isEqualTo(expected);
        }
    }

    @Test
    void theTableCoversEveryExponentOfADouble() {
        // regular spacing: q from the subnormals' -1074 to MAX_VALUE's 971; at a power of two from -1073
        assertThat(PowersOfTen.K_MIN).isEqualTo(Math.min(PowersOfTen.floorLog10Pow2(-1074),
                PowersOfTen.floorLog10ThreeQuartersPow2(-1073)));
        assertThat(PowersOfTen.K_MAX).isEqualTo(PowersOfTen.floorLog10Pow2(971));
    }

    @Test
    void eachEntryIsTheFloorOfA126BitSignificandOfTenToTheMinusKPlusOne() {
        BigDecimal two63 = new BigDecimal(BigInteger.TWO.pow(63));
        for (int k = PowersOfTen.K_MIN; k <= PowersOfTen.K_MAX; k++) {
            long g1 = PowersOfTen.g1(k);
            long g0 = PowersOfTen.g0(k);
            assertThat(g1).as("k = %d", k).isBetween(1L << 61, Long.MAX_VALUE);
            assertThat(g0).as("k = %d", k).isNotNegative();
            BigDecimal g = new BigDecimal(g1).multiply(two63).add(new BigDecimal(g0));
            // 10^-k = β·2^r: g - 1 ≤ β < g, i.e. (g - 1)·2^r ≤ 10^-k < g·2^r
            BigDecimal scale = twoToThe(PowersOfTen.floorLog2Pow10(-k) - 125);
            BigDecimal tenToMinusK = BigDecimal.ONE.scaleByPowerOfTen(-k);
            assertThat(g.subtract(BigDecimal.ONE).multiply(scale)).as("k = %d", k).isLessThanOrEqualTo(tenToMinusK);
            assertThat(g.multiply(scale)).as("k = %d", k).isGreaterThan(tenToMinusK);
            // β in [2^125, 2^126), so 2^125 < g ≤ 2^126
            BigDecimal two126 = two63.multiply(two63);
            assertThat(g).as("k = %d", k).isGreaterThan(two126.divide(BigDecimal.valueOf(2)))
                    .isLessThanOrEqualTo(two126);
        }
    }
}
