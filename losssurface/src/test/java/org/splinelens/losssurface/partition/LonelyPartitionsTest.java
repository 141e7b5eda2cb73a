package org.splinelens.losssurface.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Lemma 1 and Remark 1 ('shallow ReLU networks as splines'); ERRATA E7. */
class LonelyPartitionsTest {

    @Test
    void lemma1CountsEqualBruteForceEnumeration() {
        for (int n = 1; n <= 6; n++) {
            for (int h = 0; h <= 7; h++) {
                long[] counts = enumerate(n, h + 1);
                assertThat(LonelyPartitions.allPartitions(n, h)).as("all, N=%d H=%d", n, h)
                        .isEqualTo(BigInteger.valueOf(counts[0]));
                assertThat(LonelyPartitions.count(n, h)).as("lonely, N=%d H=%d", n, h)
                        .isEqualTo(BigInteger.valueOf(counts[1]));
            }
        }
    }

    /** @return {all, lonely}: ways to put n sorted points into `pieces` ordered pieces (sizes summing to n) */
    private static long[] enumerate(int n, int pieces) {
        long[] counts = new long[2];
        walk(n, pieces, true, counts);
        return counts;
    }

    private static void walk(int left, int pieces, boolean lonelySoFar, long[] counts) {
        if (pieces == 1) {
            counts[0]++;
            if (lonelySoFar && left <= 1) {
                counts[1]++;
            }
            return;
        }
        for (int size = 0; size <= left; size++) {
            walk(left - size, pieces - 1, lonelySoFar && size <= 1, counts);
        }
    }

    @Test
    void partitionPutsEachPointInThePieceRightOfTheBreakpointsAtOrBelowIt() {
        SplittableRandom r = new SplittableRandom(3);
        for (int t = 0; t < 200; t++) {
            double[] beta = r.doubles(r.nextInt(0, 6), -1, 1).toArray();
            double[] x = r.doubles(r.nextInt(1, 9), -1.2, 1.2).toArray();
            if (beta.length > 0 && r.nextBoolean()) {
                x[0] = beta[0];
            }
            int[] expected = new int[beta.length + 1];
            for (double xn : x) {
                int atOrBelow = 0;
                for (double b : beta) {
                    atOrBelow += b <= xn ? 1 : 0;
                }
                expected[atOrBelow]++;
            }
            DataPartition partition = DataPartition.of(beta, x);
            assertThat(partition.pieceSizes()).containsExactly(expected);
            boolean lonely = true;
            for (int size : expected) {
                lonely &= size <= 1;
            }
            assertThat(partition.lonely()).isEqualTo(lonely);
        }
    }

    @Test
    void uniformLonelinessProbabilityMatchesSimulationAndThePrintedRemarkDoesNot() {
        int trials = 20_000;
        int[][] cases = {{10, 400}, {5, 30}, {10, 100}, {3, 4}};
        for (int[] c : cases) {
            double exact = LonelyPartitions.probabilityUniform(c[0], c[1]);
            double simulated = LonelyPartitions.simulateUniform(c[0], c[1], trials, new SplittableRandom(c[1]));
            double se = Math.sqrt(exact * (1 - exact) / trials);
            assertThat(Math.abs(simulated - exact)).as("N=%d H=%d", c[0], c[1]).isLessThan(4 * se + 1e-12);
        }
        // H = 4N²: corrected ≈ e^{−1/8} ≈ 0.89; printed 1 − e^{−N²/(H+1)} ≈ 0.22
        double exact = LonelyPartitions.probabilityUniform(10, 400);
        double simulated = LonelyPartitions.simulateUniform(10, 400, trials, new SplittableRandom(1));
        double printed = LonelyPartitions.remark1AsPrinted(10, 400);
        assertThat(exact).isCloseTo(Math.exp(-10.0 * 9 / (2 * 399)), org.assertj.core.data.Offset.offset(0.01));
        assertThat(Math.abs(simulated - printed)).isGreaterThan(0.5);
    }
}
