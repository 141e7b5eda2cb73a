package org.splinelens.losssurface.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.splinelens.core.limits.WorkEstimate;
import org.splinelens.losssurface.partition.LonelyPartitions;

/** The census's enumeration, progress and estimate of its work, before it starts. */
class CensusTest {

    /** The iterative enumeration against a recursive one: every composition once, the same admissible count. */
    @Test
    void exhaustiveEnumerationVisitsEveryCompositionOnce() {
        SplittableRandom r = new SplittableRandom(3);
        for (int[] nh : new int[][] {{1, 0}, {4, 0}, {1, 3}, {5, 1}, {6, 3}, {3, 6}, {7, 4}}) {
            int n = nh[0];
            int width = nh[1];
            double[] x = r.doubles(n, -2, 2).sorted().toArray();
            double[] y = r.doubles(n, -1, 1).toArray();
            List<int[]> all = new ArrayList<>();
            compose(new int[width + 1], 0, n, all);
            long admissible = all.stream().filter(sizes -> CriticalPartitions.admissible(x, y, sizes)).count();
            Census census = Census.exhaustive(x, y, width);
            assertThat(census.examined()).as("N = %d, H = %d", n, width).isEqualTo(all.size())
                    .isEqualTo(LonelyPartitions.allPartitions(n, width).longValueExact());
            assertThat(census.admissible()).as("N = %d, H = %d", n, width).isEqualTo(admissible);
        }
    }

    @Test
    void manyBreakpointsNeedNoDeepRecursion() {
        // one point, H = 10,000 breakpoints: H + 1 partitions, every one lonely; a recursion H deep would overflow
        Census census = Census.exhaustive(new double[] {0.5}, new double[] {1}, 10_000);
        assertThat(census.examined()).isEqualTo(10_001);
        assertThat(census.admissible()).isEqualTo(10_001);
    }

    @Test
    void progressIsToldUpToTheEnd() {
        List<Integer> told = new ArrayList<>();
        double[] x = {-1, 0, 1, 2};
        double[] y = {0, 1, 0, 1};
        Census.exhaustive(x, y, 3, (done, all) -> {
            assertThat(all).isEqualTo(35); // C(7, 3)
            told.add(done);
            return 0;
        });
        assertThat(told).isSorted().endsWith(35);
        told.clear();
        Census.sample(x, y, 3, 5000, new SplittableRandom(1), (done, all) -> {
            told.add(done);
            return 0;
        });
        assertThat(told).isSorted().hasSizeBetween(1000, 1001).endsWith(5000);
    }

    @Test
    void slotsBeyondOneArrayAreRefusedNotOverflowed() {
        assertThatThrownBy(() -> Census.sample(new double[] {0, 1}, new double[] {0, 1}, Integer.MAX_VALUE, 1,
                new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("N + H");
        assertThatThrownBy(() -> LonelyPartitions.count(6, Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void log2BinomialAgreesWithTheExactCount() {
        for (int[] nk : new int[][] {{9, 3}, {84, 40}, {5000, 1200}, {20_000, 10_000}, {3000, 0}, {3, 5}}) {
            BigInteger exact = binomial(nk[0], nk[1]);
            double bits = exact.signum() == 0 ? Double.NEGATIVE_INFINITY
                    : exact.bitLength() - 1 + Math.log(exact.shiftRight(Math.max(0, exact.bitLength() - 53))
                            .doubleValue() / Math.pow(2, Math.min(52, exact.bitLength() - 1))) / Math.log(2);
            assertThat(Census.log2Binomial(nk[0], nk[1])).as("C(%d, %d)", nk[0], nk[1])
                    .isCloseTo(bits, within(1e-6 * Math.max(1, Math.abs(bits))));
        }
    }

    @Test
    void theEstimateCountsPartitionsTimesSlots() {
        // 2 × 10^9 samples of N + H = 9 slots: about 10^11 steps; all C(106, 100) ≈ 1.6e9 partitions of 106 slots
        WorkEstimate sampled = Census.estimate(6, 3, 2_000_000_000, "x");
        assertThat(sampled.steps()).isBetween(5e10, 5e11);
        WorkEstimate exhaustive = Census.estimate(6, 100, null, "x");
        assertThat(exhaustive.steps()).isGreaterThan(1.6e9 * 106);
        assertThat(Census.estimate(6, 3, null, "x").steps()).isLessThan(1e5);
        // the slots: 4 bytes each, three arrays of them
        assertThat(Census.estimate(6, 1_000_000_000, 10, "x").bytes()).isGreaterThan(1.2e10);
        // the exact counts of 10^5 + 10^5 slots are products of 10^5 growing factors
        assertThat(Census.estimate(100_000, 100_000, 1, "x").steps()).isGreaterThan(1e9);
    }

    private static BigInteger binomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger result = BigInteger.ONE;
        for (int j = 1; j <= k; j++) {
            result = result.multiply(BigInteger.valueOf(n - k + j)).divide(BigInteger.valueOf(j));
        }
        return result;
    }

    private static void compose(int[] sizes, int piece, int left, List<int[]> out) {
        if (piece == sizes.length - 1) {
            sizes[piece] = left;
            out.add(sizes.clone());
            return;
        }
        for (int k = 0; k <= left; k++) {
            sizes[piece] = k;
            compose(sizes, piece + 1, left - k, out);
        }
    }
}
